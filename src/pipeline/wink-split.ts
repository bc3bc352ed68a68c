// How wink-nlp splits a text before it tokenizes: at runs of spaces, `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+`
// (the preceding spaces of the next token), and at runs of tabs and line breaks, `[\n\r\t]+` (tokens of their own);
// the rest are chunks ("Kyiv's", "ceasefire,"), each tokenized on its own.

/** A character of a run of spaces. */
export const SPACE = 0;
/** A character of a run of tabs and line breaks. */
export const BREAK = 1;
/** A character of a chunk. */
export const CHUNK = 2;

/** Which of wink's runs a character (its code) belongs to: SPACE, BREAK or CHUNK. */
export function classOf(c: number): number {
  if (c === 32) return SPACE;
  if (c === 10 || c === 13 || c === 9) return BREAK;
  if (c < 0xa0) return CHUNK;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f ? SPACE : CHUNK;
}
