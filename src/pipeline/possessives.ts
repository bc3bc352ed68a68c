import { filled } from './filled.js';
import { type TokenTable, TokenKind } from './token-table.js';

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;

/** Length of the word part of a possessive token ("Ukraine" of "Ukraine's"), or -1; character tests first, a regular expression only on the few that end in 's. */
function possessiveBase(v: string): number {
  const n = v.length;
  if (n <= 2) return -1;
  const s = v.charCodeAt(n - 1);
  const q = v.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return -1; // s or S after ' or ’
  return LETTER_OR_DIGIT_AT_END.test(v.slice(0, n - 2)) ? n - 2 : -1;
}

/**
 * Split a possessive that wink-nlp left in one token ("Ukraine's" at times stays whole, depending on
 * what wink-nlp has seen before in the process) into the word and "'s", as wink-nlp splits it
 * otherwise, so a text reads the same whatever was analysed before it.
 */
export function splitPossessives(t: Omit<TokenTable, 'sentence'>): { tokens: Omit<TokenTable, 'sentence'>; index: (i: number, last?: boolean) => number } {
  const at: number[] = [];
  for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Word && possessiveBase(t.value[i]) > 0) at.push(i);
  if (at.length === 0) return { tokens: t, index: (i) => i };
  const count = t.count + at.length;
  const start = filled(count);
  const end = filled(count);
  const kind = filled(count);
  const value: string[] = new Array(count);
  const pos: string[] = new Array(count);
  const moved = filled(t.count);
  let j = 0;
  let k = 0;
  for (let i = 0; i < t.count; i++, j++) {
    moved[i] = j;
    start[j] = t.start[i]; end[j] = t.end[i]; kind[j] = t.kind[i]; value[j] = t.value[i]; pos[j] = t.pos[i];
    if (at[k] !== i) continue;
    k++;
    const base = t.value[i].slice(0, possessiveBase(t.value[i]));
    value[j] = base;
    end[j] = t.start[i] + base.length;
    j++;
    value[j] = t.value[i].slice(base.length); start[j] = end[j - 1]; end[j] = t.end[i]; kind[j] = TokenKind.Word; pos[j] = 'PART';
  }
  const isSplit = filled(t.count);
  for (const i of at) isSplit[i] = 1;
  return { tokens: { count, start, end, value, pos, kind }, index: (i, last = false) => moved[i] + (last ? isSplit[i] : 0) };
}
