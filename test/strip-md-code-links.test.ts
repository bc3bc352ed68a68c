import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stripMarkdown } from '../src/io/strip-md.js';
import { bin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--strip md: inline code and link targets', { timeout: 60_000 }, () => {
  it('drops an inline code span whole (one or two backticks), not only its marks', () => {
    const { text } = stripMarkdown('Run `framelens the Kyiv regime` and ``the Kiev `regime` here`` now; a stray ` stays out.\n');
    expect(text).not.toMatch(/Kyiv|Kiev|regime|framelens|`/);
    expect(text).toContain('Run  and  now; a stray  stays out.');
  });
  it('stays linear on a line of backtick runs that close nothing (each of another length)', () => {
    const line = Array.from({ length: 3000 }, (_, k) => '`'.repeat(k + 1)).join(' x ');
    const started = performance.now();
    const { text } = stripMarkdown(`${line}\n`);
    expect(performance.now() - started).toBeLessThan(3000); // one pass per line: well under a second; a search per run (2623f63) took about a minute
    expect(text).not.toContain('`');
    expect(text).toContain(' x ');
  });
  it('drops the target of a link whose text holds brackets of its own, and stays linear on a line of brackets', () => {
    expect(stripMarkdown('see [the [Kiev] regime](https://x.test) now\n').text).toBe('see the [Kiev] regime now\n');
    expect(stripMarkdown('a [b] c [d](https://e) f\n').text).toBe('a [b] c d f\n');
    const started = performance.now();
    stripMarkdown(`${'[a '.repeat(300_000)}](x)\n`);
    expect(performance.now() - started).toBeLessThan(3000); // about 0.1 s: nested links are tried a bounded number of times per line
  });
  it('drops the target of a linked image and a target with parentheses in it', () => {
    expect(stripMarkdown('[![the Kyiv regime](img.png)](https://news.test/a) and [![b](c.png "t")][ref] end\n').text).toBe('the Kyiv regime and b end\n');
    expect(stripMarkdown('the [Kyiv](https://en.wikipedia.org/wiki/Kyiv_(city)) regime, [x](http://a(b) z\n').text).toBe('the Kyiv regime, x z\n');
  });
  it('does not analyse the words of inline code', () => {
    const md = join(dir, 'code.md');
    writeFileSync(md, 'The Kremlin again blamed the Kiev regime.\n\nRun `grep "the Kyiv regime"` to find it.\n');
    const r = bin(['analyze', md, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).annotations.map((a: { text: string }) => a.text)).toEqual(['Kiev regime']);
  });
  it('batch markers show the prose of a span that crosses a link, without its target; the full annotations keep the input slice', () => {
    const md = join(dir, 'link.md');
    const source = 'Moscow again attacked the [Kiev](https://news.test/a) regime over the strikes.\n';
    writeFileSync(md, source);
    const r = bin(['batch', md, '--quiet', '--annotations']);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.out);
    expect(row.markers.map((m: { text: string }) => m.text)).toEqual(['Kiev regime']);
    const [a] = row.annotations;
    expect(a.text).toBe(source.slice(a.start, a.end));
    expect(a.text).toBe('Kiev](https://news.test/a) regime');
  });
});
