import type { PatternElement } from '../lexicon/pattern.js';
import type { StartIds } from '../lexicon/pattern-index.js';
import { certainStarts, type Starts } from '../lexicon/pattern-plan.js';
import type { WordStream } from './words.js';

// Matching one compiled pattern at one word: the elements (words, POS slots, optional parts, gaps,
// groups of alternatives) against the word stream, with backtracking and no allocation.

function wordMatches(el: Extract<PatternElement, { t: 'word' }>, ws: WordStream, w: number): boolean {
  if (el.pos && ws.pos[w] !== el.pos) return false;
  if (el.keys.length === 0 && el.exact.length === 0) return true;
  return el.keys.includes(ws.key[w]) || el.keys.includes(ws.lemmaKey[w]) || el.exact.includes(ws.exact[w]);
}

type Alt = Extract<PatternElement, { t: 'alt' }>;
const altStarts = new WeakMap<Alt, Starts | null>();

/** The words that can begin any alternative of a group, when certain (cached per group); null when any alternative may begin otherwise. */
function groupStarts(el: Alt): Starts | null {
  let starts = altStarts.get(el);
  if (starts === undefined) {
    const all = el.seqs.map((s) => certainStarts(s));
    starts = all.every((s) => s) ? { keys: new Set(all.flatMap((s) => [...s!.keys])), exact: new Set(all.flatMap((s) => [...s!.exact])), pos: new Set(all.flatMap((s) => [...s!.pos])) } : null;
    altStarts.set(el, starts);
  }
  return starts;
}

/** True when word w can begin a sequence with these starts (the index's own test: stem key, lemma key, exact form, POS). */
function canStart(starts: Starts, ws: WordStream, w: number, limit: number): boolean {
  return w < limit && (starts.keys.has(ws.key[w]) || starts.keys.has(ws.lemmaKey[w]) || starts.exact.has(ws.exact[w]) || starts.pos.has(ws.pos[w]));
}

/** canStart by word ids: true when word w's stem key, base-form key or exact form is one of `ids`, or its POS one of `pos`. */
export function startsAt(starts: StartIds, ws: WordStream, w: number, limit: number): boolean {
  if (w >= limit) return false;
  const { ids } = starts;
  const k = ws.keyId[w];
  const l = ws.lemmaId[w];
  const e = ws.exactId[w];
  for (let i = 0; i < ids.length; i++) { const id = ids[i]; if (id === k || id === l || id === e) return true; } // ids are >= 0; unknown words are -1
  return starts.pos.length > 0 && starts.pos.includes(ws.pos[w]);
}

/**
 * Continuations of the alternative groups being matched: frame d is "go on with kSeq[d] from element kI[d]".
 * A stack instead of closures: matching allocates nothing. A frame is written when a group is entered
 * and the one it overwrites is restored when that attempt returns, so backtracking sees the stack as it was.
 */
const kSeq: PatternElement[][] = [];
const kI: number[] = [];
/** The word stream and sentence end of the pattern being matched (set by matchAt). */
let cur: WordStream;
let curLimit = 0;

/** Match seq[i..] at word w, then the pending continuations 0..d-1 (top last); returns the end (exclusive) or -1. Bounded: gaps are few and short. */
function matchSeq(seq: PatternElement[], i: number, w: number, d: number): number {
  const ws = cur;
  const limit = curLimit;
  for (; i < seq.length; i++, w++) { // fast path: required words in a row, no backtracking
    const el = seq[i];
    if (el.t === 'gap' || el.t === 'alt' || el.opt) break;
    if (w >= limit || !(el.t === 'pos' ? ws.pos[w] === el.pos : wordMatches(el, ws, w))) return -1;
  }
  if (i === seq.length) return d === 0 ? w : matchSeq(kSeq[d - 1], kI[d - 1], w, d - 1);
  const el = seq[i];
  if (el.t === 'gap') {
    for (let g = 0; g <= el.max && w + g <= limit; g++) {
      const r = matchSeq(seq, i + 1, w + g, d);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (el.t === 'alt') { // a group's alternatives go on into the rest of the sequence: push it as a continuation
    const starts = groupStarts(el);
    if (!starts || canStart(starts, ws, w, limit)) { // skip a group none of whose alternatives can begin here
      const savedSeq = kSeq[d];
      const savedI = kI[d];
      kSeq[d] = seq;
      kI[d] = i + 1;
      let r = -1;
      for (let a = 0; a < el.seqs.length && r < 0; a++) r = matchSeq(el.seqs[a], 0, w, d + 1);
      kSeq[d] = savedSeq;
      kI[d] = savedI;
      if (r >= 0) return r;
    }
    return el.opt ? matchSeq(seq, i + 1, w, d) : -1;
  }
  if (w < limit && (el.t === 'pos' ? ws.pos[w] === el.pos : wordMatches(el, ws, w))) {
    const r = matchSeq(seq, i + 1, w + 1, d);
    if (r >= 0) return r;
  }
  return el.opt ? matchSeq(seq, i + 1, w, d) : -1;
}

/** Match a whole pattern at word w of ws, inside [w, limit); returns the end (exclusive) or -1. */
export function matchAt(seq: PatternElement[], ws: WordStream, w: number, limit: number): number {
  cur = ws;
  curLimit = limit;
  return matchSeq(seq, 0, w, 0);
}
