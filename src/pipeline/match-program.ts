import type { PatternElement } from '../lexicon/pattern.js';
import { certainStarts } from '../lexicon/pattern-plan.js';
import { exactId, keyId } from './word-ids.js';

/** Kinds of run elements. */
export const enum Run { Word = 0, Pos = 1, Gap = 2, Alt = 3 }

/**
 * One element of a pattern as the matcher runs it (match-pattern.ts): the compiled element with its
 * words as word ids (pipeline/word-ids.ts), so a word is tested with integer compares, and one object
 * shape for every kind, so the matcher's property reads stay monomorphic.
 */
export interface RunElement {
  t: Run;
  /** Word: the ids of its stem keys and exact forms; Alt: the ids of the words that can begin an alternative, when certain (else null). */
  ids: Int32Array | null;
  /** Word with no words named: any word (with `pos`, any word of that part of speech). */
  any: boolean;
  /** Word or Pos: the part of speech required; Alt: the parts of speech that can begin an alternative. */
  pos: string | null;
  starts: string[] | null;
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
  if (el.t === 'word') r = { ...base, ids: Int32Array.from([...el.keys.map(keyId), ...el.exact.map(exactId)]), any: el.keys.length + el.exact.length === 0, pos: el.pos ?? null };
  else if (el.t === 'pos') r = { ...base, t: Run.Pos, pos: el.pos };
  else if (el.t === 'gap') r = { ...base, t: Run.Gap, max: el.max };
  else {
    const all = el.seqs.map((s) => certainStarts(s));
    const certain = all.every((s) => s !== undefined);
    r = {
      ...base,
      t: Run.Alt,
      seqs: el.seqs.map(runSequence),
      ids: certain ? Int32Array.from(all.flatMap((s) => [...[...s!.keys].map(keyId), ...[...s!.exact].map(exactId)])) : null,
      starts: certain ? [...new Set(all.flatMap((s) => [...s!.pos]))] : null,
    };
  }
  made.set(el, r);
  return r;
}
