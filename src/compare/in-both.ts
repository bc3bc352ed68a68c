import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import type { AnalysisResult } from '../types.js';
import type { CategorySide, InBoth, MarkerUse, SharedMarker, SideUse } from './types.js';

function categorySide(result: AnalysisResult, uses: MarkerUse[], id: CategoryId): CategorySide {
  const mine = uses.filter((u) => u.category === id);
  return { score: result.categories[id]?.score ?? 0, markers: mine.map((u) => u.marker), wordings: mine.flatMap((u) => u.wordings) };
}

const side = (u: MarkerUse): SideUse => ({ count: u.count, score: u.score, texts: u.texts, wordings: u.wordings });

/**
 * What both texts say: each category with annotations in both (in taxonomy order) with each side's score, markers and
 * wordings, and each marker that fires in both with each side's use of it, strongest (the higher of the two scores) first.
 * `usesA` and `usesB` are the texts' marker uses (`markerUses`), worked out once by the caller.
 */
export function inBoth(a: AnalysisResult, b: AnalysisResult, usesA: MarkerUse[], usesB: MarkerUse[]): InBoth {
  const categories = CATEGORY_IDS
    .filter((id) => usesA.some((u) => u.category === id) && usesB.some((u) => u.category === id))
    .map((id) => ({ category: id, a: categorySide(a, usesA, id), b: categorySide(b, usesB, id) }));
  const byMarkerB = new Map(usesB.map((u) => [u.marker, u]));
  const markers: SharedMarker[] = usesA.flatMap((u) => {
    const v = byMarkerB.get(u.marker);
    return v ? [{ marker: u.marker, category: u.category, a: side(u), b: side(v) }] : [];
  });
  markers.sort((x, y) => Math.max(y.a.score, y.b.score) - Math.max(x.a.score, x.b.score) || x.marker.localeCompare(y.marker));
  return { categories, markers };
}
