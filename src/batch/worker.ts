// A batch worker thread: loads the lexicon once (the same options as the command), then analyses each record it is sent:
// a text, or a JSONL line it reads and, with JSONL output, formats as its output line (line-task.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { decodeText } from '../pipeline/decode.js';
import { remapResult, stripMarkup } from '../io/strip-markup.js';
import { FramelensError } from '../errors.js';
import { chooseLexicon } from '../io/lexicon-options.js';
import { toAnalysisRow } from './analysis-row.js';
import { HeapCeiling } from './heap-ceiling.js';
import { runLineTask, type RowOutcome } from './line-task.js';
import type { TaskGroup, TaskReply, WorkerReply, WorkerSettings } from './worker-protocol.js';

const settings = workerData as WorkerSettings;
/** Heap at which a worker collects (heap-ceiling.ts): twice a worker's live data in a normal run. */
const HEAP_FLOOR_MB = 64;
const port = parentPort!;

try {
  const lexicon = chooseLexicon({ lexicon: settings.lexicon, builtin: settings.builtin });
  const analyzeRow = (text: string, markup?: 'html' | 'md'): RowOutcome => {
    try {
      let result;
      let prose; // a marked-up record's analysis of its prose: the markers' texts, without the markup
      if (markup) { // as `framelens analyze` reads a marked-up file: the prose is analysed, offsets and texts index the file
        const original = decodeText(text);
        const mapped = stripMarkup(original, markup);
        if (mapped.text.trim() === '') return { error: `no text (no prose once the ${markup === 'md' ? 'Markdown' : 'HTML'} markup is read past; --strip none reads it as it is)` }; // as an empty text is
        prose = analyze(mapped.text, { lexicon, threshold: settings.threshold });
        result = remapResult(prose, mapped, original);
      } else result = analyze(text, { lexicon, threshold: settings.threshold });
      return { json: JSON.stringify(toAnalysisRow(result, settings.top, settings.annotations, settings.labels, prose)) };
    } catch (err) {
      return { error: `analysis failed (${(err as Error).message})` };
    }
  };
  const encoder = new TextEncoder();
  const heap = new HeapCeiling(HEAP_FLOOR_MB);
  port.on('message', (group: TaskGroup) => {
    const lines: string[] = [];
    let bytes = 0;
    const emit = (line: string): [number, number] => { lines.push(line); const from = bytes; bytes += Buffer.byteLength(line); return [from, bytes]; };
    const replies = group.tasks.map((task): TaskReply => ('from' in task ? runLineTask(task, group.bytes!, settings.lines, analyzeRow, emit) : { seq: task.seq, ...analyzeRow(task.text, task.markup) }));
    const out = lines.length > 0 ? encoder.encode(lines.join('')) : undefined; // UTF-8 made here, in parallel, not on the main thread
    port.postMessage({ replies, out } satisfies WorkerReply, out ? [out.buffer] : []);
    heap.check(); // after the replies are on their way: the main thread is not kept waiting
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (err) {
  const exitCode = err instanceof FramelensError ? err.exitCode : 1;
  port.postMessage({ fatal: (err as Error).message, exitCode } satisfies WorkerReply);
}
