import { basename } from 'node:path';
import { type CliIO, warn } from '../cli/context.js';
import { FramelensError } from '../errors.js';
import { count } from '../format/count.js';
import { outputInInputFolder, refuseOutputOverInput, refuseSameOutputs } from '../io/output-over-input.js';
import type { MarkupKind } from '../io/strip-markup.js';
import { cannotWrite, openAtomic, removeTempFiles, type AtomicFile } from './atomic-file.js';
import { BatchOutput } from './batch-output.js';
import { type InFlight, type Settling, settle, settlingOf } from './finish-task.js';
import { JsonlNotes } from './jsonl-notes.js';
import { expandInputs } from './inputs.js';
import { OrderedWriter } from './ordered-writer.js';
import { WorkerPool } from './pool.js';
import { type PoolSizing, workersFor } from './pool-size.js';
import { createProgress } from './progress.js';
import type { CsvColumns } from './read-csv.js';
import { readInputs } from './read-inputs.js';
import { RecordMarkup } from './record-markup.js';
import { BufferedSink } from './sink.js';
import { StopControl } from './stop-control.js';
import type { AnalysisSettings } from './types.js';

/** Everything `framelens batch` was asked to do. */
export interface BatchOptions {
  inputs: string[];
  format: 'jsonl' | 'csv';
  output?: string;
  errors?: string;
  /** --strip: the markup every record is read past; undefined to detect it as analyze does (record-markup.ts). */
  strip?: MarkupKind;
  /** Worker threads: `--jobs N`, or at most the number of cores, sized to the input (pool-size.ts). */
  jobs: PoolSizing;
  quiet: boolean;
  maxChars: number;
  csv: CsvColumns;
  settings: AnalysisSettings;
}

/** Records in flight (read, not yet written) are bounded by count per worker and by characters, so memory does not grow with the input. */
const PENDING_PER_JOB = 256; // at least the three groups of 64 a worker holds (pool.ts), and a queue to fill them from
const MAX_PENDING_CHARS = 16_000_000;

