/** Token kinds: a word (or number), punctuation, white space, anything else (emoji, symbols). */
export enum TokenKind { Word = 0, Punct = 1, Space = 2, Other = 3 }

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

/** True when a white-space token holds a blank line (two line breaks or more): a new paragraph. */
export function holdsBlankLine(space: string): boolean {
  return space.indexOf('\n') !== space.lastIndexOf('\n');
}

/** The tokens of a text as parallel arrays, with UTF-16 offsets into the text. */
export interface TokenTable {
  readonly count: number;
  readonly start: number[];
  readonly end: number[];
  readonly value: string[];
  readonly pos: string[];
  readonly kind: number[];
  /** Sentence index of each token. */
  readonly sentence: number[];
}

/** A sentence: character offsets and its first and last token (inclusive). */
export interface Sentence { start: number; end: number; firstToken: number; lastToken: number }

/** The segment stage's output: tokens and sentences. */
export interface Segmented { tokens: TokenTable; sentences: Sentence[] }
