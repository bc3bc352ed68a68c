import { Worker } from 'node:worker_threads';
import { FramelensError } from '../errors.js';
import type { AnalysisSettings } from './types.js';

/** A record sent to a worker, with the markup to strip first (offsets still index `text`). */
export interface WorkerTask { seq: number; text: string; markup?: 'html' | 'md' }

/** A worker's answer for one record: its AnalysisRow as JSON (a string is cheaper to post than an object), or an error. */
export type RecordReply = { seq: number; json: string; error?: undefined } | { seq: number; error: string; json?: undefined };

/** What a worker posts: answers for a group of records, that it is ready, or that it could not start (bad lexicon). */
export type WorkerReply = { replies: RecordReply[] } | { ready: true } | { fatal: string; exitCode: 1 | 2 };

/** Receives each finished record (a row or an error message) and a fatal pool failure. */
export interface PoolListener { done(seq: number, result: { json: string } | { error: string }): void; fatal(err: FramelensError): void }

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

  constructor(size: number, private readonly settings: AnalysisSettings, private readonly listener: PoolListener) {
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
    for (const r of reply.replies) this.listener.done(r.seq, r.json !== undefined ? { json: r.json } : { error: r.error! });
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.groups < GROUPS_PER_WORKER && (!best || s.groups < best.groups)) best = s;
      if (!best && this.slots.length < this.limit && !this.closing) best = this.start(); // every worker full and records waiting: one more
      if (!best) return;
      let n = 0;
      for (let chars = 0; n < this.queue.length && n < GROUP_RECORDS && (n === 0 || chars + this.queue[n].text.length <= GROUP_CHARS); n++) chars += this.queue[n].text.length;
      best.groups++;
      best.worker.postMessage(this.queue.slice(0, n));
      this.queue = this.queue.slice(n);
    }
  }

  private fail(message: string, exitCode: 1 | 2 = 1): void {
    if (this.closing) return;
    this.closing = true;
    this.listener.fatal(new FramelensError(message, exitCode));
  }
}
