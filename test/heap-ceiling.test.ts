import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HeapCeiling } from '../src/batch/heap-ceiling.js';

describe('HeapCeiling (batch workers)', () => {
  it('collects once the heap is past the ceiling, and not below it', () => {
    const heap = new HeapCeiling(1); // a 1 MB floor: any test process is above it
    let garbage: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i));
    const held = garbage.length;
    garbage = null;
    const before = getHeapStatistics().used_heap_size;
    heap.check();
    const after = getHeapStatistics().used_heap_size;
    expect(held).toBe(200);
    expect(after).toBeLessThan(before - 8 * 1048576); // about 16 MB of arrays were freed
    const ceiling = new HeapCeiling(1 << 20); // a 1 TB floor: never reached
    let more: number[][] | null = Array.from({ length: 100 }, () => Array.from({ length: 10_000 }, (_, i) => i));
    more = more.length ? null : more;
    const beforeHigh = getHeapStatistics().used_heap_size;
    ceiling.check();
    expect(getHeapStatistics().used_heap_size).toBeGreaterThanOrEqual(beforeHigh - 1048576); // no full collection ran
  });
});
