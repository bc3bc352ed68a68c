// A batch worker thread: loads the lexicon once (the same options as the command), then analyses each record it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { decodeText } from '../pipeline/decode.js';
import { remapResult, stripMarkup } from '../io/strip-markup.js';
import { FramelensError } from '../errors.js';
import { chooseLexicon } from '../io/lexicon-options.js';
import { toAnalysisRow } from './analysis-row.js';
import { HeapCeiling } from './heap-ceiling.js';
import type { RecordReply, WorkerReply, WorkerTask } from './pool.js';
import type { AnalysisSettings } from './types.js';

const settings = workerData as AnalysisSettings;
/** Heap at which a worker collects (heap-ceiling.ts): twice a worker's live data in a normal run. */
const HEAP_FLOOR_MB = 64;
const port = parentPort!;

try {
  const lexicon = chooseLexicon({ lexicon: settings.lexicon, builtin: settings.builtin });
  const one = (task: WorkerTask): RecordReply => {
    try {
      let result;
      let prose; // a marked-up record's analysis of its prose: the markers' texts, without the markup
      if (task.markup) { // as `framelens analyze` reads a marked-up file: the prose is analysed, offsets and texts index the file
        const original = decodeText(task.text);
        const mapped = stripMarkup(original, task.markup);
        if (mapped.text.trim() === '') return { seq: task.seq, error: `no text (no prose once the ${task.markup === 'md' ? 'Markdown' : 'HTML'} markup is read past; --strip none reads it as it is)` }; // as an empty text is
        prose = analyze(mapped.text, { lexicon, threshold: settings.threshold });
        result = remapResult(prose, mapped, original);
      } else result = analyze(task.text, { lexicon, threshold: settings.threshold });
      return { seq: task.seq, json: JSON.stringify(toAnalysisRow(result, settings.top, settings.annotations, settings.labels, prose)) };
    } catch (err) {
      return { seq: task.seq, error: `analysis failed (${(err as Error).message})` };
    }
  };
  const heap = new HeapCeiling(HEAP_FLOOR_MB);
  port.on('message', (group: WorkerTask[]) => {
    port.postMessage({ replies: group.map(one) } satisfies WorkerReply);
    heap.check(); // after the replies are on their way: the main thread is not kept waiting
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (err) {
  const exitCode = err instanceof FramelensError ? err.exitCode : 1;
  port.postMessage({ fatal: (err as Error).message, exitCode } satisfies WorkerReply);
}
