import type { PatternElement } from './pattern-element.js';

// What a pattern's elements say about the words that can begin them: the shared ground of the
// index plan (pattern-plan.ts) and the sentence prefilter's must-words (must-words.ts).

/** The words that can begin a sequence: stem keys, exact forms, POS tags. */
export type Starts = { keys: Set<string>; exact: Set<string>; pos: Set<string> };

/** Starts as plain lists, for JSON. */
export interface StartWords { keys: string[]; exact: string[]; pos: string[] }

/** Add to `out` the words that can begin seq[from..]; true when a required element ends the search. */
export function collectStarts(seq: PatternElement[], from: number, out: Starts): boolean {
  for (let i = from; i < seq.length; i++) {
    const el = seq[i];
    if (el.t === 'gap') continue;
    if (el.t === 'word') {
      if (el.pos && el.keys.length + el.exact.length === 0) out.pos.add(el.pos);
      el.keys.forEach((k) => out.keys.add(k));
      el.exact.forEach((k) => out.exact.add(k));
    } else if (el.t === 'pos') out.pos.add(el.pos);
    else {
      let allClosed = true; // every alternative reaches a required element, so the group takes at least one word
      for (const s of el.seqs) if (!collectStarts(s, 0, out)) allClosed = false;
      if (allClosed && !el.opt) return true;
      continue;
    }
    if (!el.opt) return true;
  }
  return false;
}

/** True for a word element that names no word and no part of speech (any word). */
export const isWildcard = (el: PatternElement) => el.t === 'word' && !el.pos && el.keys.length + el.exact.length === 0;

/** Elements whose first word the collected starts pin down for certain: a word with a key, exact form or POS, a POS, or a group each of whose alternatives has certain starts (whatever follows its first required element). */
export const pinned = (el: PatternElement): boolean =>
  el.t === 'alt' ? el.seqs.every((s) => certainStarts(s) !== undefined) : el.t !== 'gap' && !isWildcard(el);

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
