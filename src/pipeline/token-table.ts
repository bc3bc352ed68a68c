/** Token kinds: a word (or number), punctuation, white space, anything else (emoji, symbols). */
export enum TokenKind { Word = 0, Punct = 1, Space = 2, Other = 3 }

/** True when a white-space token holds a blank line (two line breaks or more): a new paragraph. */
export function holdsBlankLine(space: string): boolean {
  return space.indexOf('\n') !== space.lastIndexOf('\n');
}

/**
 * `n` copies of `value` in a plain array. Per-text arrays of numbers are plain arrays, not typed arrays: a typed
 * array over 64 bytes gets a buffer of its own outside the heap, which costs about a microsecond to make and
 * more to free, and one analysis made about twenty of them (a seventh of a thread's time, `npm run bench`).
 */
export function filled(n: number, value = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
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

/** Stage 2 output: tokens and sentences. */
export interface Segmented { tokens: TokenTable; sentences: Sentence[] }
