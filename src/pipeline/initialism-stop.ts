import { OFFICE_HOLDERS } from './office-holders.js';

/**
 * A sentence that ends in an initialism ("The talks were held in the U.S. Putin said ..."): wink-nlp
 * keeps "U.S." as one abbreviation token and reads on, so the two sentences are one and the speaker
 * becomes "U.S. Putin". An initialism is often part of a name ("U.S. President", "U.K. officials"),
 * so the sentence ends there only when the next word cannot continue one: a capitalised function word
 * ("The", "He", "But", "However") or the surname of an office holder ("Putin", "Zelensky").
 */

/** An initialism with its full stop: U.S., U.K., E.U., U.N., U.A.E. */
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

/** Parts of speech of a word that opens a sentence and never follows an initialism inside a name. */
const OPENING_POS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ']);

/** Capitalised words that open a sentence after an initialism (wink may tag a few of them otherwise). */
const OPENING_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'but', 'and', 'or', 'yet', 'so', 'however', 'meanwhile', 'moreover', 'still', 'then', 'there', 'in', 'on', 'at', 'after', 'before',
  'while', 'although', 'when', 'if', 'as', 'both', 'some', 'many', 'no', 'such', 'earlier', 'later', 'now', 'today', 'yesterday',
]);

/** Surnames of the office holders framelens knows (office-holders.ts): "U.S. Putin" is never one name. */
const HOLDER_SURNAMES: ReadonlySet<string> = new Set(
  OFFICE_HOLDERS.flatMap((o) => o.holders.flatMap((h) => h.split('|'))).filter((name) => !name.includes(' ')),
);

/** True when a sentence ends after `before` (an initialism such as "U.S.") because `next`, its part of speech `nextPos`, opens a new one. */
export function endsAtInitialism(before: string, next: string, nextPos: string): boolean {
  if (before.length < 4 || before.charCodeAt(before.length - 1) !== 46 || !INITIALISM.test(before) || !/^\p{Lu}/u.test(next)) return false;
  const word = next.toLowerCase();
  return OPENING_POS.has(nextPos) || OPENING_WORDS.has(word) || HOLDER_SURNAMES.has(word);
}