/** Run a batch: stream records from the inputs through a worker pool and write one output line per good record, in input order; returns the exit code. */
export async function runBatch(opts: BatchOptions, io: CliIO): Promise<number> {
  const started = performance.now();
  const cwd = io.cwd ?? process.cwd();
  let wake: (() => void) | null = null;
  const notify = () => { const w = wake; wake = null; w?.(); };
  const waitForWake = () => new Promise<void>((resolve) => { wake = resolve; });
  const control = new StopControl(notify, removeTempFiles);
  const files: AtomicFile[] = [];
  let pool: WorkerPool | null = null;
  control.listen();
  try {
    const sources = await expandInputs(opts.inputs, cwd);
    const inputPaths = sources.filter((s) => !s.stdin).map((s) => s.path);
    refuseOutputOverInput(opts.output, inputPaths, cwd);
    refuseOutputOverInput(opts.errors, inputPaths, cwd, '--errors');
    refuseSameOutputs(opts.output, opts.errors, cwd);
    for (const out of [opts.output, opts.errors]) { const note = outputInInputFolder(out, opts.inputs, cwd); if (note) warn(io, note); }
    const totalBytes = sources.every((s) => s.bytes !== null) ? sources.reduce((n, s) => n + (s.bytes ?? 0), 0) : null;
    const outFile = opts.output ? await openAtomic(opts.output, cwd) : null;
    if (outFile) files.push(outFile);
    const errFile = opts.errors ? await openAtomic(opts.errors, cwd) : null;
    if (errFile) files.push(errFile);
    for (const f of files) for (const stale of f.staleRemoved) warn(io, `framelens: ${f.path}: removed ${basename(stale)}, a temporary file left by an earlier run that was killed`);
    const cannotGoOn = (path: string) => (err: Error) => control.halt({ kind: 'fatal', error: cannotWrite(path, err) }); // a full disk: stop now, not after reading everything
    const out = new BufferedSink(outFile?.stream ?? io.stdout, notify, cannotGoOn(opts.output ?? 'the output'));
    const errSink = errFile ? new BufferedSink(errFile.stream, notify, cannotGoOn(opts.errors!)) : null;
    const progress = await createProgress(io, opts.quiet, totalBytes);
    const output = new BatchOutput(opts.format, out, errSink, progress, Boolean(opts.settings.labels));
    const ctx = { maxChars: opts.maxChars, warn: (m: string) => progress.log(m) };
    const markups = new RecordMarkup(opts.strip, ctx.warn);
    const notes = new JsonlNotes(opts.csv, ctx.warn);
    const writer = new OrderedWriter<Settling>((item) => { const finished = settle(item, notes, markups); if (finished) output.write(finished); });

    const inFlight = new Map<number, InFlight>();
    let pendingChars = 0;
    const lines = { fields: opts.csv, maxChars: opts.maxChars, strip: opts.strip, format: opts.format };
    pool = new WorkerPool(workersFor(opts.jobs, totalBytes ?? 0), { ...opts.settings, lines }, {
      done(reply, out) {
        const task = inFlight.get(reply.seq)!;
        inFlight.delete(reply.seq);
        pendingChars -= task.chars;
        writer.put(reply.seq, settlingOf(reply, task, out));
        notify();
      },
      fatal: (error) => control.halt({ kind: 'fatal', error }),
    });

    let next = 0;
    let bytesRead = 0;
    const full = () => next - writer.flushed >= pool!.size * PENDING_PER_JOB || pendingChars >= MAX_PENDING_CHARS || out.blocked || Boolean(errSink?.blocked);
    const reading = (async () => {
      for await (const item of readInputs(sources, { cwd, stdin: io.stdin, csv: opts.csv, ctx, control, unread: true })) {
        const seq = next++;
        bytesRead += 'error' in item ? item.error.size : 'raw' in item ? item.raw.size : item.record.size;
        if (totalBytes === null) pool!.grow(workersFor(opts.jobs, bytesRead, false)); // stdin: more workers as more input arrives
        if ('error' in item) writer.put(seq, { origin: item.error.origin, finished: item });
        else if ('raw' in item) { // a JSONL line: read, analysed and formatted in a worker; this thread only passes bytes on
          const { origin, bytes, size } = item.raw;
          inFlight.set(seq, { origin, chars: bytes.length });
          pendingChars += bytes.length;
          pool!.submit({ seq, origin, size, bytes, checkMarkdown: markups.checking(origin.path) });
        } else {
          const { text, ...rest } = item.record;
          inFlight.set(seq, { origin: rest.origin, meta: { ...rest, chars: text.length }, chars: text.length });
          pendingChars += text.length;
          pool!.submit({ seq, text, markup: markups.of(item.record) });
        }
        while (!control.reason && full()) await waitForWake();
        if (control.reason) return;
      }
      while (!control.reason && writer.flushed < next) await waitForWake();
    })();
    const stop = await Promise.race([reading.then(() => control.reason), control.stopped]);
    reading.catch(() => {});
    await pool.close();
    progress.stop();
    if (stop?.kind === 'fatal') throw stop.error;
    if (stop?.kind === 'signal') {
      files.forEach((f) => f.abort());
      io.stderr.write(`framelens: interrupted; ${opts.output ? `${opts.output} was not written` : 'the output is incomplete'}\n`);
      return stop.code;
    }
    output.finish();
    const broken = out.error ?? errSink?.error;
    if (broken) throw new FramelensError(`cannot write the output (${broken.message})`);
    for (const f of files) await f.flush(); // every file written out before any is renamed into place: -o is not left placed when --errors fails
    for (const f of files) f.place();
    if (output.ok + output.failed === 0) warn(io, 'framelens: batch: no records in the input (empty files or an empty stdin)');
    const seconds = (performance.now() - started) / 1000;
    if (!opts.quiet) io.stderr.write(`framelens: batch: ${output.ok} ok, ${output.failed} failed${output.lostLines ? ` (and ${count(output.lostLines, 'line')} read into an unclosed quote: ${output.lostLines === 1 ? 'its record is' : 'their records are'} lost)` : ''}, ${seconds.toFixed(1)} s (${(output.ok / Math.max(seconds, 1e-3)).toFixed(0)} records/s, ${count(pool.size, 'worker')})\n`);
    return output.failed > 0 ? 1 : 0;
  } catch (err) {
    files.forEach((f) => f.abort());
    await pool?.close();
    throw err;
  } finally {
    control.unlisten();
  }
}

