import { wordKey } from '../pipeline/normalize.js';
import { PatternError } from './pattern-error.js';
import type { PatternElement } from './pattern-element.js';

/** Words a pattern may not end with as an optional element: such an ending never decides a match, it only leaves a dangling word at the end of a span ("terrorist attacks on"). */
const DANGLING = new Set(['on', 'against', 'by', 'of', 'to', 'in', 'for', 'with', 'between', 'at', 'from', 'into', 'and', 'or', 'the', 'a', 'an'].map(wordKey));

/** Refuse a pattern that ends with an optional preposition, conjunction or article. */
export function checkEnding(seq: PatternElement[]): void {
  const last = seq[seq.length - 1];
  if (last.t === 'word' && last.opt && last.keys.length + last.exact.length > 0 && [...last.keys, ...last.exact].every((k) => DANGLING.has(k))) {
    throw new PatternError('a pattern may not end with an optional preposition, conjunction or article: it only adds a dangling word to the span; drop it');
  }
}
