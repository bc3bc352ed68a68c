import type { PatternPlan } from './pattern-plan.js';

/** Part-of-speech tags a pattern may name (wink-nlp's Universal POS tags). */
export const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'SCONJ', 'VERB', 'X']);

/**
 * `<MOD>`: an adverb that neither negates, hedges nor boosts (the context stage reads those), so
 * `would <MOD>? mean war` takes "would once again mean war" and still not "would not mean war".
 */
export const MODIFIER_WORDS = ['also', 'again', 'once again', 'yet again', 'now', 'repeatedly', 'already', 'still', 'further', 'even', 'only', 'just', 'deliberately', 'consistently', 'constantly', 'actually', 'effectively', 'directly', 'openly', 'systematically', 'increasingly', 'ultimately', 'thereby', 'essentially', 'actively', 'brazenly', 'cynically', 'de facto'];

/** One element of a compiled pattern. */
export type PatternElement =
  | { t: 'word'; keys: string[]; exact: string[]; pos?: string; opt?: true }
  | { t: 'pos'; pos: string; opt?: true }
  | { t: 'gap'; max: number }
  | { t: 'alt'; seqs: PatternElement[][]; opt?: true };

/** A compiled pattern: its source text, its element sequence, and how the index will hold it. */
export interface CompiledPattern { source: string; seq: PatternElement[]; plan?: PatternPlan }
