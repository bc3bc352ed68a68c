// The messages between run-batch's worker pool (pool.ts) and its worker threads (worker.ts).
import type { MarkupKind } from '../io/strip-markup.js';
import type { RecordMeta } from './batch-output.js';
import type { LineNotes } from './jsonl-line.js';
import type { CsvColumns } from './read-csv.js';
import type { AnalysisSettings, RecordError, RecordOrigin } from './types.js';

/** A record read by the main thread (a text file, a CSV row), sent with the markup to strip first (offsets still index `text`). */
export interface TextTask { seq: number; text: string; markup?: 'html' | 'md' }

/**
 * A JSONL line sent unread: the worker reads it (jsonl-line.ts), analyses it and formats its output line, so the main
 * thread only splits lines and writes bytes. Its bytes are [from, to) of its group's `bytes`; `checkMarkdown` while the
 * input's first records are still looked at for Markdown (record-markup.ts).
 */
export interface LineTask { seq: number; origin: RecordOrigin; size: number; from: number; to: number; checkMarkdown: boolean }

/** What a worker is sent: a group of tasks, and the bytes of its lines in one buffer (transferred, not copied). */
export interface TaskGroup { tasks: (TextTask | LineTask)[]; bytes?: Uint8Array<ArrayBuffer> }

/** How workers read JSONL lines and what they make of them: the fields, the limit, --strip and the output format. */
export interface LineSettings { fields: CsvColumns; maxChars: number; strip?: MarkupKind; format: 'jsonl' | 'csv' }

/** What a worker thread is started with. */
export interface WorkerSettings extends AnalysisSettings { lines: LineSettings }

/** What a read line turned out to be, for the main thread to say in order: its notes and the markup found (record-markup.ts). */
export interface LineFindings { notes: LineNotes; markup?: { kind: MarkupKind; looksLikeMarkdown: boolean } }

/**
 * A worker's answer for one task: the AnalysisRow as JSON with the record's fields (`meta`, for a line) or the finished
 * output line as bytes [from, to) of the group's `out` (a line, with JSONL output); an error; or nothing, for a blank line.
 * A line's answer carries its findings.
 */
export type TaskReply = { seq: number; line?: LineFindings } & (
  | { json: string; meta?: RecordMeta }
  | { from: number; to: number; size: number }
  | { error: string | RecordError }
  | { blank: true }
);

/** What a worker posts: answers for a group (with the group's output lines as UTF-8, transferred), that it is ready, or that it could not start. */
export type WorkerReply = { replies: TaskReply[]; out?: Uint8Array<ArrayBuffer> } | { ready: true } | { fatal: string; exitCode: 1 | 2 };
