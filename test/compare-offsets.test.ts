import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const fixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const dir = mkdtempSync(join(tmpdir(), 'framelens-compare-offsets-'));

/** Every {start, end, text} in `value`, with where it is. */
function spans(value: unknown, path = 'r'): [string, { start: number; end: number; text: string }][] {
  if (!value || typeof value !== 'object') return [];
  const here = value as Record<string, unknown>;
  const own: [string, { start: number; end: number; text: string }][] = typeof here.start === 'number' && typeof here.end === 'number' && typeof here.text === 'string' ? [[path, here as never]] : [];
  return [...own, ...Object.entries(here).flatMap(([k, v]) => spans(v, `${path}.${k}`))];
}

describe('compare --format json on marked-up inputs', () => {
  it('gives offsets into each input as read, as --strip promises, with each text its slice', async () => {
    const html = join(dir, 'a.html');
    const md = join(dir, 'b.md');
    const plain = join(dir, 'c.txt');
    writeFileSync(html, '<html><head><title>Readout</title></head><body><p>Lavrov said the <b>Kyiv regime</b> refused peace talks &amp; more.</p>\n<p>The war should never have started.</p></body></html>');
    writeFileSync(md, '# Readout\n\nLavrov said the **Kyiv regime** refused peace talks & more.\n\nThe war should never have started.\n');
    writeFileSync(plain, 'Lavrov said the Kyiv regime refused peace talks & more. The war should never have started.');
    for (const [a, b] of [[html, md], [md, plain], [plain, html]]) {
      const r = await cli(['compare', a, b, '-f', 'json', ...fixture]);
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.shared.length).toBeGreaterThan(0);
      const inputs = { a: readFileSync(a, 'utf8'), b: readFileSync(b, 'utf8') };
      expect(json.a.stats.characters).toBe(inputs.a.length);
      expect(json.b.stats.characters).toBe(inputs.b.length);
      for (const [where, s] of spans(json.shared)) {
        const side = /\.a$/.test(where) ? inputs.a : inputs.b;
        expect(side.slice(s.start, s.end), `${where} of ${a} vs ${b}`).toBe(s.text);
      }
    }
  });
});
