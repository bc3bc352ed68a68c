import { EXACT_COUNTS, KEY_COUNTS, SENTENCES } from './sentence-frequency.js';

// How often a sentence holds a word, measured on the dev corpus (scripts/sentence-frequency.mjs): what
// the pattern index keys each pattern by and which must-words it checks first. It never changes what
// matches, only how many patterns the matcher looks at.

/** The share given to a word seen in fewer than three dev sentences (the table leaves those out): as if seen in one. */
const UNSEEN = 1 / SENTENCES;
let keyShares: Map<string, number> | undefined;
let exactShares: Map<string, number> | undefined;

/** "word count word count ..." as shares of the sentences. */
function shares(pairs: string): Map<string, number> {
  const out = new Map<string, number>();
  const parts = pairs.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) out.set(parts[i], Number(parts[i + 1]) / SENTENCES);
  return out;
}

/**
 * About the share of sentences that hold one of these words (stem keys, exact forms; any word of a
 * part of speech counts as every sentence): the sum of each word's measured share, at most 1.
 */
export function rarity(keys: Iterable<string>, exact: Iterable<string>, anyWordOfAPos = false): number {
  if (anyWordOfAPos) return 1;
  keyShares ??= shares(KEY_COUNTS);
  exactShares ??= shares(EXACT_COUNTS);
  let share = 0;
  for (const k of keys) share += keyShares.get(k) ?? UNSEEN;
  for (const e of exact) share += exactShares.get(e) ?? UNSEEN;
  return Math.min(1, share);
}
