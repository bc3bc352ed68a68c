import { readJsonlLine } from './jsonl-line.js';
import { JsonlNotes } from './jsonl-notes.js';
import { isBinaryLine, notTextMessage, readLines } from './lines.js';
import type { CsvColumns } from './read-csv.js';
import type { ReadItem, RecordError, RecordOrigin, UnreadItem } from './types.js';

/** What every reader needs: the character limit and a way to warn on stderr. */
export interface ReadContext { maxChars: number; warn(message: string): void }

/** The longest JSONL line read: a text of `maxChars` characters written as JSON escapes (up to 6 bytes each), plus 64 KB for the other fields. */
export function lineLimit(maxChars: number): number {
  return 6 * maxChars + 65_536;
}

/** Why a line past lineLimit is skipped: `line of N bytes, longer than any record within --max-chars M (at most L bytes); skipped unread`. */
export function tooLongLine(size: number, maxChars: number): string {
  return `line of ${size} bytes, longer than any record within --max-chars ${maxChars} (at most ${lineLimit(maxChars)} bytes); skipped unread`;
}

/**
 * Split JSONL input into its lines, unread (`raw`: the bytes, read by jsonl-line.ts where the record is
 * analysed), as they arrive; a line past lineLimit is an error, and an input whose first line is binary
 * (a gzip, PDF, UTF-16 ... file) is one error, not one a line.
 */
export async function* readJsonlRaw(stream: AsyncIterable<Buffer | string>, path: string, maxChars: number): AsyncGenerator<UnreadItem | { error: RecordError }> {
  for await (const { line, bytes, size, tooLong } of readLines(stream, lineLimit(maxChars))) {
    const origin: RecordOrigin = { path, line };
    if (tooLong) { yield { error: { origin, message: tooLongLine(size, maxChars), size } }; continue; }
    if (line === 1 && isBinaryLine(bytes, true)) { yield { error: { origin: { path, line: null }, message: notTextMessage(bytes), size } }; return; }
    yield { raw: { origin, bytes, size } };
  }
}

/** Read JSONL records (the text and id in the fields `fields` names) from a byte stream as they arrive; blank lines are skipped, every other line is a record or an error. */
export async function* readJsonl(stream: AsyncIterable<Buffer | string>, path: string, fields: CsvColumns, ctx: ReadContext): AsyncGenerator<ReadItem> {
  const notes = new JsonlNotes(fields, ctx.warn);
  for await (const item of readJsonlRaw(stream, path, ctx.maxChars)) {
    if (!('raw' in item)) { yield item; continue; }
    const { origin, bytes, size } = item.raw;
    const { item: read, notes: found } = readJsonlLine(bytes, origin, size, fields, ctx.maxChars);
    const error = notes.settle(origin, found, read && 'error' in read ? read.error : undefined);
    if (read) yield error ? { error } : read;
  }
}
