import type { Cue } from './cues.js';

/** How many cues (sorted by first word) begin before word w, by binary search. */
function beginBefore(cues: { c: Cue }[], w: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cues[mid].c.first < w) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The last cue (cues sorted by first word) that ends before word w: a scan back from the cues that begin before w. */
export function lastCueBefore<T extends { c: Cue }>(cues: T[], w: number): T | undefined {
  for (let i = beginBefore(cues, w) - 1; i >= 0; i--) if (cues[i].c.last < w) return cues[i];
  return undefined;
}

/** The first cue (cues sorted by first word) that begins after word w. */
export function firstCueAfter<T extends { c: Cue }>(cues: T[], w: number): T | undefined {
  return cues[beginBefore(cues, w + 1)];
}
