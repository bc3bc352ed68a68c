import type { PatternElement } from './pattern-element.js';
import type { CompiledLexicon, PatternWords } from './types.js';
import { STANCE_LISTS } from './types.js';
import { exactId, keyId } from '../pipeline/word-ids.js';

function collect(seq: PatternElement[], keys: Set<string>, exact: Set<string>): void {
  for (const el of seq) {
    if (el.t === 'word') { for (const k of el.keys) keys.add(k); for (const x of el.exact) exact.add(x); }
    else if (el.t === 'alt') for (const sub of el.seqs) collect(sub, keys, exact);
  }
}

/** Every stem key and exact form the patterns of a lexicon name (markers, their categories' `unless` and stance lists), each once; `base` words come first. */
export function patternWords(lexicon: Pick<CompiledLexicon, 'markers' | 'stance'> & Partial<Pick<CompiledLexicon, 'categories'>>, base?: PatternWords): PatternWords {
  const keys = new Set(base?.keys);
  const exact = new Set(base?.exact);
  for (const m of lexicon.markers) for (const p of [...m.patterns, ...(m.unless ?? [])]) collect(p.seq, keys, exact);
  for (const c of Object.values(lexicon.categories ?? {})) for (const p of c?.unless ?? []) collect(p.seq, keys, exact);
  for (const l of STANCE_LISTS) for (const p of lexicon.stance[l]) collect(p.seq, keys, exact);
  return { keys: [...keys], exact: [...exact] };
}

/** The words a compiled lexicon's patterns name: as compiled, or walked from the patterns for a lexicon compiled without them (an older build). */
export function wordsOf(lexicon: CompiledLexicon): PatternWords {
  return lexicon.words ?? patternWords(lexicon);
}

/**
 * Give every word a lexicon's patterns name its word id (pipeline/word-ids.ts) before any text is
 * read: word streams look ids up when a text is read, and the matcher compares ids.
 */
export function registerVocabulary(words: PatternWords): void {
  for (const k of words.keys) keyId(k);
  for (const x of words.exact) exactId(x);
}
