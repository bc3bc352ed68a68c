import { VERB_TAGS, type WordStream } from './words.js';

/** Conjunctions that open a new clause of the author's after a reported object ("..., but the Kyiv regime denies them"). */
const OPENS_OWN_CLAUSE = new Set(['but', 'while', 'whereas', 'yet']);

/**
 * Where a report whose words start at `from` ends, when what it reports is a bare object (a noun phrase with no verb:
 * "The army announces losses, but the Kyiv regime denies them"): the last word before the comma, when the next clause
 * opens with "but", "while", "whereas" or "yet". Else `last`, the sentence's last word: a reported clause
 * ("said the West had provoked the war, but ...") runs on, as the speaker may go on speaking.
 */
export function reportedObjectEnd(ws: WordStream, from: number, last: number): number {
  const w = objectClauseEnd(ws, from, last);
  return w < 0 ? last : w <= last && OPENS_OWN_CLAUSE.has(ws.exact[w]) ? w - 1 : last;
}

/** True when what a report says from word `from` is a bare object, a noun phrase with no verb in its clause ("rejected the truce"), not a clause ("claimed the regime was illegitimate"). */
export function isBareObject(ws: WordStream, from: number, last: number): boolean {
  return objectClauseEnd(ws, from, last) >= 0;
}

/** The first word after the clause of word `from` (up to `last` + 1), or -1 when a verb stands in that clause. */
function objectClauseEnd(ws: WordStream, from: number, last: number): number {
  const own = ws.clause[from];
  let w = from;
  for (; w <= last && ws.clause[w] === own; w++) if (VERB_TAGS.has(ws.pos[w])) return -1;
  return w;
}
