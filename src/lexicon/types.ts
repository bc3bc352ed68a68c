import type { CategoryId } from '../taxonomy.js';
import type { CompiledPattern } from './pattern-element.js';

/** A framing marker after validation and compilation. */
export interface CompiledMarker {
  id: string;
  category: CategoryId;
  weight: number;
  note: string;
  patterns: CompiledPattern[];
  /** Patterns that stop the marker: it does not fire where one of them matches words its match shares, in the same sentence (pipeline/unless.ts). */
  unless?: CompiledPattern[];
  examples: string[];
  nearMisses: string[];
  /** The lexicon file the marker came from. */
  file: string;
}

/** A category as the lexicons define it. */
export interface CategoryDefinition {
  definition: string;
  nearMisses: string[];
  /** The file each near miss comes from (a user file may add near misses to a built-in category); absent: all from `file`. */
  nearMissFiles?: string[];
  /** Patterns that stop every marker of the category, as a marker's own `unless` stops it (pipeline/unless.ts). */
  unless?: CompiledPattern[];
  /** Hedge cues (lower-case, as written) that do not hedge the category's markers: they voice the frame itself ("this could end in a world war", pipeline/context.ts). */
  notHedgedBy?: string[];
  file: string;
}

/** The stance lists: cues that modify annotations or attribute speech. */
export const STANCE_LISTS = ['negators', 'hedges', 'boosters', 'reporting_verbs', 'reporting_nouns', 'sources', 'document_nouns', 'clause_breaks', 'topic_words', 'topic_names', 'appeals'] as const;

/** The name of one stance list. */
export type StanceList = (typeof STANCE_LISTS)[number];

/** The stem keys and exact forms a lexicon's patterns name. */
export interface PatternWords { keys: string[]; exact: string[] }

/** Everything the analyzer needs from the lexicons, serialisable as JSON. */
export interface CompiledLexicon {
  version: 1;
  categories: Partial<Record<CategoryId, CategoryDefinition>>;
  markers: CompiledMarker[];
  stance: Record<StanceList, CompiledPattern[]>;
  /** Every word the patterns name (lexicon/vocabulary.ts), computed when the lexicon is compiled so a start need not walk every pattern. */
  words?: PatternWords;
}

/** A lexicon file as read from disk, before validation. */
export interface LexiconSource { file: string; data: unknown }
