import { mustAtOf, startIdsOf, type IndexedPattern, type PatternIndex } from '../lexicon/pattern-index.js';
import { matchAt, mayHavePassedOver, startsAt } from './match-pattern.js';
import { runSequence } from './match-program.js';
import { scratchFor } from './match-scratch.js';
import type { WordStream } from './words.js';

/** A pattern match over words [first, last] (inclusive word indices); `elastic` when only passing over an adverb between its words made it (match-pattern.ts, matchFrom); `joined`: the markers of overlapping matches whose words it took in (resolve-overlaps.ts). */
export interface PatternMatch<T> { item: T; first: number; last: number; order: number; source: string; elastic?: boolean; joined?: string[] }

/**
 * A match made at word `first` and ending before `end`. When the pattern also matches as written from `first`,
 * that match is kept (an adverb passed over may only add what the pattern as written misses: "constructive
 * (and)? (productive)?" keeps "constructive and", in its rank, in "constructive and very productive");
 * else it is marked elastic when it needed to pass over an adverb.
 */
function matchFrom<T>(entry: IndexedPattern<T>, first: number, end: number, ws: WordStream, limit: number, elastic: boolean): PatternMatch<T> {
  const m: PatternMatch<T> = { item: entry.item, first, last: end - 1, order: entry.order, source: entry.pattern.source };
  if (!elastic || !mayHavePassedOver()) return m;
  const written = matchAt(runOf(entry), ws, first, limit);
  if (written > first) m.last = written - 1;
  else m.elastic = true;
  return m;
}

/** An entry's pattern as the matcher runs it, made on its first try (most patterns are never tried in a short text). */
function runOf<T>(entry: IndexedPattern<T>) {
  return (entry.seq ??= runSequence(entry.pattern.seq));
}

/** Run every pattern of the index over the word stream in one pass; matches stay inside one sentence. With `only`, just the sentences it marks 1 (by sentence index). */
export function matchIndex<T>(index: PatternIndex<T>, ws: WordStream, only?: Uint8Array): PatternMatch<T>[] {
  const out: PatternMatch<T>[] = [];
  // Sentence prefilter: a pattern is tried in a sentence only when the sentence holds a word of each of its required elements.
  const { entries, idLimit, elastic, min: minBefore, max: maxBefore } = index; // every word id the index uses is below idLimit
  let lastAdverb = -1; // the last adverb before the current word: without one in its window, an anchored match begins no further back than as written
  const scratch = scratchFor(index, ws.count + 1);
  const { present, checkedIn, passed, triedAt, triedUpTo } = scratch; // by word id: the stamp of the last sentence that holds the word; by entry order: the rest
  const sentenceBase = scratch.sentenceBase;
  const wordBase = scratch.wordBase;
  scratch.sentenceBase += ws.count + 1; // a text has at most one sentence per word
  scratch.wordBase += ws.count + 1;
  let sentence = -1; // the current sentence's stamp
  const possible = (o: number) => { // on the entry's first visit in the sentence: does the sentence hold a word of each of its must-lists?
    if (checkedIn[o] === sentence) return passed[o] === 1;
    checkedIn[o] = sentence;
    let k = index.mustAt[o] >= 0 ? index.mustAt[o] : mustAtOf(index, o);
    const mustIds = index.must;
    let lists = mustIds[k++];
    let ok = 1;
    for (; lists > 0 && ok; lists--) { // each list: one of its words must be in the sentence
      const end = k + 1 + mustIds[k];
      ok = 0;
      for (k++; k < end; k++) if (present[mustIds[k]] === sentence) { ok = 1; break; }
      k = end;
    }
    passed[o] = ok;
    return ok === 1;
  };
  const mark = (id: number) => { if (id >= 0 && id < idLimit) present[id] = sentence; };
  const tryList = (list: Int32Array | undefined, w: number, limit: number) => {
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      if (triedAt[o] === wordBase + w || !possible(o)) continue;
      triedAt[o] = wordBase + w;
      const entry = entries[o];
      const end = matchAt(runOf(entry), ws, w, limit, elastic);
      if (end > w) out.push(matchFrom(entry, w, end, ws, limit, elastic));
    }
  };
  const tryAnchored = (list: Int32Array | undefined, w: number, first: number, limit: number) => { // anchored entries: starts tried only grow
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      if (!possible(o)) continue;
      const entry = entries[o];
      const starts = entry.starts !== undefined ? entry.starts : startIdsOf(entry);
      let from = w - maxBefore[o]; // each adverb in the window may be passed over, one per gap: the window reaches one word further back for it
      if (elastic && lastAdverb >= first && lastAdverb >= from) for (let v = w - 1; v >= from && v >= first; v--) if (ws.pos[v] === 'ADV') from--;
      for (let s = Math.max(first, from, triedUpTo[o] - wordBase + 1); s <= w - minBefore[o]; s++) {
        triedUpTo[o] = wordBase + s;
        if (starts && !startsAt(starts, ws, s, limit)) continue; // no match can begin at this word
        const end = matchAt(runOf(entry), ws, s, limit, elastic);
        if (end > s) out.push(matchFrom(entry, s, end, ws, limit, elastic));
      }
    }
  };
  const { keyId: kId, lemmaId: lId, exactId: eId } = ws;
  const plain = index.plain.byId;
  const anchored = index.anchored.byId;
  const plainByPos = index.plain.byPos.size > 0 ? index.plain.byPos : undefined;
  const anchoredByPos = index.anchored.byPos.size > 0 ? index.anchored.byPos : undefined;
  for (let w = 0; w < ws.count; w++) {
    const limit = ws.sentenceFirstWord[ws.sentence[w] + 1];
    if (only !== undefined && only[ws.sentence[w]] !== 1) { w = limit - 1; continue; }
    if (sentenceBase + ws.sentence[w] !== sentence) {
      sentence = sentenceBase + ws.sentence[w];
      for (let v = w; v < limit; v++) { mark(kId[v]); mark(lId[v]); mark(eId[v]); }
    }
    const k = kId[w];
    const l = lId[w];
    const e = eId[w];
    if (k >= 0 && k < idLimit) tryList(plain[k], w, limit);
    if (l >= 0 && l < idLimit) tryList(plain[l], w, limit);
    if (e >= 0 && e < idLimit) tryList(plain[e], w, limit);
    if (plainByPos !== undefined) tryList(plainByPos.get(ws.pos[w]), w, limit);
    const first = ws.sentenceFirstWord[ws.sentence[w]]; // anchored patterns, at their anchor
    if (k >= 0 && k < idLimit) tryAnchored(anchored[k], w, first, limit);
    if (l >= 0 && l < idLimit) tryAnchored(anchored[l], w, first, limit);
    if (e >= 0 && e < idLimit) tryAnchored(anchored[e], w, first, limit);
    if (anchoredByPos !== undefined) tryAnchored(anchoredByPos.get(ws.pos[w]), w, first, limit);
    if (ws.pos[w] === 'ADV') lastAdverb = w;
  }
  return out;
}
