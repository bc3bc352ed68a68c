// The quotation marks framelens knows, as pairs: what findQuotes (quotes.ts) opens and closes quotations with, and
// what balanceQuotes (balance-quotes.ts) gives a span the partner of. Straight single quotes are apostrophes far more
// often than quotation marks: quotes.ts reads them by their neighbours, balance-quotes.ts leaves them alone.

/** Pairs of quotation marks, opening then closing: straight double (both), curly double, „...” and German „...“, guillemets, curly single. */
export const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [['"', '"'], ['\u201c', '\u201d'], ['\u201e', '\u201d'], ['\u201e', '\u201c'], ['\u00ab', '\u00bb'], ['\u2018', '\u2019']];

/** The opening marks of QUOTE_PAIRS. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(QUOTE_PAIRS.map(([open]) => open));

/** Every mark of QUOTE_PAIRS, as UTF-16 code units (a quick test of whether a stretch of text holds any). */
export const QUOTE_MARK_CODES: ReadonlySet<number> = new Set(QUOTE_PAIRS.flat().map((m) => m.charCodeAt(0)));

/** Letters and digits, either side of an apostrophe inside a word. */
const LETTER = /[\p{L}\p{N}]/u;

/** True when the mark at text[i] stands between two letters or digits: an apostrophe inside a word (Russia’s, don't), not a quotation mark. */
export function isApostrophe(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && LETTER.test(text[i - 1]) && LETTER.test(text[i + 1]);
}

/** True when `close` closes a quotation that `open` opened. */
export const closesQuote = (open: string, close: string): boolean => QUOTE_PAIRS.some(([o, c]) => o === open && c === close);
