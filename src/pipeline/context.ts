import { filled } from './filled.js';
import type { CategoryId, Modifier } from '../taxonomy.js';
import { cueWords, type Cue, type Cues } from './cues.js';
import type { Voices } from './voice.js';
import type { WordStream } from './words.js';
import { idleNegator, negatesOnlyItsNoun } from './idle-negators.js';
import { negatingSubject } from './subject-negator.js';
import { negatesInfinitive } from './infinitive-negation.js';
import { conditionAfter, deniesGrounds } from './negation-idioms.js';
import { BASIS_REACH, mentionNegatedAfter, negatesBasis, negatesMentionedObject, negatorsByFirst } from './mention-negation.js';

/** Categories an appeal to others or a wish cancels: asking others to hold "productive talks", or hoping they will, claims no credit. */
const APPEAL_CATEGORIES: ReadonlySet<CategoryId> = new Set(['credit-claiming']);
/** How far before a marker an appeal verb still reaches, in words (inside the marker's clause). */
const APPEAL_REACH = 10;

/** Modals that put what follows in the future or the wished-for: "hopes the two sides will reach a great deal". */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/**
 * True when what follows an appeal or wish at word a is asked for, not done, by word b: an infinitive "to"
 * ("urge both sides to hold ...") or a modal ("hope all parties will hold ...") stands between them (exclusive).
 */
function askedBetween(ws: WordStream, a: number, b: number): boolean {
  for (let w = a + 1; w < b; w++) {
    if (ws.exact[w] === 'to' && (w + 1 === b || ws.pos[w + 1] === 'VERB' || ws.pos[w + 1] === 'AUX')) return true;
    if (MODALS.has(ws.exact[w]) && ws.pos[w] === 'AUX') return true;
  }
  return false;
}

/** Hedges that qualify a report, which reach a marker in another speaker's words: "Putin reportedly repeated his demand". */
const EVIDENTIAL = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'seemingly']);

/** How far before a marker a negator still reaches, in words (and never past the clause). */
export const NEGATION_REACH = 6;

/** A context cue applied to a marker: which modifier and the words that triggered it. */
export interface AppliedCue { modifier: Modifier; first: number; last: number }

/** Finds the context cues of markers in one text. */
export type ContextFinder = (first: number, last: number, category?: CategoryId) => AppliedCue[];

/** First cue of a sorted list that satisfies `ok`, found by binary search around the marker's sentence. */
function findCue(list: Cue[], ws: WordStream, first: number, last: number, ok: (c: Cue) => boolean): Cue | undefined {
  const s = ws.sentence[first];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ws.sentence[list[mid].last] < s) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < list.length && ws.sentence[list[i].first] <= ws.sentence[last]; i++) if (ok(list[i])) return list[i];
  return undefined;
}

/** Words that make "possible" a strict condition: "only possible if", "possible only when", "solely possible". */
const STRICT = new Set(['only', 'solely', 'exclusively']);
/** Words after "possible" that state its condition ("peace is possible if both sides show courage"): a requirement, not doubt. */
const CONDITIONS = new Set(['if', 'when', 'once', 'provided', 'providing', 'unless']);

/**
 * "as soon as possible", "as quickly as possible": a hedge word inside the idiom hedges nothing. Nor
 * does "possible" in a strict condition ("peace is only possible if ...", "will only be possible when
 * ...", "a settlement is possible only on the basis of ...") or with its condition after it ("peace is possible if
 * both sides show courage"): that states a requirement, not doubt.
 */
function idleHedge(ws: WordStream, hedge: Cue): boolean {
  if (ws.exact[hedge.first - 1] === 'as' && ws.exact[hedge.first - 3] === 'as') return true;
  const w = hedge.last;
  if (ws.exact[w] !== 'possible') return false;
  if (/est$/.test(ws.exact[w - 1] ?? '') || ws.exact[w - 1] === 'best') return true; // "in the strongest possible terms": a superlative, no hedge
  return STRICT.has(ws.exact[w - 1]) || STRICT.has(ws.exact[w + 1]) || (ws.exact[w - 1] === 'be' && STRICT.has(ws.exact[w - 2])) || CONDITIONS.has(ws.exact[w + 1]);
}

/**
 * A booster that modifies the next word only: a degree word ("very productive", "extremely dangerous")
 * or an adjective on a noun ("complete encirclement", "total destruction", "the very end"). It strengthens a marker
 * that begins with that word, not the rest of its clause.
 */
function degreeUse(ws: WordStream, c: Cue): boolean {
  if (c.first !== c.last) return false;
  const next = ws.pos[c.last + 1];
  if (ws.pos[c.first - 1] === 'DET' && (next === 'NOUN' || next === 'PROPN')) return true; // "the very end", "this very moment"
  return next === 'ADJ' || next === 'ADV' || (ws.pos[c.first] === 'ADJ' && (next === 'NOUN' || next === 'PROPN'));
}

