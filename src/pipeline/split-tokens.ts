import { filled } from './filled.js';
import { type TokenTable, TokenKind } from './token-table.js';

// Tokens wink-nlp leaves whole that read as several words: a possessive ("Ukraine's" at times stays one token,
// depending on what wink-nlp has seen before in the process) and the end of a number swap ("1000-for-1000" is
// read "1000", "-", "for-1000"). Each is cut as wink-nlp cuts it otherwise, so a text reads the same whatever was
// analysed before it, and "1000-for-1000" reads as "all-for-all" does.

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const WORD_DASH_NUMBER = /^(for|to|by|per|vs|on|and)-(\d+)$/i; // "for-1000" of "1000-for-1000", "to-1" of "1-to-1": not "covid-19"

/** Length of the word part of a possessive token ("Ukraine" of "Ukraine's"), or -1; character tests first, a regular expression only on the few that end in 's. */
function possessiveBase(v: string): number {
  const n = v.length;
  if (n <= 2) return -1;
  const s = v.charCodeAt(n - 1);
  const q = v.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return -1; // s or S after ' or ’
  return LETTER_OR_DIGIT_AT_END.test(v.slice(0, n - 2)) ? n - 2 : -1;
}

/** Where a token is cut and the parts' tags, or undefined for a token left whole; character tests first. */
function cutsOf(v: string, pos: string): { at: number[]; pos: string[] } | undefined {
  const base = possessiveBase(v);
  if (base > 0) return { at: [base], pos: [pos, 'PART'] };
  const last = v.charCodeAt(v.length - 1);
  if (last < 48 || last > 57 || v.length < 3) return undefined; // "for-1000" ends in a digit
  const m = WORD_DASH_NUMBER.exec(v);
  return m ? { at: [m[1].length, m[1].length + 1], pos: [m[1].toLowerCase() === 'and' ? 'CCONJ' : 'ADP', 'PUNCT', 'NUM'] } : undefined;
}

/** Cut the tokens wink-nlp left whole (see above); `index` maps a token's old index to its first part (its last with `last`). */
export function splitWholeTokens(t: Omit<TokenTable, 'sentence'>): { tokens: Omit<TokenTable, 'sentence'>; index: (i: number, last?: boolean) => number } {
  const cuts = new Map<number, { at: number[]; pos: string[] }>();
  let added = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    const c = cutsOf(t.value[i], t.pos[i]);
    if (c) { cuts.set(i, c); added += c.at.length; }
  }
  if (added === 0) return { tokens: t, index: (i) => i };
  const count = t.count + added;
  const start = filled(count);
  const end = filled(count);
  const kind = filled(count);
  const value: string[] = new Array(count);
  const pos: string[] = new Array(count);
  const moved = filled(t.count + 1);
  let j = 0;
  for (let i = 0; i < t.count; i++) {
    moved[i] = j;
    const c = cuts.get(i);
    const v = t.value[i];
    if (!c) { start[j] = t.start[i]; end[j] = t.end[i]; kind[j] = t.kind[i]; value[j] = v; pos[j] = t.pos[i]; j++; continue; }
    const bounds = [0, ...c.at, v.length];
    for (let p = 0; p + 1 < bounds.length; p++, j++) {
      value[j] = v.slice(bounds[p], bounds[p + 1]);
      start[j] = t.start[i] + bounds[p];
      end[j] = t.start[i] + bounds[p + 1];
      kind[j] = c.pos[p] === 'PUNCT' ? TokenKind.Punct : TokenKind.Word;
      pos[j] = c.pos[p];
    }
  }
  moved[t.count] = j;
  return { tokens: { count, start, end, value, pos, kind }, index: (i, last = false) => (last ? moved[i + 1] - 1 : moved[i]) };
}
