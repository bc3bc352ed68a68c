import { escapeMarkdown } from '../format/escape.js';

/** Text for a Markdown table cell or list item (the one Markdown escaper, format/escape.ts). */
export const cell = escapeMarkdown;

/** A code span for a Markdown table cell: backticks as needed, pipes escaped (GFM tables allow `\|` in code spans). */
export function codeCell(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = flat.includes('`') ? '``' : '`';
  const pad = fence === '``' ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A Markdown table from a header row and body rows of ready-made cells. */
export function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** A GitHub-style heading anchor for a category id or title. */
export function anchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