/**
 * Context, part of the score stage: prepares, once per text, the finder of each marker's modifiers. A negator
 * reaches a marker from at most NEGATION_REACH words before it, inside its clause (clause-ending
 * punctuation or a clause-break word such as "but" ends it), and not across a main verb of its own
 * ("we do not accept groundless accusations" leaves the accusations standing) but a verb of mentioning
 * ("did not discuss sanctions relief", "sanctions relief was not discussed": mention-negation.ts) or a negating subject
 * ("nobody wants to bring Russia to its knees": subject-negator.ts) or a negated verb that leads into an infinitive
 * ("we are not going to negotiate over the heads of the Ukrainians": infinitive-negation.ts); a negator inside the
 * marker is the marker's own. Hedges and boosters apply anywhere in the marker's clause, in its speaker's
 * words ("The Ministry categorically rejects the Kremlin's claims that ..." does not boost the Kremlin's;
 * an evidential hedge, "reportedly", qualifies a report all the same), except a hedge its category lists in
 * `notHedgedBy` (a fear appeal's "could" is the warning itself) and a booster that modifies one word
 * ("very productive", "complete encirclement"), which strengthens only a marker that begins right after it.
 */
export function prepareContext(ws: WordStream, cues: Cues, notHedgedBy: ReadonlyMap<CategoryId, ReadonlySet<string>> = new Map(), voices?: Pick<Voices, 'voice' | 'speaker'>): ContextFinder {
  const breaks = filled(ws.count + 1); // breaks[w]: clause-break words before word w
  for (const c of cues.clause_breaks) breaks[c.first + 1]++;
  for (let w = 1; w <= ws.count; w++) breaks[w] += breaks[w - 1];
  const sameClause = (a: number, b: number) => ws.clause[a] === ws.clause[b] && breaks[a + 1] === breaks[b + 1];
  const inClause = (c: Cue, first: number, last: number) => {
    const at = c.last < first ? c.last : c.first;
    return sameClause(at, first) || sameClause(at, last);
  };
  const negatorAt = negatorsByFirst(cues.negators);
  const sameSpeaker = (c: Cue, first: number) => !voices || voices.speaker[c.first] === voices.speaker[first];
  const verbBetween = (a: number, b: number) => {
    for (let w = a; w < b; w++) if (ws.pos[w] === 'VERB') return true;
    return false;
  };
  return (first, last, category) => {
    const applied: AppliedCue[] = [];
    const outside = (c: Cue) => c.last < first || c.first > last;
    const neg = findCue(cues.negators, ws, first, last, (c) => c.last < first && first - c.last <= NEGATION_REACH &&
      inClause(c, first, last) && (!verbBetween(c.last + 1, first) || negatesMentionedObject(ws, c, first) || negatingSubject(ws, c, first, category) || negatesInfinitive(ws, c, first, category)) && !idleNegator(ws, c, category) && !conditionAfter(ws, c, first) && !negatesOnlyItsNoun(ws, c, first, category))
      ?? findCue(cues.negators, ws, first, last, (c) => c.last < first && first - c.last <= BASIS_REACH && inClause(c, first, last) && negatesBasis(ws, c, first))
      ?? findCue(cues.negators, ws, first, last, (c) => c.last < first && deniesGrounds(ws, c, first))
      ?? mentionNegatedAfter(ws, negatorAt, last);
    if (neg) applied.push({ modifier: 'negated', first: neg.first, last: neg.last });
    const appeal = category && APPEAL_CATEGORIES.has(category) ? findCue(cues.appeals, ws, first, last, (c) => c.last < first && first - c.last <= APPEAL_REACH &&
      sameClause(c.last, first) && askedBetween(ws, c.last, first)) : undefined;
    if (appeal) applied.push({ modifier: 'appeal', first: appeal.first, last: appeal.last });
    const own = category && notHedgedBy.get(category);
    const hedge = findCue(cues.hedges, ws, first, last, (c) => outside(c) && inClause(c, first, last) && (sameSpeaker(c, first) || EVIDENTIAL.has(ws.exact[c.first])) &&
      !idleHedge(ws, c) && !(own && own.has(cueWords(ws, c))));
    if (hedge) applied.push({ modifier: 'hedged', first: hedge.first, last: hedge.last });
    const boost = findCue(cues.boosters, ws, first, last, (c) => outside(c) && inClause(c, first, last) && sameSpeaker(c, first) && (!degreeUse(ws, c) || c.last + 1 === first));
    if (boost) applied.push({ modifier: 'boosted', first: boost.first, last: boost.last });
    return applied;
  };
}
