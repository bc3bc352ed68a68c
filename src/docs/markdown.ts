/** Text for a Markdown table cell or list item: one line, HTML and Markdown specials escaped, quotes kept as typed. */
export function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/([\\`*_[\]|])/g, '\\$1');
}

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
