import type { PatternElement } from './pattern-element.js';
import { certainStarts, pinned, type StartWords } from './pattern-starts.js';
import { rarity } from './sentence-rarity.js';

// The sentence prefilter's word lists: a pattern is tried in a sentence only when the sentence
// holds a word of each list (pipeline/match.ts), so each list should be as rare as the pattern allows.

/** Words one of which a sentence must hold for a match: stem keys and exact forms that a required element's match contains. */
export interface MustWords { keys: string[]; exact: string[] }

/** The rarest words a match of seq must hold: the must-words of its least common required element; undefined when none is pinned to words. */
function rarestMust(seq: PatternElement[]): MustWords | undefined {
  let best: MustWords | undefined;
  for (const m of mustWords(seq)) if (!best || rarity(m.keys, m.exact) < rarity(best.keys, best.exact)) best = m;
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
export function mustWords(seq: PatternElement[]): MustWords[] {
  const must: MustWords[] = [];
  for (const el of seq) {
    if (('opt' in el && el.opt) || el.t === 'gap') continue;
    const m = mustOf(el);
    if (m) must.push(m);
  }
  return must;
}

/**
 * The must-lists a sentence prefilter needs: without the one the pattern is keyed by (its words are
 * there when it is tried), rarest first (a failing check ends sooner).
 */
export function mustBesides(must: MustWords[], keyedBy: StartWords): MustWords[] {
  const keyed = new Set([...keyedBy.keys.map((k) => `k:${k}`), ...keyedBy.exact.map((k) => `e:${k}`)]);
  const isKey = (m: MustWords) => keyedBy.pos.length === 0 && m.keys.length + m.exact.length === keyed.size &&
    [...m.keys.map((k) => `k:${k}`), ...m.exact.map((k) => `e:${k}`)].every((k) => keyed.has(k));
  return must.filter((m) => !isKey(m)).sort((a, b) => rarity(a.keys, a.exact) - rarity(b.keys, b.exact));
}
