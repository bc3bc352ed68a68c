import { duplicateColumns, headerProblem, headerSeparator } from './csv-header.js';
import { CsvRowSplitter, type CsvRow, type CsvRowError } from './csv-rows.js';
import { decodeLine, notTextMessage, readLines, decodingWarnings } from './lines.js';
import { lineLimit, type ReadContext, tooLongLine } from './read-jsonl.js';
import { makeRecord } from './records.js';
import type { ReadItem } from './types.js';

/** The CSV columns (or JSONL fields) that hold each record's text and id; `idChosen` when the id one was named with --id-column (a file without it is then a mistake, not records without ids). */
export interface CsvColumns { text: string; id: string; idChosen?: boolean }

/** The id a broken row still names (its id field read whole, not the field a quote broke), for its error. */
function idOf(row: Pick<CsvRowError, 'fields' | 'badField'>, header: string[], columns: CsvColumns): { id?: string } {
  const at = header.indexOf(columns.id);
  return row.fields && at >= 0 && at < row.fields.length && at !== row.badField && row.fields[at] !== '' ? { id: row.fields[at] } : {};
}

function rowItem(row: CsvRow, header: string[], path: string, columns: CsvColumns, maxChars: number): ReadItem {
  const origin = { path, line: row.line };
  if (row.fields.length !== header.length) {
    return { error: { origin, message: `invalid CSV: the row has ${row.fields.length} fields, the header has ${header.length}`, size: row.size, ...idOf(row, header, columns) } }; // the id named, when the row has it
  }
  const fields: Record<string, unknown> = Object.create(null); // a column named __proto__ is a column
  header.forEach((name, i) => { fields[name] = row.fields[i]; });
  return makeRecord(fields, origin, row.size, maxChars, columns.text, columns.id);
}

/** Read CSV records (RFC 4180, a header row first; separated by commas, or by semicolons or tabs as the header shows) from a byte stream as they arrive; each row is a record or an error naming its first line. */
export async function* readCsv(stream: AsyncIterable<Buffer | string>, path: string, columns: CsvColumns, ctx: ReadContext): AsyncGenerator<ReadItem> {
  const maxBytes = lineLimit(ctx.maxChars);
  let splitter = new CsvRowSplitter(maxBytes);
  let header: string[] | null = null;
  const warnDecoding = decodingWarnings(path, ctx.warn);
  for await (const { line, bytes, eol, size, tooLong } of readLines(stream, maxBytes)) {
    if (tooLong) { // its text was not read, so neither were its quotes: the next line starts a new record
      const open = splitter.end(); // a record whose quoted field ran into this line ends with it
      yield { error: { origin: { path, line: open?.line ?? line }, message: `invalid CSV: ${open ? `the record runs into line ${line}, ` : ''}a ${tooLongLine(size, ctx.maxChars)}`, size: size + (open?.size ?? 0) } };
      if (!header) return;
      continue;
    }
    const decoded = decodeLine(bytes, line === 1);
    if (line === 1 && decoded.binary) { yield { error: { origin: { path, line: null }, message: notTextMessage(bytes), size } }; return; }
    warnDecoding(decoded, line);
    if (line === 1 && /\r(?!$)/.test(decoded.text) && !decoded.text.includes('"')) { // the header runs on past a bare CR: the file breaks its lines with CR alone
      yield { error: { origin: { path, line: null }, message: 'invalid CSV: its lines end in a carriage return alone (old Mac line breaks); convert them to LF or CRLF (tr \'\\r\' \'\\n\')', size } };
      return;
    }
    if (line === 1) splitter = new CsvRowSplitter(maxBytes, headerSeparator(decoded.text));
    const row = splitter.push(decoded.text, line, eol, size);
    if (!row) continue;
    if ('message' in row) {
      yield { error: { origin: { path, line: row.line }, message: row.message, size: row.size, ...(header ? idOf(row, header, columns) : {}) } };
      if (!header) return;
    } else if (!header) {
      const problem = headerProblem(row.fields, columns);
      if (problem) { yield { error: { origin: { path, line: row.line }, message: problem, size: row.size } }; return; }
      for (const name of duplicateColumns(row.fields)) ctx.warn(`framelens: ${path}:${row.line}: the CSV header names column "${name}" more than once; each row keeps its last value`);
      header = row.fields;
    } else yield rowItem(row, header, path, columns, ctx.maxChars);
  }
  const last = splitter.end();
  if (!header && !last) { yield { error: { origin: { path, line: null }, message: 'invalid CSV: no header row (the file is empty)', size: 0 } }; return; } // its column names are what tells a CSV's text and id apart
  if (last) yield { error: { origin: { path, line: last.line }, message: last.message, size: last.size, ...(header ? idOf(last, header, columns) : {}), ...(last.lostLines ? { lostLines: last.lostLines } : {}) } };
}
