import type { PatternElement } from './pattern-element.js';
import { mustBesides, mustWords, type MustWords } from './must-words.js';
import { certainStarts, collectStarts, isWildcard, pinned, type Starts, type StartWords } from './pattern-starts.js';
import { rarity } from './sentence-rarity.js';

/**
 * How the index holds a pattern: the words it is keyed by (its first words, or for an `anchored`
 * pattern a later, rarer element at `before` [min, max] words from any match start), the words that
 * can begin a match (`starts`, when certain), and the words a sentence must hold (`must`).
 */
export interface PatternPlan { keyedBy: StartWords; before?: [number, number]; starts?: StartWords; must: MustWords[] }

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

/**
 * An anchor for a pattern: a required element whose starts are certain, at a bounded distance
 * [min, max] (in words) from the start of any match: the one whose words sentences hold least often
 * (see sentence-rarity.ts), weighed by how wide its window is, so a pattern led by optional elements, by "the ..." or
 * by "Ukraine ..." is not tried at every "the" or "Ukraine". Undefined when the first element is the
 * best (the plain index). A match from word s then has the anchor at a word in [s + min, s + max].
 */
function anchorOf(seq: PatternElement[]): { starts: Starts; min: number; max: number } | undefined {
  let first = 0;
  while (first < seq.length && 'opt' in seq[first] && (seq[first] as { opt?: true }).opt) first++;
  if (first === seq.length) return undefined;
  for (let i = 0; i <= first; i++) if (maxWords(seq[i]) === undefined) return undefined; // a lead that collectStarts reads in full
  let best: { starts: Starts; min: number; max: number; k: number; cost: number } | undefined;
  let min = 0;
  let max = 0;
  for (let k = 0; k < seq.length; k++) {
    const el = seq[k];
    if (k >= first && pinned(el) && !('opt' in el && el.opt)) {
      const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
      collectStarts([el], 0, starts);
      const cost = rarity(starts.keys, starts.exact, starts.pos.size > 0) * (1 + (max - min) / 4); // a wider window tries more starts at each anchor
      if (!best || cost < best.cost) best = { starts, min, max, k, cost };
    }
    const r = span(el);
    if (!r) break;
    min += r[0];
    max += r[1];
  }
  return best && best.k > 0 ? best : undefined;
}

const lists = (s: Starts): StartWords => ({ keys: [...s.keys], exact: [...s.exact], pos: [...s.pos] });

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
