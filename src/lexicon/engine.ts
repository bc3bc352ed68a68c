import type { CategoryId } from '../taxonomy.js';
import type { CompiledPattern } from './pattern-element.js';
import { buildPatternIndex, type PatternIndex } from './pattern-index.js';
import { STANCE_LISTS, type CompiledLexicon, type CompiledMarker, type StanceList } from './types.js';
import { registerVocabulary, wordsOf } from './vocabulary.js';

/** A lexicon made ready to run: one first-word index for the markers, one for the stance cues. */
export interface LexiconEngine {
  lexicon: CompiledLexicon;
  markers: PatternIndex<CompiledMarker>;
  stance: PatternIndex<StanceList>;
  /** Per marker that has any, the patterns that stop it: its category's `unless` and its own (pipeline/unless.ts). */
  unless: Map<CompiledMarker, ReadonlySet<CompiledPattern>>;
  /** Every distinct `unless` pattern (one per source) in one first-word index, run once per text that needs it. */
  unlessIndex: PatternIndex<CompiledPattern>;
  /** Per category that has any, the hedge cues (as written) that do not hedge its markers (CategoryDefinition.notHedgedBy). */
  notHedgedBy: ReadonlyMap<CategoryId, ReadonlySet<string>>;
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
      ...unlessOf(lexicon),
      notHedgedBy: new Map(Object.entries(lexicon.categories).filter(([, d]) => d?.notHedgedBy?.length).map(([c, d]) => [c as CategoryId, new Set(d!.notHedgedBy)])),
    };
    cache.set(lexicon, engine);
  }
  return engine;
}

/** The patterns that stop each marker (its category's `unless`, then its own; markers with none are left out), and one index of them all: a pattern written on many markers (a YAML anchor, a category's list) is indexed once. */
function unlessOf(lexicon: CompiledLexicon): Pick<LexiconEngine, 'unless' | 'unlessIndex'> {
  const bySource = new Map<string, CompiledPattern>();
  const one = (p: CompiledPattern) => bySource.get(p.source) ?? (bySource.set(p.source, p), p);
  const unless = new Map<CompiledMarker, ReadonlySet<CompiledPattern>>();
  for (const m of lexicon.markers) {
    const all = [...(lexicon.categories[m.category]?.unless ?? []), ...(m.unless ?? [])];
    if (all.length > 0) unless.set(m, new Set(all.map(one)));
  }
  return { unless, unlessIndex: buildPatternIndex([...bySource.values()].map((p) => ({ item: p, patterns: [p] }))) };
}
