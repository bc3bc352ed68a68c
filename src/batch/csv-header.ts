import type { CsvColumns } from './read-csv.js';

/** Column names that appear more than once in a CSV header, each once, in header order. */
export function duplicateColumns(header: string[]): string[] {
  return [...new Set(header.filter((name, i) => header.indexOf(name) !== i))];
}

/** Why the rows under `header` cannot be read: no text column (with a hint for a file separated by semicolons or tabs), or the text or id column named twice (which one holds the text?); null when they can. */
export function headerProblem(header: string[], columns: CsvColumns): string | null {
  if (!header.includes(columns.text)) {
    const separator = header.length === 1 ? [';', '\t', '|'].find((c) => header[0].includes(c)) : undefined;
    if (separator) return `no column "${columns.text}" in the CSV header (${JSON.stringify(header[0])}, one column): it looks separated by ${JSON.stringify(separator)}; batch reads comma-separated CSV (save it with commas)`;
    return `no column "${columns.text}" in the CSV header (columns: ${header.join(', ')}); choose one with --text-column`;
  }
  for (const [name, option] of [[columns.text, '--text-column'], [columns.id, '--id-column']]) {
    const at = header.flatMap((h, i) => (h === name ? [i + 1] : []));
    if (at.length > 1) return `the CSV header names column "${name}" ${at.length} times (columns ${at.join(', ')}); rename all but one, or choose another with ${option}`;
  }
  return null;
}
