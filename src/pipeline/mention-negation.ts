import type { Cue } from './cues.js';
import type { WordStream } from './words.js';

// A negator does not reach a marker across a main verb ("we do not accept groundless accusations" leaves the
// accusations standing: context.ts). Verbs of mentioning are the exception: what was not discussed, raised,
// mentioned, commented on or referred to was not said at all, so "did not discuss sanctions relief" and "sanctions relief was not discussed"
// carry no frame. A "that" clause after the verb is not its object: "did not mention that the memorandum demanded
// a withdrawal" still states the demand.

/** Forms of the verbs of mentioning (with "up" or "on" where they take one: "bring up", "come up", "touch on"). */
const MENTION = new Set(['discuss', 'discussed', 'discussing', 'discusses', 'raise', 'raised', 'raising', 'raises', 'mention', 'mentioned', 'mentioning', 'mentions',
  'bring', 'brought', 'bringing', 'come', 'came', 'coming', 'touch', 'touched', 'touching', 'broach', 'broached',
  'comment', 'commented', 'commenting', 'comments', 'refer', 'referred', 'referring', 'refers']);
const NEEDS_PARTICLE = new Set(['bring', 'brought', 'bringing', 'come', 'came', 'coming', 'touch', 'touched', 'touching', 'comment', 'commented', 'commenting', 'comments', 'refer', 'referred', 'referring', 'refers']);
const PARTICLES = new Set(['up', 'on', 'upon', 'to']);
/** Auxiliaries of a passive or perfect between the marker and the negator ("was not discussed", "has not been raised"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'did', 'does', 'do']);
/** Words that may stand between the verb and a marker that is its object ("did not discuss any sanctions relief"). */
const MAX_OBJECT_GAP = 3;
const MAX_PASSIVE_GAP = 4;

/** The word after a mention verb at w and its particle, or -1 when w is not one. */
function afterMentionVerb(ws: WordStream, w: number): number {
  const form = ws.exact[w];
  if (!MENTION.has(form)) return -1;
  if (!NEEDS_PARTICLE.has(form)) return w + 1;
  return PARTICLES.has(ws.exact[w + 1]) ? w + 2 : -1;
}

/** True when negator `neg` (before the marker) negates a verb of mentioning whose object is the marker at [first, last]. */
export function negatesMentionedObject(ws: WordStream, neg: Cue, first: number): boolean {
  let w = neg.last + 1;
  while (w < first && ws.pos[w] === 'ADV') w++; // "did not even discuss"
  const after = afterMentionVerb(ws, w);
  if (after < 0 || after > first || first - after > MAX_OBJECT_GAP) return false;
  for (let k = after; k < first; k++) if (ws.exact[k] === 'that' || ws.exact[k] === 'whether' || ws.pos[k] === 'VERB') return false;
  return true;
}

/** The negators by first word (the first of the list where two start at one word), for mentionNegatedAfter. */
export function negatorsByFirst(negators: readonly Cue[]): Map<number, Cue> {
  const at = new Map<number, Cue>();
  for (const c of negators) if (!at.has(c.first)) at.set(c.first, c);
  return at;
}

/** The negator of a verb of mentioning right after the marker and an auxiliary ("sanctions relief was not discussed", "... did not come up"), inside the marker's sentence; undefined when there is none. */
export function mentionNegatedAfter(ws: WordStream, negatorAt: ReadonlyMap<number, Cue>, last: number): Cue | undefined {
  const limit = ws.sentenceFirstWord[ws.sentence[last] + 1];
  let w = last + 1;
  for (let n = 0; w < limit && n < MAX_PASSIVE_GAP && AUXILIARIES.has(ws.exact[w]); n++) w++;
  if (w === last + 1) return undefined; // "relief not discussed" reads as a heading; the negator follows an auxiliary
  const neg = negatorAt.get(w);
  if (!neg) return undefined;
  let v = neg.last + 1;
  while (v < limit && (ws.pos[v] === 'ADV' || ws.exact[v] === 'been' || ws.exact[v] === 'be')) v++;
  return v < limit && afterMentionVerb(ws, v) >= 0 ? neg : undefined;
}

/** Nouns of a settlement that a negator may deny a basis to: "no peace on the basis of capitulation". */
const SETTLEMENTS = new Set(['peace', 'deal', 'settlement', 'agreement', 'solution', 'ceasefire', 'truce', 'compromise', 'negotiations', 'talks', 'accord']);
/** The phrases that give a settlement its basis, as word sequences ending right before the marker (or its determiner or possessor). */
const BASES: readonly string[][] = [['on', 'the', 'basis', 'of'], ['based', 'on'], ['built', 'on'], ['at', 'the', 'cost', 'of'], ['at', 'the', 'price', 'of'], ['at', 'the', 'expense', 'of'], ['that', 'rewards'], ['that', 'means'], ['that', 'amounts', 'to']];
/** How far the marker may stand from a negator of its settlement ("There will be no peace in Ukraine on the basis of Ukraine's capitulation"). */
export const BASIS_REACH = 12;

/**
 * True when negator `neg` denies a settlement (within three words after it) a basis that the marker at `first`
 * names: "no peace on the basis of Ukraine's capitulation", "no settlement at the cost of Ukraine's sovereignty". The marker
 * is rejected, not demanded; a determiner, adjective or possessor may stand between the basis phrase and it.
 */
export function negatesBasis(ws: WordStream, neg: Cue, first: number): boolean {
  let noun = -1;
  for (let w = neg.last + 1; w <= neg.last + 3 && w < first; w++) if (SETTLEMENTS.has(ws.exact[w])) { noun = w; break; }
  if (noun < 0) return false;
  for (let end = first; end >= first - 2 && end > noun; end--) { // the basis phrase ends at end - 1
    if (end < first && !(ws.pos[end] === 'DET' || ws.pos[end] === 'ADJ' || ws.pos[end] === 'PROPN' || ws.pos[end] === 'PART' || ws.exact[end] === "'s")) break;
    for (const basis of BASES) {
      const start = end - basis.length;
      if (start > noun && basis.every((b, k) => ws.exact[start + k] === b)) return true;
    }
  }
  return false;
}
