import type { CategoryId, Voice } from '../taxonomy.js';
import type { Annotation } from '../types.js';
import type { MarkupKind } from '../io/strip-markup.js';
import type { CsvColumns } from './read-csv.js';

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
export interface RecordError { origin: RecordOrigin; id?: string | number; message: string; size: number }

/** A JSONL line whose bytes are left for a batch worker to decode and parse (jsonl-line.ts), so the main thread only splits lines. */
export interface UnreadLine { origin: RecordOrigin; bytes: Buffer; size: number }

/** A record read, or an error in its place. */
export type RecordOrError = { record: BatchRecord } | { error: RecordError };

/** What a reader yields: a record, or an error in its place; a JSONL reader asked to may also yield lines it has not read (UnreadLine). */
export type ReadItem = RecordOrError | { unread: UnreadLine };

/** A category's document figures in batch output. */
export interface BatchCategory { score: number; count: number; detected: boolean }

/** A strongest marker of a record; `speaker` is who says it: the quoted or reported speaker, or for the author voice the speaker of the transcript turn it stands in (else null). */
export interface BatchMarker { category: CategoryId; marker: string; text: string; voice: Voice; speaker: string | null; score: number }

/** What a worker returns for one record: the analysis, reduced to the batch output fields. */
export interface AnalysisRow {
  stats: { characters: number; tokens: number; sentences: number };
  categories: Record<CategoryId, BatchCategory>;
  markers: BatchMarker[];
  annotations?: Annotation[];
}

/** Options that shape each record's analysis, the same in every worker. */
export interface AnalysisSettings {
  lexicon: string[];
  builtin: boolean;
  threshold: number;
  top: number;
  annotations: boolean;
}

/** How a batch worker reads the JSONL lines it is sent (jsonl-line.ts): the fields of text and id, --max-chars, --strip. */
export interface LineReading { fields: CsvColumns; maxChars: number; strip?: MarkupKind }
