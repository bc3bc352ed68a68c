import type { PatternElement } from '../lexicon/pattern-element.js';
import type { StartIds } from '../lexicon/pattern-index.js';
import { certainStarts } from '../lexicon/pattern-starts.js';
import { idsOf } from './word-ids.js';

/** Kinds of run elements. */
export const enum Run { Word = 0, Pos = 1, Gap = 2, Alt = 3 }

/**
 * One element of a pattern as the matcher runs it (match-pattern.ts): the compiled element with its
 * words as word ids (pipeline/word-ids.ts), so a word is tested with integer compares, and one object
 * shape for every kind, so the matcher's property reads stay monomorphic.
 */
export interface RunElement {
  t: Run;
  /** Word: the ids of its stem keys and exact forms. */
  ids: Int32Array | null;
  /** Word with no words named: any word (with `pos`, any word of that part of speech). */
  any: boolean;
  /** Word or Pos: the part of speech required. */
  pos: string | null;
  /** Alt: the words and parts of speech that can begin an alternative, when certain (else null: any word may). */
  starts: StartIds | null;
  opt: boolean;
  /** Gap: the most words it takes. */
  max: number;
  /** Alt: the alternatives. */
  seqs: RunElement[][] | null;
}

const made = new WeakMap<PatternElement, RunElement>(); // compiled lexicons share equal elements (lexicon/pack.ts): each is made once

/** The run form of a compiled pattern's elements (its words have ids already: lexicon/vocabulary.ts registers them when the engine is built). */
export function runSequence(seq: PatternElement[]): RunElement[] {
  return seq.map(runElement);
}

function runElement(el: PatternElement): RunElement {
  let r = made.get(el);
  if (r) return r;
  const base: RunElement = { t: Run.Word, ids: null, any: false, pos: null, starts: null, opt: 'opt' in el && el.opt === true, max: 0, seqs: null };
  if (el.t === 'word') r = { ...base, ids: idsOf(el), any: el.keys.length + el.exact.length === 0, pos: el.pos ?? null };
  else if (el.t === 'pos') r = { ...base, t: Run.Pos, pos: el.pos };
  else if (el.t === 'gap') r = { ...base, t: Run.Gap, max: el.max };
  else {
    const all = el.seqs.map((s) => certainStarts(s));
    const certain = all.every((s) => s !== undefined);
    const union = (pick: (s: NonNullable<(typeof all)[number]>) => Set<string>) => new Set(all.flatMap((s) => [...pick(s!)]));
    const starts = certain ? { ids: idsOf({ keys: union((s) => s.keys), exact: union((s) => s.exact) }), pos: [...union((s) => s.pos)] } : null;
    r = { ...base, t: Run.Alt, seqs: el.seqs.map(runSequence), starts };
  }
  made.set(el, r);
  return r;
}
