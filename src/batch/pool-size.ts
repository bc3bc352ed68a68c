/**
 * How many workers a batch may run (the pool starts them as records wait: pool.ts). With `--jobs N`
 * it is N. By default it is one per BYTES_PER_WORKER
 * of input, at least one and at most the number of cores: a worker costs about 0.2 s of CPU to load
 * the model and the lexicons, and it warms up its own compiled code (the first thousand records run
 * two to three times slower), so on two cores a second worker only pays for itself from about
 * 4 MB of input (`npm run bench`; docs/history/benchmarks.md, "What the ratios mean"). For stdin, whose size is not known in advance,
 * the pool grows as the input is read.
 */
export const BYTES_PER_WORKER = 2_000_000;

/** What decides the pool size: a fixed count (`--jobs`), or at most `max` workers sized to the input. */
export type PoolSizing = { fixed: number } | { max: number };

/**
 * Workers wanted for an input of `inputBytes` (its whole size when `known`). For a stream (stdin),
 * `inputBytes` is what has been read so far, and a stream that has delivered that much is taken to
 * hold BYTES_PER_WORKER more: a second worker starts once 2 MB have been read.
 */
export function workersFor(sizing: PoolSizing, inputBytes: number, known = true): number {
  if ('fixed' in sizing) return sizing.fixed;
  const expected = known ? inputBytes : inputBytes + BYTES_PER_WORKER;
  return Math.max(1, Math.min(sizing.max, Math.floor(expected / BYTES_PER_WORKER)));
}
