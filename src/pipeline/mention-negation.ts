import type { Cue } from './cues.js';
import type { WordStream } from './words.js';

// A negator does not reach a marker across a main verb ("we do not accept groundless accusations" leaves the
// accusations standing: context.ts). Verbs of mentioning are the exception: what was not discussed, raised or
// mentioned was not said at all, so "did not discuss sanctions relief" and "sanctions relief was not discussed"
// carry no frame. A "that" clause after the verb is not its object: "did not mention that the memorandum demanded
// a withdrawal" still states the demand.

/** Forms of the verbs of mentioning (with "up" or "on" where they take one: "bring up", "come up", "touch on"). */
const MENTION = new Set(['discuss', 'discussed', 'discussing', 'discusses', 'raise', 'raised', 'raising', 'raises', 'mention', 'mentioned', 'mentioning', 'mentions',
  'bring', 'brought', 'bringing', 'come', 'came', 'coming', 'touch', 'touched', 'touching', 'broach', 'broached']);
const NEEDS_PARTICLE = new Set(['bring', 'brought', 'bringing', 'come', 'came', 'coming', 'touch', 'touched', 'touching']);
const PARTICLES = new Set(['up', 'on', 'upon']);
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
