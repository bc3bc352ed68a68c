import type { CategoryId, Voice } from '../taxonomy.js';
import type { Annotation } from '../types.js';
import type { LabelSet } from '../labels/sets.js';

/** Where a record came from: an input path (`<stdin>` for -) and its first line (null for a whole text file). */
export interface RecordOrigin { path: string; line: number | null }

/** A good input record, ready to analyse. `size` is its length in input bytes (for progress). */
export interface BatchRecord {
  origin: RecordOrigin;
  id: string | number;
  /** The record's own `source` field if it has one, else the input path. */
  source: unknown;
  /** Every input field but id, text and source, in input order. */
  passthrough: Record<string, unknown>;
  text: string;
  size: number;
}

/** A bad input record (or input file): skipped, reported with its origin. */
export interface RecordError { origin: RecordOrigin; id?: string | number; message: string; size: number; /** Lines after its first that the bad record took in (an unclosed CSV quote): records that may be lost with it. */ lostLines?: number }

/** What a reader yields: a record, or an error in its place. */
export type ReadItem = { record: BatchRecord } | { error: RecordError };

/** A JSONL line not read yet: its bytes (no line break) go to the worker that analyses it, which reads them (jsonl-line.ts). */
export interface UnreadLine { origin: RecordOrigin; bytes: Uint8Array; size: number }

/** What batch's reader yields for a JSONL line: the line unread. */
export type UnreadItem = { raw: UnreadLine };

/** A category's document figures in batch output. */
export interface BatchCategory { score: number; count: number; detected: boolean }

/** A strongest marker of a record; `speaker` is who says it: the quoted or reported speaker, or for the author voice the speaker of the transcript turn it stands in (else null). */
export interface BatchMarker {
  category: CategoryId; marker: string; text: string; voice: Voice; speaker: string | null; score: number;
  /** Present (true) when the words are negated in their clause ("no sanctions relief"): the text denies the frame. */
  negated?: true;
}

/** What a worker returns for one record: the analysis, reduced to the batch output fields. */
export interface AnalysisRow {
  stats: { characters: number; tokens: number; sentences: number };
  categories: Record<CategoryId, BatchCategory>;
  markers: BatchMarker[];
  annotations?: Annotation[];
  /** With --labels: the record's document-level labels in that shared-task set, by group. */
  labels?: { set: LabelSet; document: Record<string, string[]> };
}

/** Options that shape each record's analysis, the same in every worker. */
export interface AnalysisSettings {
  lexicon: string[];
  builtin: boolean;
  threshold: number;
  top: number;
  annotations: boolean;
  /** --labels: a shared-task label set to read each record in. */
  labels?: LabelSet;
}
