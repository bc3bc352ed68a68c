import type { Finished, RecordMeta } from './batch-output.js';
import type { JsonlNotes } from './jsonl-notes.js';
import type { RecordMarkup } from './record-markup.js';
import type { RecordOrigin } from './types.js';
import type { LineFindings, TaskReply } from './worker-protocol.js';

/** A task sent to the pool, as the main thread keeps it until its answer: where it came from, its fields (a text task's), its length. */
export interface InFlight { origin: RecordOrigin; meta?: RecordMeta; chars: number }

/** A finished task waiting for its turn to be written: the record (null for a blank line) and, for a JSONL line, what reading it found. */
export interface Settling { origin: RecordOrigin; finished: Finished | null; findings?: LineFindings }

/** What a worker's answer makes of a task; `out` is the answer's group output, which holds a formatted line's bytes. */
export function settlingOf(reply: TaskReply, task: InFlight, out: Uint8Array | undefined): Settling {
  const { origin, meta } = task;
  const settle = (finished: Finished | null): Settling => ({ origin, finished, findings: reply.line });
  if ('blank' in reply) return settle(null);
  if ('error' in reply) return settle({ error: typeof reply.error === 'string' ? { origin, id: meta?.id, message: reply.error, size: meta?.size ?? 0 } : reply.error });
  if ('from' in reply) return settle({ bytes: out!.subarray(reply.from, reply.to), size: reply.size });
  return settle({ meta: reply.meta ?? meta!, json: reply.json });
}

/** Say, in input order, what reading a JSONL line found (jsonl-notes.ts, record-markup.ts); returns the record to write, its error with its hint. */
export function settle(item: Settling, notes: JsonlNotes, markups: RecordMarkup): Finished | null {
  const { findings, finished } = item;
  if (!findings) return finished;
  const error = notes.settle(item.origin, findings.notes, finished && 'error' in finished ? finished.error : undefined);
  if (findings.markup) markups.tell(item.origin, findings.markup);
  return error ? { error } : finished;
}
