/** The HTML entities framelens writes, for HTML and (markup characters only) Markdown. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Make text safe for one terminal line: control characters (escape sequences included) shown as \u{..}, line breaks as spaces. */
export function escapeTerminal(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Escape text for a Markdown table cell, list item or line: one line, Markdown specials backslashed, `&`, `<` and `>` as entities (no raw HTML), quotes kept as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c])
    .replace(/([\\`*_{}[\]|#])/g, '\\$1');
}
