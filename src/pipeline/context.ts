import type { Modifier } from '../taxonomy.js';
import type { Cue, Cues } from './cues.js';
import type { WordStream } from './words.js';

/** How far before a marker a negator still reaches, in words (and never past the clause). */
export const NEGATION_REACH = 6;

/** A context cue applied to a marker: which modifier and the words that triggered it. */
export interface AppliedCue { modifier: Modifier; first: number; last: number }

function inClause(ws: WordStream, cue: Cue, first: number, last: number): boolean {
  const c = ws.clause[cue.last < first ? cue.last : cue.first];
  return c === ws.clause[first] || c === ws.clause[last];
}

/** First cue of a sorted list that satisfies `ok`, found by binary search around the marker's sentence. */
function findCue(list: Cue[], ws: WordStream, first: number, last: number, ok: (c: Cue) => boolean): Cue | undefined {
  const s = ws.sentence[first];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ws.sentence[list[mid].last] < s) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < list.length && ws.sentence[list[i].first] <= ws.sentence[last]; i++) if (ok(list[i])) return list[i];
  return undefined;
}

/** Stage 7, apply context: a negator before the marker in its clause (not one inside the marker), hedges and boosters in its clause. */
export function contextOf(ws: WordStream, cues: Cues, first: number, last: number): AppliedCue[] {
  const applied: AppliedCue[] = [];
  const outside = (c: Cue) => c.last < first || c.first > last;
  const neg = findCue(cues.negators, ws, first, last, (c) => c.last < first && first - c.last <= NEGATION_REACH && inClause(ws, c, first, last));
  if (neg) applied.push({ modifier: 'negated', first: neg.first, last: neg.last });
  const hedge = findCue(cues.hedges, ws, first, last, (c) => outside(c) && inClause(ws, c, first, last));
  if (hedge) applied.push({ modifier: 'hedged', first: hedge.first, last: hedge.last });
  const boost = findCue(cues.boosters, ws, first, last, (c) => outside(c) && inClause(ws, c, first, last));
  if (boost) applied.push({ modifier: 'boosted', first: boost.first, last: boost.last });
  return applied;
}
