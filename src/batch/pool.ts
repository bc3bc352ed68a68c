import { Worker } from 'node:worker_threads';
import { FramelensError } from '../errors.js';
import type { LineTask, TaskGroup, TaskReply, TextTask, WorkerReply, WorkerSettings } from './worker-protocol.js';

/** A task as it waits in the pool: a text, or a JSONL line with its bytes (packed into its group's buffer when sent). */
export type QueuedTask = TextTask | (Omit<LineTask, 'from' | 'to'> & { bytes: Uint8Array });

/** Receives each finished task (with its group's output bytes, where a line's output line is) and a fatal pool failure. */
export interface PoolListener { done(reply: TaskReply, out: Uint8Array | undefined): void; fatal(err: FramelensError): void }

/**
 * Records go to workers in groups of up to 64 records or 256 KB, one message each: a message wakes the main thread,
 * which on a busy machine can cost a worker 0.4 to 1.4 ms of its core; groups of 16 spent 7-12% of a worker's time
 * posting (b10 profile, 2026-11-27). A group takes at most its share of the queue, so a few records still reach every worker.
 */
const GROUP_RECORDS = 64;
const GROUP_CHARS = 256_000;
/** Groups a worker holds at once: one running, one waiting, so it never idles between messages. */
const GROUPS_PER_WORKER = 3;
/**
 * A bounded young generation per worker keeps the resident memory of a long run low (V8 grows it lazily otherwise).
 * 16 MB, not 8: on 10 MB of records a worker made 327 scavenges (350 ms) instead of 647 (876 ms), about 5% of its
 * time, for 8 MB more per worker; 24 MB made as many as 16, 32 MB 169 (--trace-gc, 2026-11-27).
 */
const YOUNG_GENERATION_MB = 16;

interface Slot { worker: Worker; groups: number }

/** A pool of worker threads running `analyze`: tasks queue here and go to the least busy worker in small groups. */
export class WorkerPool {
  private readonly slots: Slot[];
  private queue: QueuedTask[] = [];
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

  /** Queue one record (or JSONL line) for analysis. */
  submit(task: QueuedTask): void {
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
    for (const r of reply.replies) this.listener.done(r, reply.out);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.groups < GROUPS_PER_WORKER && (!best || s.groups < best.groups)) best = s;
      if (!best && this.slots.length < this.limit && !this.closing) best = this.start(); // every worker full and records waiting: one more
      if (!best) return;
      const share = Math.min(GROUP_RECORDS, Math.ceil(this.queue.length / this.limit));
      let n = 0;
      for (let chars = 0; n < this.queue.length && n < share && (n === 0 || chars + lengthOf(this.queue[n]) <= GROUP_CHARS); n++) chars += lengthOf(this.queue[n]);
      best.groups++;
      const group = packGroup(this.queue.slice(0, n));
      best.worker.postMessage(group, group.bytes ? [group.bytes.buffer] : []);
      this.queue = this.queue.slice(n);
    }
  }

  private fail(message: string, exitCode: 1 | 2 = 1): void {
    if (this.closing) return;
    this.closing = true;
    this.listener.fatal(new FramelensError(message, exitCode));
  }
}

const lengthOf = (task: QueuedTask): number => ('text' in task ? task.text.length : task.bytes.length);

/** A group as sent: its lines' bytes copied into one buffer of their own (transferred: a line's bytes are a view of a whole read chunk). */
function packGroup(queued: QueuedTask[]): TaskGroup {
  const total = queued.reduce((n, t) => n + ('bytes' in t ? t.bytes.length : 0), 0);
  const hasLines = queued.some((t) => 'bytes' in t);
  const bytes = hasLines ? new Uint8Array(total) : undefined;
  let at = 0;
  const tasks = queued.map((t) => {
    if (!('bytes' in t)) return t;
    const { bytes: line, ...rest } = t;
    bytes!.set(line, at);
    at += line.length;
    return { ...rest, from: at - line.length, to: at };
  });
  return { tasks, bytes };
}
