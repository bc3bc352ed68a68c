import type { CategoryId, Modifier, Voice } from './taxonomy.js';
import type { ScoreFactor } from './pipeline/score.js';

/** A quotation found in the text. `text` is the content inside the marks. */
export interface Quote { id: string; start: number; end: number; text: string; speaker: string | null }

/** A speaker's turn in a transcript: from its "Name:" label to the next label. */
export interface Turn { id: string; start: number; end: number; speaker: string }

/** How an annotation's score was made: the marker's weight, then each factor in order. */
export interface Explanation { marker: string; pattern: string; weight: number; factors: ScoreFactor[]; score: number; summary: string }

/** One framing marker found in the text; `input.slice(start, end) === text`. */
export interface Annotation {
  id: string;
  category: CategoryId;
  marker: string;
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the annotation sits in (see `sentences`). */
  sentence: number;
  voice: Voice;
  speaker: string | null;
  modifiers: Modifier[];
  score: number;
  explanation: Explanation;
}

/** A category's document score, overall and by voice. */
export interface CategoryScore { score: number; count: number; detected: boolean; byVoice: Record<Voice, number> }

/** The result of analysing one text (output contract, schemaVersion 1; see schema/result.schema.json). */
export interface AnalysisResult {
  schemaVersion: 1;
  source: string | null;
  stats: { characters: number; tokens: number; sentences: number };
  threshold: number;
  sentences: { start: number; end: number }[];
  quotes: Quote[];
  /** Speaker turns when the text is a transcript (pipeline/turns.ts), else empty. */
  turns: Turn[];
  annotations: Annotation[];
  categories: Record<CategoryId, CategoryScore>;
}
