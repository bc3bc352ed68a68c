import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const onlyFixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const TEXT = 'Lavrov said the “Kyiv regime” refused peace talks. The war should never have started.';

describe('--top of analyze and report', () => {
  it.each(['1.5', '1e3', '3x', '-1', 'abc', ''])('refuses --top %j as a usage error instead of cutting it to a number', async (bad) => {
    for (const command of ['analyze', 'report']) {
      const r = await cli([command, '-', '--top', bad, ...onlyFixture], TEXT);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('--top');
      expect(r.err).toContain('must be a whole number of at least 0');
    }
  });

  it('takes a whole number, white space around it allowed', async () => {
    const r = await cli(['analyze', '-', '--top', ' 1 ', ...onlyFixture], TEXT);
    expect(r.code).toBe(0);
    expect(r.out.match(/^ {2}\d\.\d\d /gm)).toHaveLength(1);
  });

  it('with --top 0 says how many markers it leaves out, not that none were found', async () => {
    const text = await cli(['analyze', '-', '--top', '0', ...onlyFixture], TEXT);
    expect(text.code).toBe(0);
    expect(text.out).not.toContain('no framing markers found');
    expect(text.out).toMatch(/\n3 framing markers found \(--top 0: none listed\)\n$/);
    const md = await cli(['report', '-', '--top', '0', ...onlyFixture], TEXT);
    expect(md.out).not.toContain('No framing markers found');
    expect(md.out).toContain('3 framing markers found (--top 0: none listed).');
    const html = await cli(['report', '-', '--top', '0', '-f', 'html', ...onlyFixture], TEXT);
    expect(html.out).toContain('<p class="none">3 framing markers found (--top 0: none listed).</p>');
  });

  it('still says no framing markers found when there are none', async () => {
    expect((await cli(['analyze', '-', '--top', '0', ...onlyFixture], 'Sunny spells on Sunday.')).out).toMatch(/\nno framing markers found\n$/);
    expect((await cli(['report', '-', '--top', '0', ...onlyFixture], 'Sunny spells on Sunday.')).out).toContain('No framing markers found.');
  });
});
