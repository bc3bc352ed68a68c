import type { CategoryId } from '../taxonomy.js';
import type { Cue } from './cues.js';
import { assertingIdiom } from './negation-idioms.js';
import type { WordStream } from './words.js';

/** Comparatives (and "so", "such") that make "never been ..." emphatic: "never been a better time", "never been so close". */
const EMPHATIC = new Set(['more', 'better', 'greater', 'higher', 'closer', 'nearer', 'stronger', 'bigger', 'larger', 'deeper', 'graver', 'worse', 'clearer', 'so', 'such']);
/** Words that may stand between "never" and its comparative: "has never been", "never before been", "never had a better". */
const BEFORE_EMPHATIC = new Set(['been', 'be', 'before', 'had', 'has', 'have', 'was', 'is', 'a', 'an', 'the']);
/** Most words between "never" and the comparative. */
const EMPHATIC_GAP = 3;

/** Categories whose markers are names and labels: the speaker's own words even where the speaker says they go unmentioned. */
export const LABEL_CATEGORIES: ReadonlySet<CategoryId> = new Set(['delegitimization', 'loaded-language']);
/** What follows a negator that speaks of silence about something ("nothing about", "no mention of", "not a word about"). */
const MENTION_WORDS = new Set(['mention', 'word', 'reference']);
const ABOUT = new Set(['about', 'of', 'on', 'regarding', 'to']);

/** Words of a second negation that makes "without" a condition: "Without X, no deal is possible", "talks cannot go on without X". */
const CONDITION_NEGATORS = new Set(['no', 'not', "n't", 'never', 'impossible', 'nothing', 'none', 'neither', 'nor', 'unthinkable', 'unimaginable']);

/**
 * "Without respect for Russia's legitimate security interests, no deal is possible", "there can be no peace without
 * the elimination of the root causes": with a second negation in its sentence, "without" names a condition, which
 * the speaker demands, not denies. Alone it negates ("the war began without any provocation from NATO").
 */
function conditionWithout(ws: WordStream, neg: Cue): boolean {
  if (ws.exact[neg.first] !== 'without') return false;
  const s = ws.sentence[neg.first];
  for (let w = ws.sentenceFirstWord[s]; w < ws.sentenceFirstWord[s + 1]; w++) if (w !== neg.first && CONDITION_NEGATORS.has(ws.exact[w])) return true;
  return false;
}

/** "not only", "not just", "if not": a negator that negates nothing. */
function notOnly(ws: WordStream, neg: Cue): boolean {
  const after = ws.exact[neg.last + 1];
  return ws.exact[neg.last] === 'not' && (after === 'only' || after === 'just' || ws.exact[neg.first - 1] === 'if');
}

/** "there is no other path than a negotiated settlement", "no alternative but talks": a negator that picks out what follows "than" or "but", which it affirms. */
function noOtherThan(ws: WordStream, neg: Cue): boolean {
  if (ws.exact[neg.last] !== 'no') return false;
  const next = ws.exact[neg.last + 1];
  if (next !== 'other' && next !== 'alternative') return false;
  for (let w = neg.last + 2; w <= neg.last + 5 && w < ws.count && ws.sentence[w] === ws.sentence[neg.last]; w++) if (ws.exact[w] === 'than' || ws.exact[w] === 'but' || ws.exact[w] === 'except') return true;
  return false;
}
/** "There has never been a better time for peace talks", "the risk has never been so high": an emphatic "never", which affirms. */
function emphaticNever(ws: WordStream, neg: Cue): boolean {
  if (ws.exact[neg.last] !== 'never') return false;
  for (let w = neg.last + 1; w <= neg.last + EMPHATIC_GAP + 1 && w < ws.count; w++) {
    if (EMPHATIC.has(ws.exact[w])) return true;
    if (!BEFORE_EMPHATIC.has(ws.exact[w])) return false;
  }
  return false;
}

/** "we heard nothing about the crimes of the Kiev regime", "no mention of ...", "not a word about ...": silence about something, which leaves its label the speaker's. */
function silenceAbout(ws: WordStream, neg: Cue): boolean {
  let w = neg.last + 1;
  if (ws.exact[w] === 'a') w++;
  if (MENTION_WORDS.has(ws.exact[w])) w++;
  else if (ws.exact[neg.last] !== 'nothing') return false;
  return ABOUT.has(ws.exact[w]);
}

