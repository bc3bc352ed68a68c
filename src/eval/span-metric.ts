import type { CategoryId } from '../taxonomy.js';
import { emptyCredits, prfTable, type Credit, type PrfTable } from './prf.js';

/** A labelled character span [start, end). */
export interface LabelledSpan { start: number; end: number; category: CategoryId }

/** Predicted and gold spans of one document. */
export interface SpanPair { predicted: LabelledSpan[]; gold: LabelledSpan[] }

/** Merge intervals into a sorted list of disjoint intervals. */
export function mergeIntervals(spans: { start: number; end: number }[]): [number, number][] {
  const sorted = spans.filter((s) => s.end > s.start).map((s) => [s.start, s.end] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Number of characters of [start, end) covered by disjoint, sorted intervals. */
export function coveredLength(start: number, end: number, intervals: [number, number][]): number {
  let n = 0;
  for (const [s, e] of intervals) {
    if (s >= end) break;
    n += Math.max(0, Math.min(end, e) - Math.max(start, s));
  }
  return n;
}

function unique(spans: LabelledSpan[]): LabelledSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.category}`;
    if (seen.has(key) || s.end <= s.start) return false;
    seen.add(key);
    return true;
  });
}

/** Add one document's partial-credit sums to `credits` (mutates it). */
export function addSpanCredits(credits: Record<CategoryId, Credit>, pair: SpanPair): void {
  const predicted = unique(pair.predicted);
  const gold = unique(pair.gold);
  for (const p of predicted) {
    const k = credits[p.category];
    k.predicted += 1;
    k.precisionCredit += coveredLength(p.start, p.end, mergeIntervals(gold.filter((g) => g.category === p.category))) / (p.end - p.start);
  }
  for (const g of gold) {
    const k = credits[g.category];
    k.gold += 1;
    k.recallCredit += coveredLength(g.start, g.end, mergeIntervals(predicted.filter((p) => p.category === g.category))) / (g.end - g.start);
  }
}

/**
 * The SemEval-2020 Task 11 span metric with partial credit: a predicted span earns the share of its
 * characters covered by gold spans of its category (precision), a gold span the share covered by
 * predicted spans of its category (recall). Coverage is taken against the union of the other side's
 * spans, so no span earns more than 1 (the same as the task's pairwise sum when spans do not overlap).
 * Exact duplicate spans count once.
 */
export function spanMetric(docs: SpanPair[]): PrfTable {
  const credits = emptyCredits();
  for (const d of docs) addSpanCredits(credits, d);
  return prfTable(credits);
}
