import type { CompiledPattern } from './pattern-element.js';
import { buildPatternIndex, type PatternIndex } from './pattern-index.js';
import { STANCE_LISTS, type CompiledLexicon, type CompiledMarker, type StanceList } from './types.js';
import { registerVocabulary, wordsOf } from './vocabulary.js';

/** A lexicon made ready to run: one first-word index for the markers, one for the stance cues. */
export interface LexiconEngine {
  lexicon: CompiledLexicon;
  markers: PatternIndex<CompiledMarker>;
  stance: PatternIndex<StanceList>;
  /** Per marker that has any, the patterns that stop it: its category's `unless`, then its own (pipeline/unless.ts). */
  unless: Map<CompiledMarker, CompiledPattern[]>;
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
      unless: unlessOf(lexicon),
    };
    cache.set(lexicon, engine);
  }
  return engine;
}

/** The patterns that stop each marker: its category's `unless`, then its own; markers with none are left out. */
function unlessOf(lexicon: CompiledLexicon): Map<CompiledMarker, CompiledPattern[]> {
  const out = new Map<CompiledMarker, CompiledPattern[]>();
  for (const m of lexicon.markers) {
    const all = [...(lexicon.categories[m.category]?.unless ?? []), ...(m.unless ?? [])];
    if (all.length > 0) out.set(m, all);
  }
  return out;
}
