import type { LexiconEngine } from '../lexicon/engine.js';
import type { CompiledMarker } from '../lexicon/types.js';
import type { Annotation } from '../types.js';
import { annotate } from './annotate.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { clipToQuotes } from './clip-quotes.js';
import { completeNounPhrases } from './complete-phrase.js';
import { wholeWords } from './whole-words.js';
import { coordinatedAdjectives } from './coordinated-adjectives.js';
import { findCues, type Cues } from './cues.js';
import { decodeText } from './decode.js';
import { matchIndex, type PatternMatch } from './match.js';
import { findMentions, type Mention } from './mentions.js';
import { issuerOf } from './issuer.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { findTurns, type TurnSpan } from './turns.js';
import { dropUnless } from './unless.js';
import { trimSpanEnds } from './trim-span-ends.js';
import { segment, type Segmented } from './tokenize.js';
import { assignVoices, type Voices } from './voice.js';
import { buildWordStream, type WordStream } from './words.js';
import { STANCE_LISTS } from '../lexicon/types.js';

/** What the stages read and write, one field per stage output. */
export interface PipelineState {
  engine: LexiconEngine;
  text: string;
  seg?: Segmented;
  words?: WordStream;
  quotes?: QuoteSpan[];
  turns?: TurnSpan[];
  cues?: Cues;
  mentions?: Mention[];
  voices?: Voices;
  matches?: PatternMatch<CompiledMarker>[];
  annotations?: Annotation[];
}

/** One named pipeline stage. */
export interface Stage { name: string; run(state: PipelineState): void }

/** One step of the match stage: the matches so far in, the matches it keeps (moved, widened or dropped) out. */
type MatchStep = (matches: PatternMatch<CompiledMarker>[], state: PipelineState) => PatternMatch<CompiledMarker>[];

/** What the match stage does to the lexicon's raw matches, in order. */
const MATCH_STEPS: readonly MatchStep[] = [
  (m, s) => dropUnless(m, s.words!, s.engine, s.voices!), // a match that one of its unless patterns shares words with dropped
  (m, s) => resolveOverlaps(m, s.cues!.negators), // per category, the strongest of overlapping matches kept, a marker's pieces joined
  (m, s) => trimSpanEnds(m, s.words!), // no span ends on an auxiliary or relative word, nor begins on a word a comma parts from it
  (m, s) => wholeWords(m, s.seg!.tokens, s.words!), // spans take whole hyphenated words
  (m, s) => completeNounPhrases(m, s.seg!.tokens, s.words!, s.voices!), // carried on to the phrase's head noun
  (m, s) => coordinatedAdjectives(m, s.seg!.tokens, s.words!, s.voices!), // carried back over adjectives coordinated with its first ("solid and lasting settlement")
  (m, s) => clipToQuotes(m, s.words!, s.voices!), // the words that only lead into a quotation dropped (`the "Kiev junta"` -> `Kiev junta`)
];

/** The analysis pipeline, in order: each stage reads what earlier ones wrote. */
export const STAGES: readonly Stage[] = [
  { name: 'decode', run: (s) => { s.text = decodeText(s.text); } },
  { name: 'segment', run: (s) => { s.seg = segment(s.text); s.words = buildWordStream(s.seg); } },
  { name: 'quotes', run: (s) => { s.quotes = findQuotes(s.text); } },
  { name: 'turns', run: (s) => { s.turns = findTurns(s.text); } },
  { name: 'cues', run: (s) => { s.cues = findCues(s.engine.stance, s.words!, STANCE_LISTS); } },
  { name: 'attribute', run: (s) => { s.mentions = findMentions(s.text, s.seg!, s.words!, s.cues!, s.turns!); } },
  { name: 'voice', run: (s) => { s.voices = assignVoices(s.seg!, s.words!, s.quotes!, s.cues!, s.mentions!, issuerOf(s.text, s.seg!, s.words!, s.mentions!), s.turns!); } },
  { name: 'match', run: (s) => { s.matches = MATCH_STEPS.reduce((matches, step) => step(matches, s), matchIndex(s.engine.markers, s.words!)); } },
  { name: 'score', run: (s) => { s.annotations = annotate(s.text, s.seg!, s.words!, s.matches!, s.voices!, s.cues!, s.engine.notHedgedBy); } },
];

/** The stage names, in order. */
export const STAGE_NAMES: readonly string[] = STAGES.map((s) => s.name);

/** Run the stages up to and including `until` (all by default: the last stage); throws on an unknown stage name. */
export function runStages(state: PipelineState, until = STAGE_NAMES[STAGE_NAMES.length - 1]): PipelineState {
  const stop = STAGE_NAMES.indexOf(until);
  if (stop < 0) throw new Error(`framelens: unknown pipeline stage ${JSON.stringify(until)} (expected one of ${STAGE_NAMES.join(', ')})`);
  for (let i = 0; i <= stop; i++) STAGES[i].run(state);
  return state;
}
