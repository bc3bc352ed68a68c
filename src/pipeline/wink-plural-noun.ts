import { ownCopy } from './own-copy.js';
import type { WinkParts } from './wink-parts.js';

/** Answers kept before the map starts again: names recur in every text (bounded by the words wink knows, plus this limit). */
const MAX_KEPT = 10_000;

/**
 * A test, on wink's lexicon (wink-parts.ts), of whether a lower-case word is a plural noun: a word of wink's own lexicon
 * (not one it added) tagged a noun whose lemma is another word ("fans", "officials", "men"); answers are kept.
 */
export function pluralNounTest({ cache, lexemes }: WinkParts): (word: string) => boolean {
  const plurals = new Map<string, boolean>();
  return (word) => {
    let known = plurals.get(word);
    if (known === undefined) {
      const found: number[] | null = cache.lookup(word);
      known = !!found && found.length === 1 && found[0] < lexemes.intrinsicSize && cache.property(found[0], 'pos') === 'NOUN' && cache.property(found[0], 'lemma') !== found[0];
      if (plurals.size >= MAX_KEPT) plurals.clear();
      plurals.set(ownCopy(word), known);
    }
    return known;
  };
}
