import { overMaxChars } from '../io/max-chars.js';
import type { BatchRecord, ReadItem, RecordOrigin } from './types.js';

/** The location of a record for messages and default ids: `path:line`, or `path` for a whole file. */
export function originLabel(origin: RecordOrigin): string {
  return origin.line === null ? origin.path : `${origin.path}:${origin.line}`;
}

/** Why a text cannot be analysed (binary, empty, too long), or null when it is fine. */
export function textProblem(text: string, maxChars: number): string | null {
  if (text.includes('\u0000')) return 'binary data, not text';
  if (text.length > maxChars) return overMaxChars(`text has ${text.length} characters`, maxChars);
  if (text.trim() === '') return text === '' ? 'no text (the text is empty)' : 'no text (the text is only white space)';
  return null;
}

/** Output fields a record cannot pass through: batch writes its own. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(['id', 'source', 'stats', 'categories', 'markers', 'annotations']);

/** False for a number that reading it as JSON has changed: an integer past 2^53 (rounded: 12345678901234567890 reads as 12345678901234567000) or one too large for a double (Infinity, written as null). */
export const isExact = (id: unknown): id is number => typeof id === 'number' && Number.isFinite(id) && (!Number.isInteger(id) || Number.isSafeInteger(id));

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Shape the fields of one input record (a JSONL object or a CSV row) into a record or an error; `textKey` and `idKey` name the fields. */
export function makeRecord(fields: Record<string, unknown>, origin: RecordOrigin, size: number, maxChars: number, textKey = 'text', idKey = 'id'): ReadItem {
  const own = (key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined); // not Object.prototype's constructor, toString ...
  const rawId = own(idKey);
  const hasId = rawId !== undefined && rawId !== null && rawId !== '';
  const fail = (message: string): ReadItem => ({ error: { origin, message, size, ...(hasId && (typeof rawId === 'string' || isExact(rawId)) ? { id: rawId } : {}) } });
  if (hasId && typeof rawId !== 'string' && typeof rawId !== 'number') return fail(`"${idKey}" must be a string or a number, got ${describe(rawId)}`);
  if (typeof rawId === 'number' && !isExact(rawId)) return fail(`"${idKey}" is a number too large to keep exactly (read as ${rawId}; integers stop being exact at 2^53): write it as a string`);
  if (!Object.hasOwn(fields, textKey)) return fail(`no "${textKey}" field`);
  const text = fields[textKey];
  if (typeof text !== 'string') return fail(`"${textKey}" must be a string, got ${describe(text)}`);
  const problem = textProblem(text, maxChars);
  if (problem) return fail(problem);
  const passthrough: Record<string, unknown> = Object.create(null); // a field named __proto__ is kept as a field
  for (const key of Object.keys(fields)) if (key !== textKey && key !== idKey && !RESERVED_FIELDS.has(key)) passthrough[key] = fields[key];
  const record: BatchRecord = {
    origin,
    id: hasId ? (rawId as string | number) : originLabel(origin),
    source: own('source') ?? origin.path,
    passthrough,
    text,
    size,
  };
  return { record };
}
