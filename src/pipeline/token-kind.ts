import { TokenKind } from './token-table.js';

const PUNCT = /^\p{P}+$/u;

/** True when a token holds a letter or digit (ASCII checked without a regular expression). */
function isWordLike(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  return /[\p{L}\p{N}]/u.test(v);
}

/** A token's kind from its text: white space, a word (a letter or digit in it), punctuation, or other (emoji, symbols). */
export function kindOf(v: string): TokenKind {
  if (isWordLike(v)) return TokenKind.Word;
  if (v.trim() === '') return TokenKind.Space;
  return PUNCT.test(v) ? TokenKind.Punct : TokenKind.Other;
}
