import { binaryFirstLine, decodeLine, notTextMessage, readLines, decodingWarnings, withoutBom } from './lines.js';
import { readJsonlLine } from './jsonl-line.js';
import type { CsvColumns } from './read-csv.js';
import type { ReadItem, RecordOrigin } from './types.js';

/** What every reader needs: the character limit and a way to warn on stderr; `leaveLines`: JSONL lines are yielded unread, for the batch workers to read. */
export interface ReadContext { maxChars: number; warn(message: string): void; leaveLines?: boolean }

/** The longest JSONL line read: a text of `maxChars` characters written as JSON escapes (up to 6 bytes each), plus 64 KB for the other fields. */
export function lineLimit(maxChars: number): number {
  return 6 * maxChars + 65_536;
}

/** Why a line past lineLimit is skipped: `line of N bytes, longer than any record within --max-chars M (at most L bytes); skipped unread`. */
export function tooLongLine(size: number, maxChars: number): string {
  return `line of ${size} bytes, longer than any record within --max-chars ${maxChars} (at most ${lineLimit(maxChars)} bytes); skipped unread`;
}

/**
 * Read JSONL records (the text and id in the fields `fields` names) from a byte stream as they arrive; blank lines are skipped,
 * every other line is a record or an error. The first line also tells a binary file (one error for the file). With
 * `ctx.leaveLines` the lines come unread (UnreadLine): batch workers read them (jsonl-line.ts), and the decoding and
 * field warnings are the caller's to give, in order.
 */
export async function* readJsonl(stream: AsyncIterable<Buffer | string>, path: string, fields: CsvColumns, ctx: ReadContext): AsyncGenerator<ReadItem> {
  const maxLineBytes = lineLimit(ctx.maxChars);
  const warnDecoding = decodingWarnings(path, ctx.warn);
  for await (const { line, bytes, size, tooLong } of readLines(stream, maxLineBytes)) {
    const origin: RecordOrigin = { path, line };
    if (tooLong) { yield { error: { origin, message: tooLongLine(size, ctx.maxChars), size } }; continue; }
    if (line === 1 && binaryFirstLine(bytes)) { yield { error: { origin: { path, line: null }, message: notTextMessage(bytes), size } }; return; } // a gzip, PDF, UTF-16 ... file: one failed record, not one a line
    const body = line === 1 ? withoutBom(bytes) : bytes;
    if (ctx.leaveLines) { yield { unread: { origin, bytes: body, size } }; continue; }
    const read = readJsonlLine(body, origin, size, fields, ctx.maxChars);
    warnDecoding(read, line);
    read.warnings.forEach((w) => ctx.warn(w));
    if (read.item) yield read.item;
  }
}
