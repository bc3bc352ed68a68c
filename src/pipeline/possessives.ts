import { type TokenTable, TokenKind } from './token-table.js';

const POSSESSIVE = /^(.*[\p{L}\p{N}])(['’][sS])$/u;

/**
 * Split a possessive that wink-nlp left in one token ("Ukraine's" at times stays whole, depending on
 * what wink-nlp has seen before in the process) into the word and "'s", as wink-nlp splits it
 * otherwise, so a text reads the same whatever was analysed before it.
 */
export function splitPossessives(t: Omit<TokenTable, 'sentence'>): { tokens: Omit<TokenTable, 'sentence'>; index: (i: number, last?: boolean) => number } {
  const at: number[] = [];
  for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Word && t.value[i].length > 2 && POSSESSIVE.test(t.value[i])) at.push(i);
  if (at.length === 0) return { tokens: t, index: (i) => i };
  const count = t.count + at.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const kind = new Uint8Array(count);
  const value: string[] = new Array(count);
  const pos: string[] = new Array(count);
  const moved = new Int32Array(t.count);
  let j = 0;
  let k = 0;
  for (let i = 0; i < t.count; i++, j++) {
    moved[i] = j;
    start[j] = t.start[i]; end[j] = t.end[i]; kind[j] = t.kind[i]; value[j] = t.value[i]; pos[j] = t.pos[i];
    if (at[k] !== i) continue;
    k++;
    const base = POSSESSIVE.exec(t.value[i])![1];
    value[j] = base;
    end[j] = t.start[i] + base.length;
    j++;
    value[j] = t.value[i].slice(base.length); start[j] = end[j - 1]; end[j] = t.end[i]; kind[j] = TokenKind.Word; pos[j] = 'PART';
  }
  const isSplit = new Uint8Array(t.count);
  for (const i of at) isSplit[i] = 1;
  return { tokens: { count, start, end, value, pos, kind }, index: (i, last = false) => moved[i] + (last ? isSplit[i] : 0) };
}
