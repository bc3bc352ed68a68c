import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';

/**
 * Precision, recall and F1 with the counts behind them. Precision is `null` (n/a) with no predictions,
 * recall with no gold: they are undefined there, not 0. F1 is 0 when only one side is empty (every
 * prediction is wrong, or every gold item is missed) and `null` when both are.
 */
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
  /**
   * Unweighted mean of each per-category figure over the categories where it is defined: precision over
   * the categories with predictions, recall over those with gold, F1 over those with either (`categories`).
   */
  macro: Omit<Prf, 'predicted' | 'gold'> & { categories: number };
}

/** Round to four decimals for output. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Build a Prf from credit sums: `precisionCredit` out of `predicted`, `recallCredit` out of `gold`.
 * A figure whose denominator is 0 is `null` (n/a); F1 is then 0 if the other side is not empty.
 */
export function prf(precisionCredit: number, predicted: number, recallCredit: number, gold: number): Prf {
  if (predicted === 0 && gold === 0) return { precision: null, recall: null, f1: null, predicted, gold };
  const p = predicted ? precisionCredit / predicted : null;
  const r = gold ? recallCredit / gold : null;
  const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { precision: p === null ? null : round4(p), recall: r === null ? null : round4(r), f1: round4(f1), predicted, gold };
}

/** Credit sums of one category, as collected by a metric. */
export interface Credit { precisionCredit: number; predicted: number; recallCredit: number; gold: number }

/** An empty credit record for every category. */
export function emptyCredits(): Record<CategoryId, Credit> {
  return Object.fromEntries(CATEGORY_IDS.map((c) => [c, { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 }])) as Record<CategoryId, Credit>;
}

/** Mean of the defined values, or null when none is defined. */
function mean(values: (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length ? round4(defined.reduce((a, b) => a + b, 0) / defined.length) : null;
}

/** Turn per-category credits into a table: per category, micro (pooled credits) and macro (each figure's mean over the categories where it is defined). */
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
  const rows = CATEGORY_IDS.map((c) => categories[c]);
  const macro = {
    precision: mean(rows.map((x) => x.precision)),
    recall: mean(rows.map((x) => x.recall)),
    f1: mean(rows.map((x) => x.f1)),
    categories: rows.filter((x) => x.f1 !== null).length,
  };
  return { categories, micro: prf(total.precisionCredit, total.predicted, total.recallCredit, total.gold), macro };
}
