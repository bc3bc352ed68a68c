import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../src/io/strip-md.js';

describe('--strip md: YAML front matter', () => {
  it('drops the front matter of a blog post or static-site page, keeping every offset', () => {
    const md = '---\ntitle: The Kyiv regime must go\ntags: [war]\n---\n\n# Readout\n\nThe talks were held in Riyadh.\n';
    const { text } = stripMarkdown(md);
    expect(text).not.toMatch(/Kyiv|title|tags/);
    expect(text).toContain('The talks were held in Riyadh.');
    expect(text.length).toBeLessThanOrEqual(md.length);
  });
  it('reads a file that opens with a rule and never closes it as text, and "..." closes front matter too', () => {
    expect(stripMarkdown('---\n\nThe Kyiv regime must go.\n').text).toContain('The Kyiv regime must go.');
    expect(stripMarkdown('---\r\ntitle: x\r\n...\r\nThe Kyiv regime must go.\r\n').text).toMatch(/^\s*The Kyiv regime must go\./);
  });
});
