import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../src/format/escape.js';
import { cli, repoPath } from './helpers.js';

describe('escapers', () => {
  it('escapeMarkdown keeps quotes as typed and escapes Markdown and HTML', () => {
    expect(escapeMarkdown(`China's "so-called" <b>|#*_{x}[y]\\ & \`c\`\nnext`)).toBe('China\'s "so-called" &lt;b&gt;\\|\\#\\*\\_\\{x\\}\\[y\\]\\\\ &amp; \\`c\\` next');
  });
  it('escapeMarkdown keeps web and mail addresses in a quotation as text, not GFM links', () => {
    expect(escapeMarkdown('see www.evil.com, https://x.org/a or press@mfa.example')).toBe('see www\\.evil.com, https\\://x.org/a or press\\@mfa.example');
    expect(escapeMarkdown('talks at 10:30 in a www-like hall')).toBe('talks at 10:30 in a www-like hall');
  });
  it('escapeMarkdown shows control characters and bidi overrides as \\u{..}, tabs as spaces', () => {
    expect(escapeMarkdown('The West\u001b[31m red\u0007 \u202eevil\u202c\u009b\tend')).toBe('The West\\u{1b}\\[31m red\\u{7} \\u{202e}evil\\u{202c}\\u{9b} end');
  });
  it('a Markdown report carries no escape sequence or bidi override from the text or the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-md-controls-'));
    const file = join(dir, 'evil\u001b]0;title\u0007.txt');
    writeFileSync(file, 'The Kyiv regime\u001b[2J refused peace talks \u202eevil\u202c.');
    const md = await cli(['report', file, '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')]);
    expect(md.code).toBe(0);
    expect(md.out).toContain('Kyiv regime');
    expect(md.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(md.out).toContain('\\u{1b}\\[2J');
    const compare = await cli(['compare', file, file, '-f', 'md', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')]);
    expect(compare.code).toBe(0);
    expect(compare.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
  it('escapeHtml shows control characters and bidi overrides as \\u{..}, keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u001b[31m b\u202eevil\u202c\u2067x\u0000\tc\r\nd')).toBe('a\\u{1b}[31m b\\u{202e}evil\\u{202c}\\u{2067}x\\u{0}\tc\r\nd');
  });
  it('an HTML report, single or compare, carries no escape sequence or bidi override from the text or the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-html-controls-'));
    const file = join(dir, 'evil\u001b]0;title\u0007.txt');
    writeFileSync(file, 'The Kyiv regime\u001b[2J refused peace talks \u202eevil\u202c.\nThe war should never have started.');
    const lexicon = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
    for (const argv of [['report', file, '-f', 'html'], ['compare', file, file, '-f', 'html']]) {
      const r = await cli([...argv, ...lexicon]);
      expect(r.code).toBe(0);
      const visible = r.out.replace(/<script type="application\/json" id="fl-data">[^<]*<\/script>/, '');
      expect(visible).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(visible).toContain('\\u{1b}[2J');
      expect(visible).toContain('\\u{202e}');
      expect(visible).toContain('\\u{202c}');
    }
  });
  it('escapeHtml escapes every markup character', () => {
    expect(escapeHtml(`<img onerror="x" a='y'>&`)).toBe('&lt;img onerror=&quot;x&quot; a=&#39;y&#39;&gt;&amp;');
  });
  it('escapeTerminal shows control characters instead of running them', () => {
    expect(escapeTerminal('a\u001b[31mb\nc')).toBe('a\\u{1b}[31mb c');
  });
});

describe('escapeMarkdown: no strikethrough, list or quote made from the text', () => {
  it('escapes ~ (GFM strikethrough) and a list marker at the start ("- ", "+ ", "1986. ", "3) ")', () => {
    expect(escapeMarkdown('the ~~Kyiv regime~~')).toBe('the \\~\\~Kyiv regime\\~\\~');
    expect(escapeMarkdown('- The war')).toBe('\\- The war');
    expect(escapeMarkdown('+ The war')).toBe('\\+ The war');
    expect(escapeMarkdown('1986. The year')).toBe('1986\\. The year');
    expect(escapeMarkdown('3) Third')).toBe('3\\) Third');
    expect(escapeMarkdown('a - b, 5. c, well-known, 1.5 times')).toBe('a - b, 5. c, well-known, 1.5 times');
  });
  it('a report excerpt of a sentence that starts with "- " is a quotation, not a list in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-md-list-'));
    const file = join(dir, 'list.txt');
    writeFileSync(file, '- The Kyiv regime refused.\n\nThey hailed the ~~Kyiv regime~~ again.\n');
    const md = (await cli(['report', file, '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')])).out;
    expect(md).not.toMatch(/^ {2}> - /m);
    expect(md).not.toContain('~~');
  });
});
