import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const pair = [repoPath('corpus/pairs/us-readout-2026-10-14-call.txt'), repoPath('corpus/pairs/ru-readout-2026-10-14-call.txt')];
const fixture = ['--lexicon', repoPath('test/fixtures/compare-lexicon.yaml'), '--no-builtin'];
const dir = mkdtempSync(join(tmpdir(), 'framelens-compare-out-'));

describe('compare -o with an extension it has no format for', () => {
  it.each(['cmp.pdf', 'cmp.jsonl', 'cmp.docx'])('%s: a usage error naming the formats, as report gives, not plain text under that name', async (name) => {
    const target = join(dir, name);
    const r = await cli(['compare', ...pair, '-o', target, ...fixture]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`framelens: ${target}: cannot tell the format from the extension; use .html, .md, .json or .txt, or --format\n`);
    expect(existsSync(target)).toBe(false);
  });

  it('text for .txt or no extension, and any name with --format', async () => {
    for (const name of ['cmp.txt', 'cmp-plain']) {
      expect((await cli(['compare', ...pair, '-o', join(dir, name), ...fixture])).code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^A: /);
    }
    expect((await cli(['compare', ...pair, '-o', join(dir, 'given.pdf'), '-f', 'json', ...fixture])).code).toBe(0);
    expect(readFileSync(join(dir, 'given.pdf'), 'utf8')).toMatch(/^\{/);
  });
});

describe('compare --help', () => {
  it('says which -o extensions give which format, with no "else text" for the ones that are refused', async () => {
    const help = (await cli(['compare', '--help'])).out.replace(/\s+/g, ' ');
    expect(help).toContain('.html, .md, .json, or text for .txt, no extension and stdout');
    expect(help).not.toContain('else text');
  });
});
