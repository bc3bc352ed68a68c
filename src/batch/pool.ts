import { Worker } from 'node:worker_threads';
import { FramelensError } from '../errors.js';
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

/** Receives each finished record (with the bytes its `at` and `length` point into) and a fatal pool failure. */
export interface PoolListener { done(reply: RecordReply, bytes: Uint8Array): void; fatal(err: FramelensError): void }

/** What each worker is started with: how to analyse, how to read the lines it is sent, and the output format. */
export interface WorkerSettings { analysis: AnalysisSettings; reading: LineReading; format: 'jsonl' | 'csv' }

/** Records go to workers in groups (one message per group: posting costs about as much as a short record's analysis). */
const GROUP_RECORDS = 16;
const GROUP_CHARS = 64_000;
/** Groups a worker holds at once: one running, one waiting, so it never idles between messages. */
const GROUPS_PER_WORKER = 3;
/** A small young generation per worker keeps the resident memory of a long run low (V8 grows it lazily otherwise) for a few % more GC time. */
const YOUNG_GENERATION_MB = 8;

interface Slot { worker: Worker; groups: number }

/** A pool of worker threads running `analyze`: tasks queue here and go to the least busy worker in small groups. */
export class WorkerPool {
  private readonly slots: Slot[];
  private queue: WorkerTask[] = [];
  private closing = false;
  /** Tasks submitted and not yet finished. */
  outstanding = 0;

  /** Workers the pool may start: one starts at once, the next ones when every started worker is full and records still wait. */
  private limit = 1;

  constructor(size: number, private readonly settings: WorkerSettings, private readonly listener: PoolListener) {
    this.slots = [];
    this.start();
    this.grow(size);
  }

  /** Workers started so far. */
  get size(): number {
    return this.slots.length;
  }

  /** Allow up to `size` workers (a pool never shrinks); they start as work waits for them, so a few records never pay for many workers. */
  grow(size: number): void {
    if (size <= this.limit) return;
    this.limit = size;
    this.dispatch();
  }

  private start(): Slot {
    const script = new URL('./worker.js', import.meta.url);
    const slot: Slot = { worker: new Worker(script, { workerData: this.settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), groups: 0 };
    slot.worker.on('message', (reply: WorkerReply) => this.receive(slot, reply));
    slot.worker.on('error', (err) => this.fail(`a worker thread failed: ${err.message}`));
    slot.worker.on('exit', (code) => { if (!this.closing) this.fail(`a worker thread stopped (exit code ${code})`); });
    this.slots.push(slot);
    return slot;
  }

  /** Queue one record for analysis. */
  submit(task: WorkerTask): void {
    this.queue.push(task);
    this.outstanding++;
    this.dispatch();
  }

  /** Stop the workers (at once: queued and running tasks are dropped). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) return;
    if ('fatal' in reply) { this.fail(reply.fatal, reply.exitCode); return; }
    slot.groups--;
    this.outstanding -= reply.replies.length;
    for (const r of reply.replies) this.listener.done(r, reply.bytes);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.groups < GROUPS_PER_WORKER && (!best || s.groups < best.groups)) best = s;
      if (!best && this.slots.length < this.limit && !this.closing) best = this.start(); // every worker full and records waiting: one more
      if (!best) return;
      let n = 0;
      for (let chars = 0; n < this.queue.length && n < GROUP_RECORDS && (n === 0 || chars + sizeOf(this.queue[n]) <= GROUP_CHARS); n++) chars += sizeOf(this.queue[n]);
      best.groups++;
      const group = posted(this.queue.slice(0, n));
      best.worker.postMessage(group, movable(group.bytes));
      this.queue = this.queue.slice(n);
    }
  }

  private fail(message: string, exitCode: 1 | 2 = 1): void {
    if (this.closing) return;
    this.closing = true;
    this.listener.fatal(new FramelensError(message, exitCode));
  }
}

const sizeOf = (task: WorkerTask): number => ('text' in task ? task.text.length : task.unread.bytes.length);

/** A group as posted: the lines' bytes copied into one buffer (a line's bytes are a view of a whole read chunk, which posting would copy whole). */
function posted(tasks: WorkerTask[]): PostedGroup {
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
