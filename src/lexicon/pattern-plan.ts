import { wordKey } from '../pipeline/normalize.js';
import type { PatternElement } from './pattern.js';

/** The words that can begin a sequence: stem keys, exact forms, POS tags. */
export type Starts = { keys: Set<string>; exact: Set<string>; pos: Set<string> };

/** Starts as plain lists, for JSON. */
export interface StartWords { keys: string[]; exact: string[]; pos: string[] }

/** Words one of which a sentence must hold: the stem keys and exact forms that can begin a required element. */
export interface MustWords { keys: string[]; exact: string[] }

/**
 * How the index holds a pattern: the words it is keyed by (its first words, or for an `anchored`
 * pattern a later, rarer element at `before` [min, max] words from any match start), the words that
 * can begin a match (`starts`, when certain), and the words a sentence must hold (`must`).
 */
export interface PatternPlan { keyedBy: StartWords; before?: [number, number]; starts?: StartWords; must: MustWords[] }

function collectStarts(seq: PatternElement[], from: number, out: Starts): boolean {
  for (let i = from; i < seq.length; i++) {
    const el = seq[i];
    if (el.t === 'gap') continue;
    if (el.t === 'word') {
      if (el.pos && el.keys.length + el.exact.length === 0) out.pos.add(el.pos);
      el.keys.forEach((k) => out.keys.add(k));
      el.exact.forEach((k) => out.exact.add(k));
    } else if (el.t === 'pos') out.pos.add(el.pos);
    else {
      let allOpen = true;
      for (const s of el.seqs) if (!collectStarts(s, 0, out)) allOpen = false;
      if (!allOpen && !el.opt) return true;
      continue;
    }
    if (!el.opt) return true;
  }
  return false;
}

const isWildcard = (el: PatternElement) => el.t === 'word' && !el.pos && el.keys.length + el.exact.length === 0;

/** Elements whose first word the collected starts pin down for certain: a word with a key, exact form or POS, a POS, or a group of sequences of such required elements. */
const pinned = (el: PatternElement): boolean =>
  el.t === 'alt' ? el.seqs.every((s) => s.length > 0 && s.every((e) => pinned(e) && !('opt' in e && e.opt))) : el.t !== 'gap' && !isWildcard(el);

/** The words that can begin seq[from..], when they are certain: pinned elements up to the first required one (no gap or wildcard before it); else undefined. */
export function certainStarts(seq: PatternElement[], from = 0): Starts | undefined {
  let required = false;
  for (let i = from; i < seq.length && !required; i++) {
    const el = seq[i];
    if (!pinned(el)) return undefined;
    required = !('opt' in el && el.opt);
  }
  if (!required) return undefined;
  const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
  collectStarts(seq, from, starts); // a superset of the starts of the elements up to the first required one
  return starts;
}

/** The most words an element can take, when bounded and its first word is one collectStarts finds: no gap, no wildcard, no group alternative that can be empty; else undefined. */
function maxWords(el: PatternElement): number | undefined {
  if (el.t === 'gap' || isWildcard(el)) return undefined;
  if (el.t !== 'alt') return 1;
  let most = 0;
  for (const s of el.seqs) {
    if (!s.some((e) => !('opt' in e && e.opt))) return undefined;
    let sum = 0;
    for (const e of s) {
      const n = maxWords(e);
      if (n === undefined) return undefined;
      sum += n;
    }
    most = Math.max(most, sum);
  }
  return most;
}

/** The fewest and most words an element can take (an optional one may take none); undefined for a group that can be empty. */
function span(el: PatternElement): [number, number] | undefined {
  const opt = 'opt' in el && el.opt;
  if (el.t === 'gap') return [0, el.max];
  if (el.t !== 'alt') return [opt ? 0 : 1, 1];
  let least = Infinity;
  let most = 0;
  for (const s of el.seqs) {
    let lo = 0;
    let hi = 0;
    for (const e of s) {
      const r = span(e);
      if (!r) return undefined;
      lo += r[0];
      hi += r[1];
    }
    if (lo === 0) return undefined;
    least = Math.min(least, lo);
    most = Math.max(most, hi);
  }
  return [opt ? 0 : least, most];
}

