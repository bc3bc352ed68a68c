import type { PatternIndex } from '../lexicon/pattern-index.js';

/**
 * Per-index scratch arrays of the matcher (match.ts), reused across calls: a text's marks are told apart by stamps that only grow
 * (a sentence's stamp, a word's global position), so nothing is allocated or cleared per text.
 */
export interface Scratch { present: Int32Array; checkedIn: Int32Array; passed: Uint8Array; triedAt: Int32Array; triedUpTo: Int32Array; sentenceBase: number; wordBase: number }
const scratches = new WeakMap<object, Scratch>();
const STAMP_LIMIT = 1_000_000_000; // stamps are Int32: start over (clear once) before they get near 2^31

/** The scratch arrays of an index for a text of `words` words: made on first use, and again when the stamps near the Int32 limit. */
export function scratchFor(index: PatternIndex<unknown>, words: number): Scratch {
  let s = scratches.get(index);
  if (!s || s.sentenceBase + words > STAMP_LIMIT || s.wordBase + words > STAMP_LIMIT) {
    s = { present: new Int32Array(index.idLimit).fill(-1), checkedIn: new Int32Array(index.size).fill(-1), passed: new Uint8Array(index.size),
      triedAt: new Int32Array(index.size).fill(-1), triedUpTo: new Int32Array(index.size).fill(-1), sentenceBase: 0, wordBase: 0 };
    scratches.set(index, s);
  }
  return s;
}
