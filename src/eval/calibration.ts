import type { Annotation } from '../types.js';
import type { LabelledSpan } from './span-metric.js';

/** One score bin: annotations with from <= score < to (the last bin includes 1) and how many overlap gold. */
export interface CalibrationBin { from: number; to: number; annotations: number; matched: number; precision: number | null }

/** The bin edges: 0-0.2, 0.2-0.4, 0.4-0.6, 0.6-0.8, 0.8-1.0. */
export const BIN_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;

/** An annotation with the gold spans of its text. */
export interface ScoredPrediction { annotation: Pick<Annotation, 'start' | 'end' | 'category' | 'score'>; gold: LabelledSpan[] }

/** True when the annotation overlaps (by at least one character) a gold span of its category. */
export function matchesGold(a: ScoredPrediction['annotation'], gold: LabelledSpan[]): boolean {
  return gold.some((g) => g.category === a.category && g.start < a.end && a.start < g.end);
}

/** Index of the bin a score falls into. */
export function binIndex(score: number): number {
  const last = BIN_EDGES.length - 2;
  for (let i = 0; i < last; i++) if (score < BIN_EDGES[i + 1]) return i;
  return last;
}

/** Calibration: annotations binned by score, each bin with the share that overlaps a gold span of the same category. */
export function calibration(predictions: ScoredPrediction[]): CalibrationBin[] {
  const bins: CalibrationBin[] = BIN_EDGES.slice(0, -1).map((from, i) => ({ from, to: BIN_EDGES[i + 1], annotations: 0, matched: 0, precision: null }));
  for (const p of predictions) {
    const bin = bins[binIndex(p.annotation.score)];
    bin.annotations += 1;
    if (matchesGold(p.annotation, p.gold)) bin.matched += 1;
  }
  for (const b of bins) b.precision = b.annotations ? Math.round((b.matched / b.annotations) * 10000) / 10000 : null;
  return bins;
}
