import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { remapResult } from '../src/io/strip-markup.js';
import { stripMarkdown } from '../src/io/strip-md.js';

// HTML inside Markdown (comments, tags), as --strip md reads it.
describe('--strip md: HTML comments and tags in Markdown', () => {
  it('drops an HTML comment, on one line or across lines, and keeps the text around it', () => {
    const md = 'Before <!-- draft: the Kyiv regime must go --> after.\n\n<!--\nthe Kiev regime\n-->\nThe end.\n';
    const { text } = stripMarkdown(md);
    expect(text).not.toMatch(/Kyiv|Kiev|<!--|-->/);
    expect(text).toContain('Before  after.');
    expect(text).toContain('The end.');
  });
  it('reads a comment that never closes as text (nothing after it is lost)', () => {
    expect(stripMarkdown('a stray <!-- and the rest of the text\n\nstays.').text).toBe('a stray <!-- and the rest of the text\n\nstays.');
  });
  it('drops HTML tags but not an autolink or a less-than sign', () => {
    const { text } = stripMarkdown('<details><summary>More</summary> The <span class="x">West</span> is to blame, <br/> x < y, <https://news.test/a>.\n');
    expect(text).toBe('More The West is to blame,  x < y, <https://news.test/a>.\n');
  });
  it('annotates none of a comment\'s words; offsets still index the input', () => {
    const md = '# Notes\n\n<!-- the Kyiv regime -->\n\nMoscow again blamed the Kiev regime.\n';
    const m = stripMarkdown(md);
    const r = remapResult(analyze(m.text), m, md);
    expect(r.annotations.map((a) => a.text)).toEqual(['Kiev regime']);
    for (const a of r.annotations) expect(md.slice(a.start, a.end)).toBe(a.text);
  });
});
