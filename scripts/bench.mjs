#!/usr/bin/env node
// npm run bench: throughput of bare wink-nlp (the pipes framelens runs, and wink's default pipeline
// for context), of framelens on one thread (in this process, and each of bare wink and framelens alone
// in a fresh worker thread), of the analysis in one warm thread per core (no I/O: the ceiling for batch on this machine), and of `framelens batch` on all cores, on one job and without
// --jobs (workers sized to the input), on one generated corpus; and the cold start of `framelens
// analyze` next to loading wink-nlp. BENCH_MB sets the corpus size (default 2 MB of text),
// BENCH_ROUNDS the rounds (default 3): the throughputs are measured in turn, round after round, and the best round of each is kept,
// so a burst of load from other programs on the machine spoils one round, not the ratios.
// Needs a build (npm run bench builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { analyze } = await import(join(root, 'dist/analyze.js'));
const { wink } = await import(join(root, 'dist/pipeline/read-by-doc.js'));
const { BYTES_PER_WORKER, workersFor } = await import(join(root, 'dist/batch/pool-size.js'));
const megabytes = Number(process.env.BENCH_MB ?? 2);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/** Paragraphs of the corpus texts, cycled until the corpus holds `megabytes` of text. */
function generateCorpus() {
  const paragraphs = ['dev', 'heldout']
    .flatMap((d) => readdirSync(join(root, 'corpus', d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'corpus', d, f), 'utf8')))
    .flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 40);
  const records = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const text = paragraphs[i % paragraphs.length];
    records.push(text);
    size += text.length;
  }
  return { records, size };
}

/**
 * What the cores can give this work at best: `threads` warm worker threads analysing every record at
 * once, no reading, messaging or output; seconds from "go" until the last one is done. On a machine
 * whose cores slow each other (shared caches, SMT siblings), this is the ceiling for batch.
 */
