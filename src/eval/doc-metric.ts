import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import { emptyCredits, prfTable, type PrfTable } from './prf.js';

/** Document-level categories of one text: detected by the analyzer versus gold. */
export interface DocPair { detected: CategoryId[]; gold: CategoryId[] }

/**
 * Document-level metric: per category, a text is a true positive when the category is detected and
 * in gold, a false positive when detected only, a false negative when in gold only.
 * Micro pools all (text, category) decisions; macro averages the per-category figures.
 */
export function docMetric(docs: DocPair[]): PrfTable {
  const credits = emptyCredits();
  for (const d of docs) {
    const detected = new Set(d.detected);
    const gold = new Set(d.gold);
    for (const c of CATEGORY_IDS) {
      const k = credits[c];
      const both = detected.has(c) && gold.has(c) ? 1 : 0;
      if (detected.has(c)) { k.predicted += 1; k.precisionCredit += both; }
      if (gold.has(c)) { k.gold += 1; k.recallCredit += both; }
    }
  }
  return prfTable(credits);
}
