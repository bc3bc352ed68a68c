import { canonicalSpelling } from '../pipeline/normalize.js';

/** A word (or a sentence-break token) of a text, with its offsets and a normalised key. */
export interface WordToken { key: string; start: number; end: number; stop: boolean; brk: boolean }

const STOPWORDS = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been being it its this that these those '
    + 'he she they we you i his her their our your my him them us will would shall should can could may might must has have had '
    + 'do does did not no so than then there here which who whom whose what when where while also very all any both each such '
    + 'about into over after before between during up down out off again further once only own same too just').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[.!?;:]+/gu;

/** Split a text into word tokens keyed by the analyzer's canonical spelling (lower case, Kiev = Kyiv, defence = defense, diacritics and word-inner hyphens dropped), so both sides of a comparison read as the lexicons do; sentence punctuation becomes a break token that matches nothing (its key holds `side` and its offset, so give each text its own side). */
export function wordTokens(text: string, side = ''): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const brk = /^[.!?;:]/.test(raw);
    const key = brk ? `\u0000${side}${m.index}` : canonicalSpelling(raw.normalize('NFKC').toLowerCase());
    out.push({ key, start: m.index!, end: m.index! + raw.length, brk, stop: !brk && STOPWORDS.has(key) });
  }
  return out;
}

/** True when a word is a function word (the, of, will ...). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
