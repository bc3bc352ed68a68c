import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import { ARTICLES, type WordStream } from './words.js';

// A pattern may hold words that only make it precise: "(a|any) settlement (that|would|must|...)" fires on a
// settlement spoken of as a thing to reach, not on "the settlement of the dispute", and "(a|an|the)? <ADJ>?
// (killed|killing) *3 civilians" lets an adjective lead. Such words are no part of what frames: a span does not
// end on an auxiliary, a modal or a relative pronoun ("any settlement must" -> "any settlement"), and does not
// begin on a determiner, adjective or adverb that a comma parts from the rest ("overnight, killing 12
// civilians" -> "killing 12 civilians"), unless an adjective follows it ("neutral, non-bloc status"). Nor does a
// span begin on an article: the annotation rules keep a determiner only where it carries the frame ("so-called
// Kyiv regime"; "the Kyiv regime" is marked "Kyiv regime", corpus/ANNOTATION.md), and the blind annotators leave
// a leading article out two times in three.

/** Words a span does not end on, besides auxiliaries and modals: relative pronouns and "that". */
const TRAILING_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Parts of speech of leading words a comma may part from the rest of a match. */
const LEADING_TAGS = new Set(['ADJ', 'DET', 'ADV']);

/** Trim each match's dangling ends (see above); a match is never trimmed to nothing. */
export function trimSpanEnds(matches: PatternMatch<CompiledMarker>[], ws: WordStream): PatternMatch<CompiledMarker>[] {
  return matches.map((m) => {
    let { first, last } = m;
    while (last > first && (ws.pos[last] === 'AUX' || TRAILING_WORDS.has(ws.exact[last]))) last--;
    while (first < last && ws.clause[first] !== ws.clause[first + 1] && LEADING_TAGS.has(ws.pos[first]) && !(ws.pos[first] === 'ADJ' && ws.pos[first + 1] === 'ADJ')) first++; // not a list of adjectives: "neutral, non-bloc status"
    while (first < last && ARTICLES.has(ws.exact[first])) first++;
    return first === m.first && last === m.last ? m : { ...m, first, last };
  });
}