const COMMON_WORDS = ['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'and', 'or', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'this', 'that', 'these', 'those', 'their', 'our', 'we', 'they', 'he', 'she', 'his', 'her', 'as', 'from', 'will', 'would'];
const COMMON_KEYS = new Set(COMMON_WORDS.map(wordKey));
const COMMON_EXACT = new Set(COMMON_WORDS);

/** True when an element can begin with a very common word or any word of a POS, so it makes a poor anchor. */
const common = (starts: Starts) => starts.pos.size > 0 || [...starts.keys].some((k) => COMMON_KEYS.has(k)) || [...starts.exact].some((k) => COMMON_EXACT.has(k));

/**
 * An anchor for a pattern: a required element whose starts are certain, at a bounded distance
 * [min, max] (in words) from the start of any match; chosen to avoid common words, so a pattern led
 * by optional elements or by "the ..." is not tried at every "the". Undefined when the plain index
 * is as good. A match from word s then has the anchor at a word in [s + min, s + max].
 */
function anchorOf(seq: PatternElement[]): { starts: Starts; min: number; max: number } | undefined {
  let first = 0;
  while (first < seq.length && 'opt' in seq[first] && (seq[first] as { opt?: true }).opt) first++;
  if (first === seq.length) return undefined;
  for (let i = 0; i <= first; i++) if (maxWords(seq[i]) === undefined) return undefined; // a lead that collectStarts reads in full
  let fallback: { starts: Starts; min: number; max: number } | undefined;
  let min = 0;
  let max = 0;
  for (let k = 0; k < seq.length; k++) {
    const el = seq[k];
    if (k >= first && pinned(el) && !('opt' in el && el.opt)) {
      const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
      collectStarts([el], 0, starts);
      const anchor = { starts, min, max };
      if (!common(starts)) return k === 0 ? undefined : anchor;
      if (k === first && first > 0) fallback = anchor;
    }
    const r = span(el);
    if (!r) break;
    min += r[0];
    max += r[1];
  }
  return fallback;
}

/** How likely a sentence is to hold one of the words: a very common word counts as near certain, a short word as likelier than a long one. */
function commonness(m: MustWords): number {
  let cost = 0;
  for (const k of m.keys) cost += COMMON_KEYS.has(k) ? 100 : k.length <= 3 ? 3 : 1;
  for (const e of m.exact) cost += COMMON_EXACT.has(e) ? 100 : e.length <= 3 ? 3 : 1;
  return cost;
}

/** The rarest words a match of seq must hold: the must-words of its least common required element; undefined when none is pinned to words. */
function rarestMust(seq: PatternElement[]): MustWords | undefined {
  let best: MustWords | undefined;
  for (const el of seq) {
    if (('opt' in el && el.opt) || el.t === 'gap') continue;
    const m = mustOf(el);
    if (m && (!best || commonness(m) < commonness(best))) best = m;
  }
  return best;
}

/**
 * Words one of which a sentence holds when a required element matches: a word's own forms; for a
 * group, the rarest required word of each alternative ("(out of the loop|in the dark)" gives
 * loop|dark, not out|in, which nearly every sentence holds), or else the words that begin one.
 */
function mustOf(el: PatternElement): MustWords | undefined {
  if (el.t === 'alt') {
    const keys = new Set<string>();
    const exact = new Set<string>();
    let all = true;
    for (const s of el.seqs) {
      const m = rarestMust(s);
      if (!m) { all = false; break; }
      m.keys.forEach((k) => keys.add(k));
      m.exact.forEach((e) => exact.add(e));
    }
    if (all) return { keys: [...keys], exact: [...exact] };
  }
  if (!pinned(el)) return undefined;
  const starts = certainStarts([el]);
  return starts && starts.pos.size === 0 ? { keys: [...starts.keys], exact: [...starts.exact] } : undefined;
}

/** For each required element pinned to words: the words a sentence must hold one of (see mustOf). */
function mustWords(seq: PatternElement[]): MustWords[] {
  const must: MustWords[] = [];
  for (const el of seq) {
    if (('opt' in el && el.opt) || el.t === 'gap') continue;
    const m = mustOf(el);
    if (m) must.push(m);
  }
  return must;
}

const lists = (s: Starts): StartWords => ({ keys: [...s.keys], exact: [...s.exact], pos: [...s.pos] });

/**
 * The must-lists a sentence prefilter needs: without the one the pattern is keyed by (its words are
 * there when it is tried), shortest first (a failing check ends sooner).
 */
function mustBesides(must: MustWords[], keyedBy: StartWords): MustWords[] {
  const keyed = new Set([...keyedBy.keys.map((k) => `k:${k}`), ...keyedBy.exact.map((k) => `e:${k}`)]);
  const isKey = (m: MustWords) => keyedBy.pos.length === 0 && m.keys.length + m.exact.length === keyed.size &&
    [...m.keys.map((k) => `k:${k}`), ...m.exact.map((k) => `e:${k}`)].every((k) => keyed.has(k));
  return must.filter((m) => !isKey(m)).sort((a, b) => a.keys.length + a.exact.length - (b.keys.length + b.exact.length));
}

/** Plan how the index will hold a pattern (computed once, when the pattern is compiled, and kept in the compiled lexicon). */
export function planPattern(seq: PatternElement[]): PatternPlan {
  const must = mustWords(seq);
  const anchor = anchorOf(seq);
  if (anchor) {
    const starts = certainStarts(seq);
    const keyedBy = lists(anchor.starts);
    return { keyedBy, before: [anchor.min, anchor.max], ...(starts ? { starts: lists(starts) } : {}), must: mustBesides(must, keyedBy) };
  }
  const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
  collectStarts(seq, 0, starts);
  const keyedBy = lists(starts);
  return { keyedBy, must: mustBesides(must, keyedBy) };
}
