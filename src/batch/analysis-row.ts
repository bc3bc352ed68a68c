import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import { strongest } from '../format/strongest.js';
import { whoSays } from '../format/turn.js';
import type { AnalysisResult } from '../types.js';
import { readLabels } from '../labels/labels.js';
import type { LabelSet } from '../labels/sets.js';
import type { AnalysisRow, BatchCategory, BatchMarker } from './types.js';

/**
 * Reduce an analysis to the batch output: stats, every category's score, count and detected, the `top` strongest markers, and all
 * annotations and the document's labels in a label set when asked. For a marked-up record, `prose` is the analysis of its prose
 * before `result` was moved onto the input: a marker's `text` is then its prose ("Kiev regime", as `analyze` prints it), not the
 * input's slice with the markup inside it ("Kiev](https://...) regime"), which the full annotations keep.
 */
export function toAnalysisRow(result: AnalysisResult, top: number, withAnnotations: boolean, labels?: LabelSet, prose?: AnalysisResult): AnalysisRow {
  const categories = {} as Record<CategoryId, BatchCategory>;
  for (const id of CATEGORY_IDS) {
    const c = result.categories[id];
    categories[id] = { score: c.score, count: c.count, detected: c.detected };
  }
  const shown = new Map(prose?.annotations.map((a) => [a.id, a.text]));
  const markers: BatchMarker[] = strongest(result.annotations, top).map((a) => ({ category: a.category, marker: a.marker, text: shown.get(a.id) ?? a.text, voice: a.voice, speaker: whoSays(result, a), score: a.score, ...(a.modifiers.includes('negated') ? { negated: true as const } : {}) }));
  const row: AnalysisRow = { stats: result.stats, categories, markers };
  if (withAnnotations) row.annotations = result.annotations;
  if (labels) row.labels = { set: labels, document: readLabels(result, labels).document };
  return row;
}
