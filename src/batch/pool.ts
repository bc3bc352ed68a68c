import { Worker } from 'node:worker_threads';
import { FramelensError } from '../errors.js';
import type { AnalysisRow, AnalysisSettings } from './types.js';

/** A record sent to a worker. */
export interface WorkerTask { seq: number; text: string }

/** What a worker sends back: a record's row or error, that it is ready, or that it could not start (bad lexicon). */
export type WorkerReply =
  | { seq: number; row: AnalysisRow; error?: undefined }
  | { seq: number; error: string; row?: undefined }
  | { ready: true }
  | { fatal: string; exitCode: 1 | 2 };

/** Receives each finished record (a row or an error message) and a fatal pool failure. */
export interface PoolListener { done(seq: number, result: { row: AnalysisRow } | { error: string }): void; fatal(err: FramelensError): void }

const PER_WORKER = 4;
/** A small young generation per worker keeps the resident memory of a long run low (V8 grows it lazily otherwise) at no measurable cost. */
const YOUNG_GENERATION_MB = 4;

interface Slot { worker: Worker; inFlight: number }

/** A pool of worker threads running `analyze`: tasks queue here and go to the least busy worker, a few at a time. */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: WorkerTask[] = [];
  private head = 0;
  private closing = false;
  /** Tasks submitted and not yet finished. */
  outstanding = 0;

  constructor(size: number, settings: AnalysisSettings, private readonly listener: PoolListener) {
    const script = new URL('./worker.js', import.meta.url);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), inFlight: 0 };
      slot.worker.on('message', (reply: WorkerReply) => this.receive(slot, reply));
      slot.worker.on('error', (err) => this.fail(`a worker thread failed: ${err.message}`));
      slot.worker.on('exit', (code) => { if (!this.closing) this.fail(`a worker thread stopped (exit code ${code})`); });
      return slot;
    });
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
    slot.inFlight--;
    this.outstanding--;
    this.listener.done(reply.seq, reply.row ? { row: reply.row } : { error: reply.error! });
    this.dispatch();
  }

  private dispatch(): void {
    while (this.head < this.queue.length) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.inFlight < PER_WORKER && (!best || s.inFlight < best.inFlight)) best = s;
      if (!best) break;
      best.inFlight++;
      best.worker.postMessage(this.queue[this.head++]);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) { this.queue.splice(0, this.head); this.head = 0; }
  }

  private fail(message: string, exitCode: 1 | 2 = 1): void {
    if (this.closing) return;
    this.closing = true;
    this.listener.fatal(new FramelensError(message, exitCode));
  }
}
