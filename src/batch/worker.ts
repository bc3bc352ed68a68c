// A batch worker thread: loads the lexicon once (the same options as the command), then reads and analyses each record it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { decodeText } from '../pipeline/decode.js';
import { remapResult, stripMarkup } from '../io/strip-markup.js';
import { FramelensError } from '../errors.js';
import { chooseLexicon } from '../io/lexicon-options.js';
import { toAnalysisRow } from './analysis-row.js';
import { HeapCeiling } from './heap-ceiling.js';
import { readJsonlLine } from './jsonl-line.js';
import { chooseMarkup } from './record-markup.js';
import { jsonLine } from './format-row.js';
import { movable, type PostedGroup, type PostedTask, type RecordHead, type RecordReply, type WorkerReply, type WorkerSettings } from './pool.js';

const { analysis: settings, reading, format } = workerData as WorkerSettings;
/** Heap at which a worker collects (heap-ceiling.ts): twice a worker's live data in a normal run. */
const HEAP_FLOOR_MB = 64;
const port = parentPort!;

try {
  const lexicon = chooseLexicon({ lexicon: settings.lexicon, builtin: settings.builtin });
  /** A record's AnalysisRow as JSON, its text read past `markup` as `framelens analyze` reads a marked-up file: the prose is analysed, offsets and texts index the text. */
  const rowOf = (text: string, markup: 'html' | 'md' | undefined): string => {
    let result;
    if (markup) {
      const original = decodeText(text);
      const mapped = stripMarkup(original, markup);
      result = remapResult(analyze(mapped.text, { lexicon, threshold: settings.threshold }), mapped, original);
    } else result = analyze(text, { lexicon, threshold: settings.threshold });
    return JSON.stringify(toAnalysisRow(result, settings.top, settings.annotations));
  };
  const failure = (err: unknown) => `analysis failed (${(err as Error).message})`;
  /** A good record's answer: its row as JSON, or for JSONL output its output line, kept in `lines` to be written into the group's bytes. */
  const good = (seq: number, head: RecordHead, json: string, lines: string[]): RecordReply => {
    if (format === 'csv') return { seq, json };
    lines.push(jsonLine(head, json));
    return { seq, at: -1, length: 0 };
  };
  const one = (task: PostedTask, bytes: Uint8Array, lines: string[]): RecordReply => {
    if ('text' in task) {
      try { return good(task.seq, task.head, rowOf(task.text, task.markup), lines); } catch (err) { return { seq: task.seq, error: failure(err) }; }
    }
    const read = readJsonlLine(bytes.subarray(task.at, task.at + task.length), task.origin, task.size, reading.fields, reading.maxChars);
    const notes = { read: read.read, warnings: read.warnings, htmlByContent: false };
    if (read.item === null) return { seq: task.seq, blank: true, notes };
    if ('error' in read.item) return { seq: task.seq, error: read.item.error.message, failed: read.item.error, notes };
    const { text, ...rest } = read.item.record;
    const markup = chooseMarkup(reading.strip, rest.origin, text);
    notes.htmlByContent = markup.htmlByContent;
    let json;
    try {
      json = rowOf(text, markup.kind);
    } catch (err) {
      const message = failure(err);
      return { seq: task.seq, error: message, failed: { origin: rest.origin, id: rest.id, message, size: rest.size }, notes };
    }
    const reply = good(task.seq, rest, json, lines);
    return 'json' in reply ? { ...reply, meta: { ...rest, chars: text.length }, notes } : { ...reply, notes };
  };
  const heap = new HeapCeiling(HEAP_FLOOR_MB);
  port.on('message', (group: PostedGroup) => {
    const lines: string[] = [];
    const replies = group.tasks.map((t) => one(t, group.bytes, lines));
    const bytes = writeLines(replies, lines);
    port.postMessage({ replies, bytes } satisfies WorkerReply, movable(bytes));
    heap.check(); // after the replies are on their way: the main thread is not kept waiting
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (err) {
  const exitCode = err instanceof FramelensError ? err.exitCode : 1;
  port.postMessage({ fatal: (err as Error).message, exitCode } satisfies WorkerReply);
}

const encoder = new TextEncoder();
/** Bytes of the buffer output lines are encoded into, kept between groups. */
const SCRATCH_KEPT = 1 << 20;
let scratch = new Uint8Array(SCRATCH_KEPT);

/** The group's output lines in UTF-8, in one buffer of its own (it moves to the main thread, not copied); each reply with a line gets its place in it. */
function writeLines(replies: RecordReply[], lines: string[]): Uint8Array {
  if (lines.length === 0) return new Uint8Array(0);
  const most = 3 * lines.reduce((n, l) => n + l.length, 0); // UTF-8 takes at most 3 bytes a UTF-16 unit
  if (scratch.length < most) scratch = new Uint8Array(most);
  let at = 0;
  let k = 0;
  for (const r of replies) {
    if (!('at' in r)) continue;
    r.at = at;
    r.length = encoder.encodeInto(lines[k++], scratch.subarray(at)).written;
    at += r.length;
  }
  const bytes = scratch.slice(0, at); // a buffer of its own, to move
  if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_KEPT); // grown for a huge record: not kept that large
  return bytes;
}
