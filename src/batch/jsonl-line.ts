import { clip } from '../format/clip.js';
import { decodeLine } from './lines.js';
import { isExact, makeRecord } from './records.js';
import type { CsvColumns } from './read-csv.js';
import type { ReadItem, RecordOrigin } from './types.js';

/**
 * What reading one JSONL line noticed that a message may have to say, once per file or per line: read
 * as Windows-1252 or with U+FFFD, a record without the --id-column field, a hint for an invalid line
 * (carriage returns alone; not JSON at all), passthrough numbers too large to keep exactly. The line
 * is read where it is analysed (a batch worker); these are said in input order by jsonl-notes.ts.
 */
export interface LineNotes {
  read?: 'windows-1252' | 'replaced';
  idMissing?: true;
  hint?: 'cr' | 'shape';
  inexact?: string[];
}

/** A JSONL line read: a record or an error, or null for a blank line; and what to say about it. */
export interface JsonlLine { item: ReadItem | null; notes: LineNotes }

/** The hints an invalid line's message may end with (jsonl-notes.ts adds the shape hint once a file). */
export const LINE_HINTS: Record<NonNullable<LineNotes['hint']>, string> = {
  cr: '; the line holds carriage returns without line feeds (old Mac line ends): save the file with LF or CRLF line ends',
  shape: '; each line must be one JSON object, such as {"id": "a", "text": "..."} (plain text goes in .txt or .md files)',
};

const shorten = (s: string) => clip(s, 121); // 120 characters and an ellipsis, never half an emoji

/** Read one JSONL line (its bytes without the line break) into a record or an error; pure, so a worker thread can do it. */
export function readJsonlLine(bytes: Uint8Array, origin: RecordOrigin, size: number, fields: CsvColumns, maxChars: number): JsonlLine {
  const notes: LineNotes = {};
  const decoded = decodeLine(bytes, origin.line === 1);
  if (decoded.binary) return { item: { error: { origin, message: 'binary data, not text', size } }, notes };
  if (decoded.read !== 'utf-8') notes.read = decoded.read;
  if (decoded.text.trim() === '') return { item: null, notes };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    if (/\r(?!\n)/.test(decoded.text.trimEnd())) notes.hint = 'cr';
    else if (!/^\s*[[{]/.test(decoded.text)) notes.hint = 'shape'; // the first such line of an input says what a line should be (plain text piped to `batch -`)
    return { item: { error: { origin, message: `invalid JSON (${shorten((err as Error).message)})`, size } }, notes };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { item: { error: { origin, message: 'a record must be a JSON object with a "text" field', size } }, notes };
  }
  if (fields.idChosen && !Object.hasOwn(value, fields.id)) notes.idMissing = true;
  const item = makeRecord(value as Record<string, unknown>, origin, size, maxChars, fields.text, fields.id);
  if ('record' in item) {
    for (const [key, v] of Object.entries(item.record.passthrough)) {
      if (typeof v === 'number' && !isExact(v)) (notes.inexact ??= []).push(`field ${JSON.stringify(key)} is a number too large to keep exactly (read as ${v}); it is passed through as read: write it as a string to keep every digit`);
    }
  }
  return { item, notes };
}
