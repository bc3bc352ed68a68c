// A worker of `npm run bench`'s ceiling measurement: loads framelens, warms up on the records the one-thread loop warms up on,
// says it is ready, then analyses every record once when told to go and reports when it is done.
import { parentPort, workerData } from 'node:worker_threads';

const { analyze } = await import(workerData.analyzeModule);
const records = workerData.records;
for (const t of workerData.warmUp) analyze(t); // as the one-thread loop warms up
parentPort.on('message', () => {
  for (const t of records) analyze(t);
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');
