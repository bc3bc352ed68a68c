import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A ceiling on a worker's heap. V8 lets the old generation grow to about three times what a full
 * collection leaves before it collects again: a batch worker (about 31 MB live: the wink-nlp model,
 * the lexicon, the caches) swings between 31 and 97 MB, and with two workers and the main thread
 * that is most of the 400 MB a batch may use. Called between record groups, `check` runs a full
 * collection once the heap is past `max(floorMb, 2 x what the last one left)`: about 40 ms every
 * few seconds, and the heap stays under the floor in a normal run. A worker whose live data is
 * larger (a big lexicon, a huge record) raises its own ceiling instead of collecting after every group.
 */
export class HeapCeiling {
  private readonly gc: () => void;
  private ceiling: number;

  constructor(private readonly floorMb: number) {
    setFlagsFromString('--expose-gc'); // process-wide and harmless; the function is then reachable from a new context
    this.gc = runInNewContext('gc') as () => void;
    this.ceiling = floorMb * 1048576;
  }

  /** Collect when the heap is above the ceiling; then set the next ceiling from what is left. */
  check(): void {
    if (getHeapStatistics().used_heap_size <= this.ceiling) return;
    this.gc();
    this.ceiling = Math.max(this.floorMb * 1048576, 2 * getHeapStatistics().used_heap_size);
  }
}
