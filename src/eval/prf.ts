import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';

/** Precision, recall and F1 with the counts behind them; `null` when a category has no predictions and no gold. */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Number of predictions (spans or documents). */
  predicted: number;
  /** Number of gold items (spans or documents). */
  gold: number;
}

/** Per-category figures with their micro and macro averages. */
export interface PrfTable {
  categories: Record<CategoryId, Prf>;
  /** Pooled over all categories. */
  micro: Prf;
  /** Unweighted mean of the per-category figures over the categories that occur (predicted or gold). */
  macro: Omit<Prf, 'predicted' | 'gold'> & { categories: number };
}

/** Round to four decimals for output. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Build a Prf from credit sums: `precisionCredit` out of `predicted`, `recallCredit` out of `gold`.
 * With no predictions precision is 0 (and recall 0 with no gold), unless both are empty: then all are null.
 */
export function prf(precisionCredit: number, predicted: number, recallCredit: number, gold: number): Prf {
  if (predicted === 0 && gold === 0) return { precision: null, recall: null, f1: null, predicted, gold };
  const p = predicted ? precisionCredit / predicted : 0;
  const r = gold ? recallCredit / gold : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { precision: round4(p), recall: round4(r), f1: round4(f1), predicted, gold };
}

/** Credit sums of one category, as collected by a metric. */
export interface Credit { precisionCredit: number; predicted: number; recallCredit: number; gold: number }

/** An empty credit record for every category. */
export function emptyCredits(): Record<CategoryId, Credit> {
  return Object.fromEntries(CATEGORY_IDS.map((c) => [c, { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 }])) as Record<CategoryId, Credit>;
}

function mean(values: number[]): number {
  return values.length ? round4(values.reduce((a, b) => a + b, 0) / values.length) : 0;
}

/** Turn per-category credits into a table: per category, micro (pooled credits) and macro (mean of the categories that occur). */
export function prfTable(credits: Record<CategoryId, Credit>): PrfTable {
  const categories = {} as Record<CategoryId, Prf>;
  const total: Credit = { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 };
  for (const c of CATEGORY_IDS) {
    const k = credits[c];
    categories[c] = prf(k.precisionCredit, k.predicted, k.recallCredit, k.gold);
    total.precisionCredit += k.precisionCredit;
    total.predicted += k.predicted;
    total.recallCredit += k.recallCredit;
    total.gold += k.gold;
  }
  const occurring = CATEGORY_IDS.map((c) => categories[c]).filter((x) => x.f1 !== null);
  const macro = {
    precision: occurring.length ? mean(occurring.map((x) => x.precision!)) : null,
    recall: occurring.length ? mean(occurring.map((x) => x.recall!)) : null,
    f1: occurring.length ? mean(occurring.map((x) => x.f1!)) : null,
    categories: occurring.length,
  };
  return { categories, micro: prf(total.precisionCredit, total.predicted, total.recallCredit, total.gold), macro };
}
