/** The HTML entities framelens writes, for HTML and (markup characters only) Markdown. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters (as CONTROL below) without tab, line feed and carriage return, which HTML text keeps as white space (also used by the pages' script, report/script.ts). */
export const HTML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A character as \u{..}: its code in hex. */
const codeOf = (c: string) => `\\u{${c.charCodeAt(0).toString(16)}}`;

/** Show each control character of `text` but tab and line breaks, and each bidi override, as \u{..}: for outputs that keep their lines (HTML, CSV fields). */
export function escapeControlsKeepingLines(text: string): string {
  return text.replace(HTML_CONTROL, codeOf);
}

/** Escape text for HTML (element content and attribute values); control characters other than tab and line breaks, and bidi overrides that would reorder the page's text, shown as \u{..} as in the terminal and Markdown. */
export function escapeHtml(text: string): string {
  return escapeControlsKeepingLines(text.replace(/[&<>"']/g, (c) => ENTITIES[c]));
}

/** Control characters (C0, DEL, C1: terminal escape sequences start with them) and the bidi embeddings, overrides and isolates that reorder what follows. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Show each control character of `text` as \u{..}. */
function showControls(text: string): string {
  return text.replace(CONTROL, codeOf);
}

/** Make text safe for one terminal line: control characters (escape sequences included) shown as \u{..}, line breaks as spaces. */
export function escapeTerminal(text: string): string {
  return showControls(text.replace(/[\r\n\t]+/g, ' '));
}

/**
 * Escape text for a Markdown table cell, list item or line: one line, Markdown specials backslashed (`~` too, GFM's
 * strikethrough, a list marker that starts the text: `- `, `+ `, `1. `, `1) `, and the `www.`, `scheme://` and `@` that
 * GFM would turn into links), `&`, `<` and `>`
 * as entities (no raw HTML), control characters shown as \u{..} as in the terminal (a Markdown report printed to a
 * terminal runs no escape sequence), quotes kept as typed.
 */
export function escapeMarkdown(text: string): string {
  return showControls(text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c])
    .replace(/([\\`*_{}[\]|#~])/g, '\\$1')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/\b(www)\./gi, '$1\\.') // GFM turns www.x.com and http://x into links: a quoted address stays text
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/@/g, '\\@')); // and name@host.org into a mail link
}
