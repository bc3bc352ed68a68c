import type { CsvColumns } from './read-csv.js';

/** The separators a CSV file may use: commas (RFC 4180), or semicolons and tabs, as spreadsheets save CSV in locales whose decimal mark is a comma, and TSV files. */
export type CsvSeparator = ',' | ';' | '\t';

/** The separator of a CSV file from its header line: the one of comma, semicolon and tab that occurs most outside quotes (a comma when none does). */
export function headerSeparator(line: string): CsvSeparator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

/** Column names that appear more than once in a CSV header, each once, in header order. */
export function duplicateColumns(header: string[]): string[] {
  return [...new Set(header.filter((name, i) => header.indexOf(name) !== i))];
}

/** Why the rows under `header` cannot be read: no text column (with a hint for a file separated by bars), no id column named with --id-column, or the text or id column named twice (which one holds the text?); null when they can. */
export function headerProblem(header: string[], columns: CsvColumns): string | null {
  if (!header.includes(columns.text)) {
    const separator = header.length === 1 && header[0].includes('|') ? '|' : undefined;
    if (separator) return `no column "${columns.text}" in the CSV header (${JSON.stringify(header[0])}, one column): it looks separated by ${JSON.stringify(separator)}; batch reads CSV separated by commas, semicolons or tabs (save it with one of those)`;
    return `no column "${columns.text}" in the CSV header (columns: ${header.join(', ')}); choose one with --text-column`;
  }
  if (columns.idChosen && !header.includes(columns.id)) return `no column "${columns.id}" in the CSV header (columns: ${header.join(', ')}); choose one with --id-column`;
  for (const [name, option] of [[columns.text, '--text-column'], [columns.id, '--id-column']]) {
    const at = header.flatMap((h, i) => (h === name ? [i + 1] : []));
    if (at.length > 1) return `the CSV header names column "${name}" ${at.length} times (columns ${at.join(', ')}); rename all but one, or choose another with ${option}`;
  }
  return null;
}
