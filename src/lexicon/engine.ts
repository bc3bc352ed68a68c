import { buildPatternIndex, type PatternIndex } from './pattern-index.js';
import { STANCE_LISTS, type CompiledLexicon, type CompiledMarker, type StanceList } from './types.js';
import { registerVocabulary, wordsOf } from './vocabulary.js';

/** A lexicon made ready to run: one first-word index for the markers, one for the stance cues. */
export interface LexiconEngine {
  lexicon: CompiledLexicon;
  markers: PatternIndex<CompiledMarker>;
  stance: PatternIndex<StanceList>;
}

const cache = new WeakMap<CompiledLexicon, LexiconEngine>();

/** Build (once per lexicon object) the indexes the analyzer runs. */
export function engineFor(lexicon: CompiledLexicon): LexiconEngine {
  let engine = cache.get(lexicon);
  if (!engine) {
    registerVocabulary(wordsOf(lexicon)); // every pattern word has its id before a text is read
    engine = {
      lexicon,
      markers: buildPatternIndex(lexicon.markers.map((m) => ({ item: m, patterns: m.patterns })), true), // markers may pass over an adverb put in (pipeline/match-pattern.ts); stance cues are taken as written
      stance: buildPatternIndex(STANCE_LISTS.map((l) => ({ item: l, patterns: lexicon.stance[l] }))),
    };
    cache.set(lexicon, engine);
  }
  return engine;
}
