import type { Cue } from './cues.js';
import type { WordStream } from './words.js';

// Three kinds of idiom that decide what a negator does to a frame after it.
// Affirming: "there is no doubt that", "it is no coincidence that", "Trump wasted no time declaring", "spared no
// effort to": the negator is part of a set phrase that asserts what follows. Evidential: "there were no
// indications that Russia was preparing to use nuclear weapons", "we have not seen any evidence that": the
// negator denies the grounds for the clause that follows, across the clause break "that" opens. Conditional: "there
// can be no peace without eliminating the root causes": the frame after "without" is the condition the speaker sets.

/** Nouns after "no" ("not a") that make a set phrase asserting what follows. */
const ASSERTING_NOUNS = new Set(['doubt', 'secret', 'coincidence', 'accident', 'wonder', 'surprise', 'exaggeration', 'mystery']);
/** Verbs before "no" in "wasted no time", "lost no time", "spared no effort". */
const SPENDING_VERBS = new Set(['waste', 'wastes', 'wasted', 'wasting', 'lose', 'loses', 'lost', 'losing', 'spare', 'spares', 'spared', 'sparing']);
/** What "wasted no" or "spared no" spends. */
const SPENT = new Set(['time', 'effort', 'efforts', 'expense', 'pains', 'opportunity']);

/** True when negator `neg` is part of a set phrase that asserts what follows it (see above). */
export function assertingIdiom(ws: WordStream, neg: Cue): boolean {
  const word = ws.exact[neg.last];
  let w = neg.last + 1;
  if (word === 'no') {
    const next = ws.exact[w];
    if (ASSERTING_NOUNS.has(next)) return true;
    if ((next === 'less' || next === 'fewer') && ws.exact[w + 1] === 'than') return true; // "no less than a provocation"
    if (next === 'stranger' && ws.exact[w + 1] === 'to') return true;
    return SPENT.has(next) && neg.first === neg.last && SPENDING_VERBS.has(ws.exact[neg.first - 1]);
  }
  if (word !== 'not' && word !== "n't") return false;
  if (ws.exact[w] === 'by' && (ws.exact[w + 1] === 'chance' || ws.exact[w + 1] === 'accident')) return true; // "it is not by chance that"
  if (ws.exact[w] === 'a' || ws.exact[w] === 'an') w++;
  return ASSERTING_NOUNS.has(ws.exact[w]) && ws.exact[w] !== 'doubt';
}

/** Nouns of grounds a negator may deny to a clause: "no sign that", "no evidence of". */
const GROUNDS = new Set(['sign', 'signs', 'indication', 'indications', 'evidence', 'proof', 'suggestion', 'grounds', 'basis']);
/** Words that may stand between the negator and the noun: "not seen any clear evidence", "no real sign". */
const BEFORE_GROUNDS = new Set(['seen', 'found', 'any', 'clear', 'real', 'credible', 'serious', 'concrete', 'hard', 'such', 'direct', 'immediate']);
/** How far the frame may stand from the negator, in words, within its sentence. */
const GROUNDS_REACH = 14;

/** True when negator `neg` denies grounds ("no indications that", "not seen any evidence of") to a clause in which a frame begins at `first`. */
export function deniesGrounds(ws: WordStream, neg: Cue, first: number): boolean {
  if (first - neg.last > GROUNDS_REACH || ws.sentence[neg.last] !== ws.sentence[first]) return false;
  let w = neg.last + 1;
  while (w < first && w <= neg.last + 3 && BEFORE_GROUNDS.has(ws.exact[w])) w++;
  if (!GROUNDS.has(ws.exact[w])) return false;
  const link = ws.exact[w + 1];
  return (link === 'that' || link === 'of') && w + 1 < first;
}

/** True when "without" stands between negator `neg` and a frame that begins at `first`: "no peace without eliminating the root causes", "no settlement without regard for Russia's security concerns" demand what follows. */
export function conditionAfter(ws: WordStream, neg: Cue, first: number): boolean {
  for (let w = neg.last + 1; w < first; w++) if (ws.exact[w] === 'without') return true;
  return false;
}
