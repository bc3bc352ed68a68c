import type { StartIds } from '../lexicon/pattern-index.js';
import { KEEPS_MEANING } from './meaning-adverbs.js';
import { Run, type RunElement } from './match-program.js';
import type { WordStream } from './words.js';

// Matching one pattern at one word: its run elements (match-program.ts: words as word ids, POS slots,
// optional parts, gaps, groups of alternatives) against the word stream, with backtracking and no allocation.

/** True when word w's stem key, base-form key or exact form is one of `ids` (ids are >= 0; words no lexicon names are -1). */
function hasId(ids: Int32Array, ws: WordStream, w: number): boolean {
  const k = ws.keyId[w];
  const l = ws.lemmaId[w];
  const e = ws.exactId[w];
  for (let i = 0; i < ids.length; i++) { const id = ids[i]; if (id === k || id === l || id === e) return true; }
  return false;
}

/** True when word w fits a Word or Pos element. */
function fits(el: RunElement, ws: WordStream, w: number): boolean {
  if (el.pos !== null && ws.pos[w] !== el.pos) return false;
  return el.t === Run.Pos || el.any || hasId(el.ids!, ws, w);
}

/** True when word w can begin a match with these starts (an anchored pattern's, a group's): stem key, base-form key, exact form, or POS. */
export function startsAt(starts: StartIds, ws: WordStream, w: number, limit: number): boolean {
  if (w >= limit) return false;
  return hasId(starts.ids, ws, w) || (starts.pos.length > 0 && starts.pos.includes(ws.pos[w]));
}

/**
 * Continuations of the alternative groups being matched: frame d is "go on with kSeq[d] from element kI[d]".
 * A stack instead of closures: matching allocates nothing. A frame is written when a group is entered
 * and the one it overwrites is restored when that attempt returns, so backtracking sees the stack as it was.
 */
const kSeq: RunElement[][] = [];
const kI: number[] = [];
/** The word stream and sentence end of the pattern being matched (set by matchAt). */
let cur: WordStream;
let curLimit = 0;
/** The first word of the match being tried, and whether an adverb may stand between its words (set by matchAt). */
let curStart = 0;
let curElastic = false;
/** Whether the last matchAt passed over an adverb anywhere it tried (so its match may need one; when false it surely did not). */
let curPassed = false;

/** False when the last matchAt surely matched as written, passing over no adverb (match.ts then needs no second try to tell). */
export function mayHavePassedOver(): boolean {
  return curPassed;
}


/**
 * True when word w is an adverb put in before the verb or adjective a pattern element wants at
 * w + 1 ("has provoked" -> "has repeatedly provoked", "very positive" -> "very, very positive").
 * Not at the match's first word, and never a negator or diminisher (KEEPS_MEANING). Adjectives are
 * not passed over: they narrow what a noun names ("the bodies of medieval soldiers"), and on the dev
 * split passing over them added five spans no gold holds.
 */
function passesOver(ws: WordStream, w: number): boolean {
  if (!curElastic || w === curStart || w + 1 >= curLimit || ws.pos[w] !== 'ADV') return false;
  const next = ws.pos[w + 1];
  return (next === 'VERB' || next === 'AUX' || next === 'ADJ') && !KEEPS_MEANING.has(ws.exact[w]);
}

/** False when an alternative surely cannot begin at word w: its first element is a required word that is neither at w nor after an adverb passed over there (a call saved per alternative). */
function mayBegin(seq: RunElement[], ws: WordStream, w: number, limit: number): boolean {
  const el = seq[0];
  if (el === undefined || el.t !== Run.Word || el.opt || el.any) return true;
  if (w < limit && fits(el, ws, w)) return true;
  return passesOver(ws, w) && fits(el, ws, w + 1);
}

/** Match seq[i..] at word w, then the pending continuations 0..d-1 (top last); returns the end (exclusive) or -1. Bounded: gaps are few and short. */
function matchSeq(seq: RunElement[], i: number, w: number, d: number): number {
  const ws = cur;
  const limit = curLimit;
  for (; i < seq.length; i++, w++) { // fast path: required words in a row, no backtracking
    const el = seq[i];
    if (el.t >= Run.Gap || el.opt) break;
    if (w >= limit) return -1;
    if (!fits(el, ws, w)) {
      if (el.t !== Run.Word || el.any || !passesOver(ws, w) || !fits(el, ws, w + 1)) return -1;
      w++; // an adverb passed over: the element is the next word
      curPassed = true;
    }
  }
  if (i === seq.length) return d === 0 ? w : matchSeq(kSeq[d - 1], kI[d - 1], w, d - 1);
  const el = seq[i];
  if (el.t === Run.Gap) {
    for (let g = 0; g <= el.max && w + g <= limit; g++) {
      const r = matchSeq(seq, i + 1, w + g, d);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (el.t === Run.Alt) { // a group's alternatives go on into the rest of the sequence: push it as a continuation
    if (el.starts === null || startsAt(el.starts, ws, w, limit) || (passesOver(ws, w) && startsAt(el.starts, ws, w + 1, limit))) { // skip a group none of whose alternatives can begin here
      const savedSeq = kSeq[d];
      const savedI = kI[d];
      kSeq[d] = seq;
      kI[d] = i + 1;
      const seqs = el.seqs!;
      let r = -1;
      for (let a = 0; a < seqs.length && r < 0; a++) if (mayBegin(seqs[a], ws, w, limit)) r = matchSeq(seqs[a], 0, w, d + 1);
      kSeq[d] = savedSeq;
      kI[d] = savedI;
      if (r >= 0) return r;
    }
    return el.opt ? matchSeq(seq, i + 1, w, d) : -1;
  }
  if (w < limit && fits(el, ws, w)) {
    const r = matchSeq(seq, i + 1, w + 1, d);
    if (r >= 0) return r;
  } else if (el.t === Run.Word && !el.any && w < limit && passesOver(ws, w) && fits(el, ws, w + 1)) {
    curPassed = true;
    const r = matchSeq(seq, i + 1, w + 2, d);
    if (r >= 0) return r;
  }
  return el.opt ? matchSeq(seq, i + 1, w, d) : -1;
}

/** Match a whole pattern (its run elements) at word w of ws, inside [w, limit); returns the end (exclusive) or -1. */
export function matchAt(seq: RunElement[], ws: WordStream, w: number, limit: number, elastic = false): number {
  cur = ws;
  curLimit = limit;
  curStart = w;
  curElastic = elastic;
  curPassed = false;
  return matchSeq(seq, 0, w, 0);
}
