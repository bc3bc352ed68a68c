import type { CategoryId, Voice } from '../taxonomy.js';
import type { AnalysisResult } from '../types.js';

/** One side of a comparison: the decoded text (offsets index it) and its analysis. */
export interface CompareSide { text: string; result: AnalysisResult }

/** One distinct wording of a marker in one text and whose words it is: the voice, and who says it (`whoSays`: the quoted or reported speaker, or the transcript turn's speaker in the author voice; null when the text names none). */
export interface MarkerWording {
  text: string; voice: Voice; speaker: string | null; count: number;
  /** Present (true) when these words are negated in their clause ("cannot be negotiated over the heads of ..."): the text denies the frame. */
  negated?: true;
}

/** A marker as used in one text: how often, how strongly, the words that fired it, and those words by voice and speaker. */
export interface MarkerUse { marker: string; category: CategoryId; count: number; score: number; texts: string[]; wordings: MarkerWording[] }

/** How one text uses a marker (a `MarkerUse` without the marker and category). */
export type SideUse = Omit<MarkerUse, 'marker' | 'category'>;

/** A marker that fires in both texts, with each text's use of it. */
export interface SharedMarker { marker: string; category: CategoryId; a: SideUse; b: SideUse }

/** A category as one text frames it: its score, the markers that fire (strongest first) and their wordings. */
export interface CategorySide { score: number; markers: string[]; wordings: MarkerWording[] }

/** A category both texts use (annotations in each), with each text's score, markers and wordings. */
export interface SharedCategory { category: CategoryId; a: CategorySide; b: CategorySide }

/** What both texts say: the categories with annotations in each and the markers that fire in each. */
export interface InBoth { categories: SharedCategory[]; markers: SharedMarker[] }

/** A span of one of the two texts. */
export interface SpanRef { text: string; start: number; end: number }

/** A phrase the two texts share: word for word (`exact`) or close (`near`, with the method and similarity). */
export interface SharedPhrase {
  kind: 'exact' | 'near';
  /** `words` for exact runs; `tf-idf` (cosine of sentence vectors) or `jaro-winkler` (marker texts) for near ones. */
  method: 'words' | 'tf-idf' | 'jaro-winkler';
  similarity: number;
  a: SpanRef;
  b: SpanRef;
  /** For marker-text matches, the category both annotations carry. */
  category?: CategoryId;
}

/** One annotation of B and what in A it echoes. */
export interface EchoItem { marker: string; category: CategoryId; text: string; score: number; via: 'marker' | 'near' | 'none'; similarity: number; matched: string | null }

/** How much of B's framing repeats A's: score-weighted share of B's annotations whose marker (or a near text of the same category) occurs in A. */
export interface Echo { score: number; annotations: number; echoed: number; items: EchoItem[] }

/** One category in both texts: the two scores, b - a, and whether each side detects it. */
export interface CategoryComparison {
  a: number;
  b: number;
  delta: number;
  detected: { a: boolean; b: boolean };
  /** Each side's score from its own words only (the author voice), apart from what it quotes or reports others saying. */
  own: { a: number; b: number };
}

/** What the formatters say about each side beyond its result, such as a text that is not English. */
export interface SideNotes { a?: string | null; b?: string | null }

/** The result of `compare(a, b)`. */
export interface CompareResult {
  schemaVersion: 1;
  a: { source: string | null; stats: AnalysisResult['stats'] };
  b: { source: string | null; stats: AnalysisResult['stats'] };
  /** The document threshold both texts were analysed with (`detected` is score >= threshold). */
  threshold: number;
  /** Category scores side by side; `delta` is b - a; `detected` says on which side the category is detected. */
  categories: Record<CategoryId, CategoryComparison>;
  /** What both texts say: categories used in both and markers that fire in both, with each side's wording. */
  inBoth: InBoth;
  /** Markers that fire in A and not in B (what A emphasised and B left out). */
  onlyA: MarkerUse[];
  /** Markers that fire in B and not in A. */
  onlyB: MarkerUse[];
  shared: SharedPhrase[];
  /** The echo score (see `Echo`): how much of B's framing repeats A's, in [0, 1]. */
  echo: number;
  /** How the echo score was made: B's annotations and what each matched in A. */
  echoDetail: Omit<Echo, 'score'>;
}
