import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../src/format/escape.js';

describe('escapers', () => {
  it('escapeMarkdown keeps quotes as typed and escapes Markdown and HTML', () => {
    expect(escapeMarkdown(`China's "so-called" <b>|#*_{x}[y]\\ & \`c\`\nnext`)).toBe('China\'s "so-called" &lt;b&gt;\\|\\#\\*\\_\\{x\\}\\[y\\]\\\\ &amp; \\`c\\` next');
  });
  it('escapeHtml escapes every markup character', () => {
    expect(escapeHtml(`<img onerror="x" a='y'>&`)).toBe('&lt;img onerror=&quot;x&quot; a=&#39;y&#39;&gt;&amp;');
  });
  it('escapeTerminal shows control characters instead of running them', () => {
    expect(escapeTerminal('a\u001b[31mb\nc')).toBe('a\\u{1b}[31mb c');
  });
});
