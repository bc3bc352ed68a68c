// Words of a mention as the text writes them, and whether two words stand together in one name.
import { type Segmented, TokenKind } from './tokenize.js';
import type { WordStream } from './words.js';
import { isHyphen } from './hyphen.js';

/** The possessive ending as its own word ("Moscow" "'s claims", "Ukraine" "'s foreign ministry"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** The text of words [first, last] as it stands in the input, without a leading "the". */
export function wordsText(text: string, seg: Segmented, ws: WordStream, first: number, last: number): string {
  const t = seg.tokens;
  return text.slice(t.start[ws.token[first]], t.end[ws.token[last]]).replace(/^the\s+/i, '').replace(/[’']s$/, '');
}

/**
 * True when words a < b of one name stand together: only spaces (and name particles) between them, or a hyphen
 * ("Kosiniak-Kamysz"), or the full stop of an initial ("Donald J. Trump"); a comma, colon,
 * quotation mark or bracket between two capitalised words parts two mentions ("Moscow, Kyiv",
 * 'Zelensky: "Russia ...').
 */
export function joined(seg: Segmented, ws: WordStream, a: number, b: number): boolean {
  const t = seg.tokens;
  for (let i = ws.token[a] + 1; i < ws.token[b]; i++) {
    if (t.kind[i] === TokenKind.Space || t.kind[i] === TokenKind.Word) continue; // words between are the name particles the caller let through ("von der")
    if (isHyphen(t.value[i]) || (t.value[i] === '.' && ws.exact[a].length === 1)) continue;
    return false;
  }
  return true;
}

/** A name as names are compared: lower case, curly apostrophes straight, without a leading "the" ("The Kremlin" and "the kremlin" are one). */
export const nameKey = (name: string): string => name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '');

/** Portfolio words of a ministry, capitalised inside an office title ("Minister of Foreign Affairs and Trade", "Secretary for Energy"). */
const PORTFOLIOS: ReadonlySet<string> = new Set(['trade', 'affairs', 'defence', 'defense', 'justice', 'finance', 'economy', 'energy', 'interior', 'development', 'industry', 'culture', 'health', 'education', 'agriculture', 'commerce', 'integration', 'cooperation', 'security']);
/** Words that end an office title before its portfolio words: "Minister of Foreign Affairs and Trade", "Secretary for Energy". */
const TITLE_LINKS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/**
 * The first word of a name run that starts with the end of an office title ("Minister of Foreign Affairs and Trade Péter
 * Szijjártó" -> "Péter Szijjártó"): after "and", "of" or "for", portfolio words before another word of the run are left out.
 */
export function afterPortfolio(ws: WordStream, first: number, last: number): number {
  if (first === 0 || !TITLE_LINKS.has(ws.exact[first - 1])) return first;
  let w = first;
  while (w < last && PORTFOLIOS.has(ws.exact[w])) w++;
  return PORTFOLIOS.has(ws.exact[w]) ? first : w; // a run of portfolio words only ("Energy Security") is left as it is
}
