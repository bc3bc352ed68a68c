import { escapeControlsKeepingLines } from '../format/escape.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import type { AnalysisRow, BatchRecord, RecordError } from './types.js';
import { originLabel } from './records.js';

/** One JSONL output line for a good record: id, source, passthrough fields, then the fields of `rowJson` (an AnalysisRow as JSON: stats, categories, markers, annotations). */
export function jsonLine(record: Pick<BatchRecord, 'id' | 'source' | 'passthrough'>, rowJson: string): string {
  const head = JSON.stringify({ id: record.id, source: record.source, ...record.passthrough });
  return `${head.slice(0, -1)},${rowJson.slice(1)}\n`;
}

/** One JSONL line for the --errors file: source, line (null for a whole file), id when known, and the message. */
export function errorLine(error: RecordError): string {
  return `${JSON.stringify({ source: error.origin.path, line: error.origin.line, ...(error.id !== undefined ? { id: error.id } : {}), error: error.message })}\n`;
}

/** The stderr message for a bad record, naming its source and line. */
export function errorMessage(error: RecordError): string {
  return `framelens: ${originLabel(error.origin)}: ${error.message}${error.id !== undefined && String(error.id) !== originLabel(error.origin) ? ` (id ${JSON.stringify(error.id)})` : ''}`;
}

/** A text a spreadsheet would run as a formula when the CSV is opened (=, +, -, @ or a tab first). */
const FORMULA_START = /^[=+\-@\t]/;

/**
 * Quote a CSV field when it needs it (RFC 4180); objects are written as JSON. A text that a
 * spreadsheet would read as a formula ("=HYPERLINK(...)" in a record's title) gets a leading
 * apostrophe, so opening the output runs nothing; a control character (and a bidi override) is written as `\u{1b}`
 * as in every output (JSONL escapes controls as JSON does), so printing the output drives no terminal; numbers are written as they are.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = escapeControlsKeepingLines(typeof value === 'object' ? JSON.stringify(value) : String(value));
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV columns, fixed by the first good record: id, source, its passthrough fields, stats, one score per category, detected categories, strongest markers, and with --labels the labels ("group: a; b | group: c"). */
export function csvColumns(first: Pick<BatchRecord, 'passthrough'>, labels = false): string[] {
  const own = ['characters', 'tokens', 'sentences', ...CATEGORY_IDS, 'detected', 'markers', ...(labels ? ['labels'] : [])];
  return ['id', 'source', ...Object.keys(first.passthrough).filter((k) => !own.includes(k)), ...own];
}

/** One CSV line for a good record under `columns` (see csvColumns); passthrough fields the header lacks are dropped. */
export function csvLine(columns: string[], record: Pick<BatchRecord, 'id' | 'source' | 'passthrough'>, row: AnalysisRow): string {
  const values: Record<string, unknown> = {
    ...record.passthrough,
    id: record.id,
    source: record.source,
    ...row.stats,
    ...Object.fromEntries(CATEGORY_IDS.map((c) => [c, row.categories[c].score])),
    detected: CATEGORY_IDS.filter((c) => row.categories[c].detected).join(';'),
    markers: row.markers.map((m) => `${m.category}: ${m.text}${m.negated ? ' (negated)' : ''}`).join('; '),
    labels: row.labels ? Object.entries(row.labels.document).map(([group, list]) => `${group}: ${list.join('; ')}`).join(' | ') : undefined,
  };
  return `${columns.map((c) => csvField(values[c])).join(',')}\n`;
}
