import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import { round3 } from '../pipeline/score.js';
import { echoScore } from './echo.js';
import { exactPhrases, type ExactOptions } from './exact.js';
import { framingFirst } from './framing-first.js';
import { inBoth } from './in-both.js';
import { markerUses, onlyIn } from './markers.js';
import { nearMarkers, nearSentences, type NearOptions } from './near.js';
import type { CategoryComparison, CompareResult, CompareSide } from './types.js';

/** Options of `compare`. */
export interface CompareOptions { exact?: ExactOptions; near?: NearOptions }

/** Compare two analysed accounts of one event: category deltas (b - a), what both say (categories and markers in both), markers only in one, shared phrases (exact, those carrying framing first, then near), echo of A in B. Pure. */
export function compare(a: CompareSide, b: CompareSide, options: CompareOptions = {}): CompareResult {
  const categories = Object.fromEntries(CATEGORY_IDS.map((id) => {
    const ca = a.result.categories[id]; const cb = b.result.categories[id];
    const sa = ca?.score ?? 0; const sb = cb?.score ?? 0;
    return [id, { a: sa, b: sb, delta: round3(sb - sa), detected: { a: ca?.detected ?? false, b: cb?.detected ?? false }, own: { a: ca?.byVoice.author ?? 0, b: cb?.byVoice.author ?? 0 } }];
  })) as Record<CategoryId, CategoryComparison>;
  const echo = echoScore(a.result, b.result);
  const usesA = markerUses(a.result); const usesB = markerUses(b.result); // once a side: what both say and what only one says read the same uses
  return {
    schemaVersion: 1,
    a: { source: a.result.source, stats: a.result.stats },
    b: { source: b.result.source, stats: b.result.stats },
    threshold: a.result.threshold,
    categories,
    inBoth: inBoth(a.result, b.result, usesA, usesB),
    onlyA: onlyIn(usesA, b.result),
    onlyB: onlyIn(usesB, a.result),
    shared: [
      ...framingFirst(exactPhrases(a.text, b.text, options.exact), a.result, b.result),
      ...nearMarkers(a.result, b.result, options.near),
      ...nearSentences(a, b, options.near),
    ],
    echo: echo.score,
    echoDetail: { annotations: echo.annotations, echoed: echo.echoed, items: echo.items },
  };
}
