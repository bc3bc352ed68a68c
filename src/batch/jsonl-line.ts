import { clip } from '../format/clip.js';
import { decodeUtf8, type Utf8Reading } from '../io/read-text.js';
import { isExact, makeRecord } from './records.js';
import type { CsvColumns } from './read-csv.js';
import type { RecordOrError, RecordOrigin } from './types.js';

/**
 * One JSONL line read: a record or an error in its place (null for a blank line), how its bytes were
 * decoded (for the per-file decoding warnings: lines.ts), and warnings about its fields. Pure, so a
 * batch worker can read its own lines (pool.ts): the main thread then only splits the input into lines.
 */
export interface ReadLine { item: RecordOrError | null; read: Utf8Reading; warnings: string[] }

const shorten = (s: string) => clip(s, 121); // 120 characters and an ellipsis, never half an emoji

/** Read one JSONL line (a first line without its byte order mark, and checked for a binary file: readJsonl) into a record or an error naming the problem. */
export function readJsonlLine(bytes: Uint8Array, origin: RecordOrigin, size: number, fields: CsvColumns, maxChars: number): ReadLine {
  if (bytes.includes(0)) return { item: { error: { origin, message: 'binary data, not text', size } }, read: 'utf-8', warnings: [] }; // refused, not read: no decoding to warn of
  const decoded = decodeUtf8(bytes);
  return parseJsonlText(decoded.text, decoded.read, origin, size, fields, maxChars);
}

/** Parse a decoded JSONL line (see readJsonlLine). */
export function parseJsonlText(text: string, read: Utf8Reading, origin: RecordOrigin, size: number, fields: CsvColumns, maxChars: number): ReadLine {
  const warnings: string[] = [];
  const done = (item: RecordOrError | null): ReadLine => ({ item, read, warnings });
  if (text.trim() === '') return done(null);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return done({ error: { origin, message: `invalid JSON (${shorten((err as Error).message)})`, size } });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return done({ error: { origin, message: 'a record must be a JSON object with a "text" field', size } });
  const item = makeRecord(value as Record<string, unknown>, origin, size, maxChars, fields.text, fields.id);
  if ('record' in item) {
    for (const [key, v] of Object.entries(item.record.passthrough)) {
      if (typeof v === 'number' && !isExact(v)) warnings.push(`framelens: ${origin.path}:${origin.line}: field ${JSON.stringify(key)} is a number too large to keep exactly (read as ${v}); it is passed through as read: write it as a string to keep every digit`);
    }
  }
  return done(item);
}