async function warmThreads(records, threads, mode = 'analyze') {
  const workerData = { records, warmUp: records.slice(0, 8000), mode, analyzeModule: join(root, 'dist/analyze.js'), readByDocModule: join(root, 'dist/pipeline/read-by-doc.js') };
  const workers = Array.from({ length: threads }, () => new Worker(join(root, 'scripts/bench-ceiling-worker.mjs'), { workerData }));
  const next = (w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
  await Promise.all(workers.map(next));
  const start = process.hrtime.bigint();
  const done = workers.map(next);
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const s = seconds(start);
  await Promise.all(workers.map((w) => w.terminate()));
  return s;
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** Where one thread's time goes: the pipeline stages timed one by one on the first 2,000 records. */
async function stageShares(records) {
  try {
    const { STAGES } = await import(join(root, 'dist/pipeline/stages.js'));
    const { engineFor } = await import(join(root, 'dist/lexicon/engine.js'));
    const { builtinLexicon } = await import(join(root, 'dist/lexicon/builtin.js'));
    const engine = engineFor(builtinLexicon());
    const spent = new Map(STAGES.map((s) => [s.name, 0n]));
    for (const text of records.slice(0, 2000)) {
      const state = { engine, text };
      for (const stage of STAGES) { const s = process.hrtime.bigint(); stage.run(state); spent.set(stage.name, spent.get(stage.name) + process.hrtime.bigint() - s); }
    }
    const all = [...spent.values()].reduce((a, b) => a + b, 0n);
    return [...spent].map(([name, t]) => `${name} ${(Number((t * 1000n) / all) / 10).toFixed(1)}%`).join(', ');
  } catch (err) {
    return `(not available: ${err.message})`;
  }
}

const loadBefore = loadavg()[0];
const { records, size } = generateCorpus();
const nlp = wink();
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const defaultNlp = winkNLP(winkModel); // wink-nlp's default pipeline (sbd, negation, sentiment, pos, ner, cer), for context
const warmUp = records.slice(0, 8000); // about 2 MB: the JIT has settled by then (the warm threads warm up on the same records)
for (const t of warmUp) { nlp.readDoc(t); defaultNlp.readDoc(t); analyze(t); }
let tokens = 0;
for (const t of records) tokens += nlp.readDoc(t).tokens().length();
// One long text: the first records joined as paragraphs, up to 2 MB (a report, a year of transcripts in one file). Its
// throughput next to the records' shows a step that grows faster than the text (one that looks at every match per match).
const longParts = [];
let longTokens = 0;
for (let i = 0, chars = 0; i < records.length && chars + records[i].length <= 2_000_000; chars += records[i].length + 2, i++) longParts.push(records[i]);
const longText = longParts.join('\n\n');
for (const t of longParts) longTokens += nlp.readDoc(t).tokens().length();

const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
const jsonl = join(dir, 'corpus.jsonl');
writeFileSync(jsonl, records.map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n') + '\n');
const jobs = availableParallelism();
const autoWorkers = workersFor({ max: jobs }, statSync(jsonl).size); // the size batch sees, without reading the file again
const bin = join(root, 'bin/framelens.js');
const best = { wink: Infinity, winkDefault: Infinity, one: Infinity, long: Infinity, winkWorker: Infinity, oneWorker: Infinity, two: Infinity, batch: Infinity, batch1: Infinity, auto: Infinity };
for (let r = 0; r < rounds; r++) {
  let start = process.hrtime.bigint();
  for (const t of records) nlp.readDoc(t);
  best.wink = Math.min(best.wink, seconds(start));
  start = process.hrtime.bigint();
  for (const t of records) defaultNlp.readDoc(t);
  best.winkDefault = Math.min(best.winkDefault, seconds(start));
  start = process.hrtime.bigint();
  for (const t of records) analyze(t);
  best.one = Math.min(best.one, seconds(start));
  start = process.hrtime.bigint();
  analyze(longText);
  best.long = Math.min(best.long, seconds(start));
  best.winkWorker = Math.min(best.winkWorker, await warmThreads(records, 1, 'wink'));
  best.oneWorker = Math.min(best.oneWorker, await warmThreads(records, 1));
  best.two = Math.min(best.two, await warmThreads(records, jobs));
  for (const [key, n] of [['batch', jobs], ['batch1', 1], ['auto', null]]) {
    start = process.hrtime.bigint();
    const batch = spawnSync(process.execPath, [bin, 'batch', jsonl, ...(n === null ? [] : ['--jobs', String(n)]), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    best[key] = Math.min(best[key], seconds(start));
    if (batch.status !== 0) throw new Error(`batch exited with ${batch.status}`);
  }
}
const stages = await stageShares(records);

const paragraph = join(dir, 'paragraph.txt');
writeFileSync(paragraph, records[0]);
const time = (args) => { const s = process.hrtime.bigint(); execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' }); return seconds(s); };
const winkLoad = `import('wink-nlp').then(async (w) => { const m = (await import('wink-eng-lite-web-model')).default; w.default(m, ['sbd', 'pos']).readDoc('Hello.'); });`;
const digestLoad = `Promise.all([import('wink-nlp'), import(${JSON.stringify(join(root, 'dist/pipeline/wink-model.js'))})]).then(([w, m]) => { w.default(m.winkModel(), ['sbd', 'pos']).readDoc('Hello.'); });`;
const cold = [], load = [], digested = [];
for (let i = 0; i < 7; i++) { cold.push(time([bin, 'analyze', paragraph])); load.push(time(['-e', winkLoad])); digested.push(time(['-e', digestLoad])); }
rmSync(dir, { recursive: true, force: true });

const rate = (s) => tokens / s;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${availableParallelism()} cores (nproc), ${cpu}, node ${process.version}; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
if (loadBefore > 0.5) console.log('note: the machine was busy before the run; the ratios are less reliable than on an idle machine');
console.log(`corpus: ${records.length} records, ${fmt(size)} characters, ${fmt(tokens)} tokens (paragraphs of corpus/ cycled); best of ${rounds} rounds`);
console.log(`bare wink-nlp readDoc           ${fmt(rate(best.wink)).padStart(10)} tokens/s  (${best.wink.toFixed(2)} s)`);
console.log(`wink-nlp, default pipeline     ${fmt(rate(best.winkDefault)).padStart(10)} tokens/s  (${best.winkDefault.toFixed(2)} s; for context: the line above runs sbd and pos, as framelens does)`);
console.log(`framelens analyze, one thread   ${fmt(rate(best.one)).padStart(10)} tokens/s  (${best.one.toFixed(2)} s)`);
console.log(`${'framelens analyze, one text'.padEnd(31)}${fmt(longTokens / best.long).padStart(10)} tokens/s  (${best.long.toFixed(2)} s: the first ${fmt(longText.length)} characters of records as one text; ${(longTokens / best.long / rate(best.one)).toFixed(2)}x the records' rate)`);
console.log(`${'bare wink-nlp, 1 warm thread'.padEnd(31)}${fmt(tokens / best.winkWorker).padStart(10)} tokens/s  (${best.winkWorker.toFixed(2)} s: readDoc in a worker thread that holds only wink)`);
console.log(`${'analyze, 1 warm thread'.padEnd(31)}${fmt(tokens / best.oneWorker).padStart(10)} tokens/s  (${best.oneWorker.toFixed(2)} s: a worker thread that holds only framelens, alone)`);
console.log(`${`analyze, ${jobs} warm threads`.padEnd(31)}${fmt((jobs * tokens) / best.two).padStart(10)} tokens/s  (${best.two.toFixed(2)} s for ${jobs}x the corpus: no I/O, the ceiling for batch)`);
console.log(`framelens batch, ${jobs} jobs       ${fmt(rate(best.batch)).padStart(10)} tokens/s  (${best.batch.toFixed(2)} s, whole command)`);
console.log(`framelens batch, 1 job         ${fmt(rate(best.batch1)).padStart(10)} tokens/s  (${best.batch1.toFixed(2)} s, whole command: start-up and a cold kernel included)`);
console.log(`framelens batch, no --jobs     ${fmt(rate(best.auto)).padStart(10)} tokens/s  (${best.auto.toFixed(2)} s, whole command: ${autoWorkers} worker${autoWorkers === 1 ? '' : 's'} for this input, one per ${BYTES_PER_WORKER / 1e6} MB)`);
console.log(`one thread, time by stage      ${stages}`);
console.log(`ratio one thread / bare wink    ${(best.wink / best.one).toFixed(2)}x  (target >= 0.5x; both in this process, whose heap also holds the corpus and a second wink instance)`);
console.log(`${'ratio, each in a worker thread'.padEnd(32)}${(best.winkWorker / best.oneWorker).toFixed(2)}x  (framelens / bare wink, each alone in a fresh worker thread)`);
console.log(`ratio all cores / one thread    ${(best.one / best.batch).toFixed(2)}x  (target >= 1.6x on 2 cores)`);
console.log(`${`ratio ${jobs} warm threads / one`.padEnd(32)}${((jobs * best.oneWorker) / best.two).toFixed(2)}x  (what ${jobs} cores give this work at best: worker threads on both sides)`);
console.log(`ratio all cores / batch 1 job   ${(best.batch1 / best.batch).toFixed(2)}x  (how the worker pool scales, start-up on both sides)`);
console.log(`ratio no --jobs / one thread    ${(best.one / best.auto).toFixed(2)}x  (the default batch)`);
console.log(`cold start: framelens analyze   ${(median(cold) * 1000).toFixed(0)} ms  (median of ${cold.length}, one paragraph)`);
console.log(`cold start: node + wink model   ${(median(load) * 1000).toFixed(0)} ms  (the package as it ships)`);
console.log(`cold start: node + wink, digest ${(median(digested) * 1000).toFixed(0)} ms  (the model as framelens loads it: core model from dist/wink-core.*)`);
console.log(`ratio cold start / wink load    ${(median(cold) / median(load)).toFixed(2)}x  (target <= 1.5x; ${(median(cold) / median(digested)).toFixed(2)}x the digested load: framelens's own start)`);
