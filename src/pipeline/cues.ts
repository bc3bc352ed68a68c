import type { PatternIndex } from '../lexicon/pattern-index.js';
import type { StanceList } from '../lexicon/types.js';
import { matchIndex } from './match.js';
import type { WordStream } from './words.js';

/** A stance cue found in the text, over words [first, last]. */
export interface Cue { list: StanceList; first: number; last: number }

/** Stance cues of one text, by list, each sorted by position with overlaps resolved to the longest. */
export type Cues = Record<StanceList, Cue[]>;

/** A cue's words in matching form, one space apart ("it is possible", "the war"). */
export function cueWords(ws: WordStream, c: Cue): string {
  let s = ws.exact[c.first];
  for (let w = c.first + 1; w <= c.last; w++) s += ` ${ws.exact[w]}`;
  return s;
}

/** Find every stance cue (negators, hedges, reporting verbs, sources ...) in one pass over the words. */
export function findCues(index: PatternIndex<StanceList>, ws: WordStream, lists: readonly StanceList[]): Cues {
  const cues = {} as Cues; // added key by key in the same order each time, so every Cues object has one shape (Object.fromEntries made a new dictionary per text)
  for (const l of lists) cues[l] = [];
  for (const m of matchIndex(index, ws)) cues[m.item].push({ list: m.item, first: m.first, last: m.last });
  for (const l of lists) cues[l] = longestFirst(cues[l]);
  return cues;
}

/** Keep the longest of overlapping cues, in text order. */
function longestFirst(list: Cue[]): Cue[] {
  list.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Cue[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && c.first <= prev.last) continue;
    out.push(c);
  }
  return out;
}
