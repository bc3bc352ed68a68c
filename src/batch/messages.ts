// What the main thread and the batch workers post to each other (pool.ts, worker.ts).
import type { Utf8Reading } from '../io/read-text.js';
import type { RecordMeta } from './batch-output.js';
import type { AnalysisSettings, BatchRecord, LineReading, RecordError, RecordOrigin, UnreadLine } from './types.js';

/** The fields of a record that its output line starts with. */
export type RecordHead = Pick<BatchRecord, 'id' | 'source' | 'passthrough'>;

/** A record for a worker: a text (with the markup to strip first; offsets still index `text`) and its fields, or a JSONL line for the worker to read first. */
export type WorkerTask = { seq: number; text: string; markup?: 'html' | 'md'; head: RecordHead } | { seq: number; unread: UnreadLine };

/** A task as posted: a line's bytes are a stretch of the group's one buffer (one copy for the group, not a buffer a line). */
export type PostedTask = Extract<WorkerTask, { text: string }> | { seq: number; origin: RecordOrigin; size: number; at: number; length: number };

/** A group of tasks as posted to a worker, with the bytes of its lines. */
export interface PostedGroup { tasks: PostedTask[]; bytes: Uint8Array }

/** What a worker read of a JSONL line: how its bytes decoded, warnings about its fields, whether its text was read as HTML by its content. */
export interface LineNotes { read: Utf8Reading; warnings: string[]; htmlByContent: boolean }

/**
 * A worker's answer for one record: for JSONL output, where its output line is in the group's bytes (written in the
 * worker, so the main thread only writes bytes out); for CSV output, its AnalysisRow as JSON (a string is cheaper to
 * post than an object); or why it failed. For a line, also what the worker read: the record's fields (`meta`), or the
 * error in its place, or nothing (a blank line).
 */
export type RecordReply =
  | { seq: number; at: number; length: number; notes?: LineNotes }
  | { seq: number; json: string; meta?: RecordMeta; notes?: LineNotes }
  | { seq: number; error: string; failed?: RecordError; notes?: LineNotes }
  | { seq: number; blank: true; notes: LineNotes };

/** What a worker posts: answers for a group of records and the bytes of their output lines, that it is ready, or that it could not start (bad lexicon). */
export type WorkerReply = { replies: RecordReply[]; bytes: Uint8Array } | { ready: true } | { fatal: string; exitCode: 1 | 2 };

/** What each worker is started with: how to analyse, how to read the lines it is sent, and the output format. */
export interface WorkerSettings { analysis: AnalysisSettings; reading: LineReading; format: 'jsonl' | 'csv' }

/** A group as posted: the lines' bytes copied into one buffer (a line's bytes are a view of a whole read chunk, which posting would copy whole). */
export function posted(tasks: WorkerTask[]): PostedGroup {
  const lines = tasks.flatMap((t) => ('unread' in t ? [t.unread.bytes] : []));
  const bytes = lines.length ? Buffer.concat(lines) : new Uint8Array(0);
  let at = 0;
  const out = tasks.map((t): PostedTask => {
    if ('text' in t) return t;
    const { origin, size, bytes: line } = t.unread;
    at += line.length;
    return { seq: t.seq, origin, size, at: at - line.length, length: line.length };
  });
  return { tasks: out, bytes };
}

/** The buffer of `bytes` when `bytes` is the whole of it: it then moves to the worker instead of being copied (Buffer.concat gives small results a slice of a shared pool, which must stay). */
export function movable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteLength > 0 && bytes.byteOffset === 0 && buffer.byteLength === bytes.byteLength ? [buffer] : [];
}
