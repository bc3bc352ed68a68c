// A worker of `npm run bench`'s thread measurements: loads framelens (or, in mode "wink", the wink-nlp instance framelens
// uses), warms up on the records the one-thread loop warms up on, says it is ready, then reads every record once when told
// to go and reports when it is done. A worker holds only what it measures: no corpus copies, no second wink instance.
import { parentPort, workerData } from 'node:worker_threads';

const { records, warmUp, mode } = workerData;
let run;
if (mode === 'wink') {
  const { wink } = await import(workerData.readByDocModule);
  const nlp = wink();
  run = (t) => nlp.readDoc(t);
} else {
  const { analyze } = await import(workerData.analyzeModule);
  run = analyze;
}
for (const t of warmUp) run(t); // as the one-thread loop warms up
parentPort.on('message', () => {
  for (const t of records) run(t);
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');
