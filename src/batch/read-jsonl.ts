import { clip } from '../format/clip.js';
import { decodeLine, notTextMessage, readLines, decodingWarnings } from './lines.js';
import { isExact, makeRecord } from './records.js';
import type { CsvColumns } from './read-csv.js';
import type { ReadItem, RecordOrigin } from './types.js';

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

const shorten = (s: string) => clip(s, 121); // 120 characters and an ellipsis, never half an emoji

/** Read JSONL records (the text and id in the fields `fields` names) from a byte stream as they arrive; blank lines are skipped, every other line is a record or an error. */
export async function* readJsonl(stream: AsyncIterable<Buffer | string>, path: string, fields: CsvColumns, ctx: ReadContext): AsyncGenerator<ReadItem> {
  const maxLineBytes = lineLimit(ctx.maxChars);
  const warnDecoding = decodingWarnings(path, ctx.warn);
  let hinted = false; // the first line of an input that is not JSON at all says what a line should be (plain text piped to `batch -`)
  let idMissWarned = !fields.idChosen; // a field named with --id-column that a record lacks: said once a file (a typo would otherwise replace every id silently)
  for await (const { line, bytes, size, tooLong } of readLines(stream, maxLineBytes)) {
    const origin: RecordOrigin = { path, line };
    if (tooLong) { yield { error: { origin, message: tooLongLine(size, ctx.maxChars), size } }; continue; }
    const decoded = decodeLine(bytes, line === 1);
    if (decoded.binary && line === 1) { yield { error: { origin: { path, line: null }, message: notTextMessage(bytes), size } }; return; } // a gzip, PDF, UTF-16 ... file: one failed record, not one a line
    if (decoded.binary) { yield { error: { origin, message: 'binary data, not text', size } }; continue; }
    warnDecoding(decoded, line);
    if (decoded.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (err) {
      const hint: string = /\r(?!\n)/.test(decoded.text.trimEnd()) ? '; the line holds carriage returns without line feeds (old Mac line ends): save the file with LF or CRLF line ends'
        : !hinted && !/^\s*[[{]/.test(decoded.text) ? '; each line must be one JSON object, such as {"id": "a", "text": "..."} (plain text goes in .txt or .md files)' : '';
      hinted ||= hint !== '';
      yield { error: { origin, message: `invalid JSON (${shorten((err as Error).message)})${hint}`, size } };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { error: { origin, message: 'a record must be a JSON object with a "text" field', size } };
      continue;
    }
    if (!idMissWarned && !Object.hasOwn(value, fields.id)) {
      idMissWarned = true;
      ctx.warn(`framelens: ${path}:${line}: no field ${JSON.stringify(fields.id)} (--id-column); records without it get their file and line as id`);
    }
    const item = makeRecord(value as Record<string, unknown>, origin, size, ctx.maxChars, fields.text, fields.id);
    if ('record' in item) {
      for (const [key, v] of Object.entries(item.record.passthrough)) {
        if (typeof v === 'number' && !isExact(v)) ctx.warn(`framelens: ${path}:${line}: field ${JSON.stringify(key)} is a number too large to keep exactly (read as ${v}); it is passed through as read: write it as a string to keep every digit`);
      }
    }
    yield item;
  }
}