/** Verbs that negate what they take, whose own negation affirms it: "did not rule out a meeting", "has not rejected the proposal". */
const NEGATING_VERBS = new Set(['rule', 'rules', 'ruled', 'ruling', 'reject', 'rejects', 'rejected', 'deny', 'denies', 'denied', 'refuse', 'refuses', 'refused', 'exclude', 'excludes', 'excluded']);
/** Negators that negate the verb right after them. */
const PLAIN_NEGATORS = new Set(['not', "n't", 'never']);
/** Words that may stand between "not" and the verb it negates: "did not even rule out", "has not yet been ruled out". */
const BETWEEN_NOT_AND_VERB = new Set(['even', 'yet', 'entirely', 'completely', 'fully', 'been', 'be', 'formally', 'explicitly']);

/** "The Kremlin did not rule out a trilateral meeting": a negated verb of negating, which affirms what follows; both negators are idle. */
function doubleNegation(ws: WordStream, neg: Cue): boolean {
  const s = ws.sentence[neg.first];
  if (PLAIN_NEGATORS.has(ws.exact[neg.last])) {
    for (let w = neg.last + 1; w <= neg.last + 3 && w < ws.count && ws.sentence[w] === s; w++) {
      if (NEGATING_VERBS.has(ws.exact[w])) return true;
      if (!BETWEEN_NOT_AND_VERB.has(ws.exact[w])) return false;
    }
    return false;
  }
  if (!NEGATING_VERBS.has(ws.exact[neg.first])) return false;
  for (let w = neg.first - 1; w >= neg.first - 3 && w >= 0 && ws.sentence[w] === s; w--) {
    if (PLAIN_NEGATORS.has(ws.exact[w])) return true;
    if (!BETWEEN_NOT_AND_VERB.has(ws.exact[w])) return false;
  }
  return false;
}

/** Modals of obligation after which "have to" names a hardship: "No child should have to sleep in a metro station". */
const OUGHT = new Set(['should', 'must', 'shall', 'ought']);

/** "No child should have to sleep in a metro station", "no one should ever have to bury their children": an appeal that names a hardship, which it does not deny. */
function shouldNotHaveTo(ws: WordStream, neg: Cue): boolean {
  const word = ws.exact[neg.first];
  if (word !== 'no' && word !== 'nobody' && word !== 'none') return false;
  let w = neg.last + 1;
  if (word === 'no' && (ws.pos[w] === 'NOUN' || ws.exact[w] === 'one')) w++; // "no child", "no one"
  if (!OUGHT.has(ws.exact[w])) return false;
  w++;
  if (ws.exact[w] === 'ever') w++;
  return ws.exact[w] === 'have' && ws.exact[w + 1] === 'to';
}

/**
 * True when a negator negates nothing of a marker of `category`: "not only", "if not", "no other ... than", an emphatic "never"
 * before a comparative, a negated verb of negating ("did not rule out"), "no child should have to" (an appeal), "without" as a condition beside a second negation,
 * a set phrase that asserts what follows ("there is no doubt that", "wasted no time": negation-idioms.ts), and, for names and labels (delegitimization, loaded-language), a negator that
 * speaks of silence about them ("heard nothing about the crimes of the Kiev regime": the label is used all the same).
 */
export function idleNegator(ws: WordStream, neg: Cue, category?: CategoryId): boolean {
  return notOnly(ws, neg) || noOtherThan(ws, neg) || emphaticNever(ws, neg) || conditionWithout(ws, neg) || doubleNegation(ws, neg) || shouldNotHaveTo(ws, neg) || assertingIdiom(ws, neg) || (!!category && LABEL_CATEGORIES.has(category) && silenceAbout(ws, neg));
}

/**
 * A negator that negates only the noun it owns or determines, not a marker that starts past it: a possessive
 * ("a war in nobody's interest and the killing has to stop"), and for names and labels, "no" before a noun that a
 * preposition links to the label ("there should be no talks with the Kyiv regime": the label is used all the same).
 */
export function negatesOnlyItsNoun(ws: WordStream, neg: Cue, first: number, category?: CategoryId): boolean {
  if (ws.exact[neg.last + 1] === "'s") return first > neg.last + 2;
  if (ws.exact[neg.last] !== 'no' || !category || !LABEL_CATEGORIES.has(category)) return false;
  for (let w = neg.last + 1; w < first; w++) if (ws.pos[w] === 'ADP') return true;
  return false;
}
