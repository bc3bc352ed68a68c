import { round3 } from '../pipeline/score.js';
import type { AnalysisResult } from '../types.js';
import { distinctTexts, textSimilarity } from './near.js';
import type { Echo, EchoItem } from './types.js';

/** Minimum text similarity for an annotation of B to echo a differently-tagged one of A in the same category. */
export const ECHO_NEAR = 0.85;

/**
 * How much of B's framing repeats A's: each annotation of B counts 1 when its marker also fires in A,
 * its text similarity when a same-category annotation of A reads nearly the same (>= ECHO_NEAR), else 0;
 * the echo score is the mean of those values weighted by the annotations' scores (0 when B has none).
 */
export function echoScore(a: AnalysisResult, b: AnalysisResult): Echo {
  const markersA = new Set(a.annotations.map((x) => x.marker));
  const textsA = distinctTexts(a.annotations);
  const best = new Map<string, { sim: number; matched: string | null }>();
  const items: EchoItem[] = b.annotations.map((y) => {
    const base = { marker: y.marker, category: y.category, text: y.text, score: y.score };
    if (markersA.has(y.marker)) return { ...base, via: 'marker', similarity: 1, matched: a.annotations.find((x) => x.marker === y.marker)!.text };
    const key = `${y.category}\u0000${y.text}`;
    let near = best.get(key);
    if (!near) {
      near = { sim: 0, matched: null };
      for (const x of textsA) {
        if (x.category !== y.category) continue;
        const sim = textSimilarity(x.text, y.text);
        if (sim > near.sim) near = { sim, matched: x.text };
      }
      best.set(key, near);
    }
    return near.sim >= ECHO_NEAR ? { ...base, via: 'near', similarity: round3(near.sim), matched: near.matched } : { ...base, via: 'none', similarity: 0, matched: null };
  });
  const total = items.reduce((s, i) => s + i.score, 0);
  const echoed = items.reduce((s, i) => s + i.score * i.similarity, 0);
  return { score: total > 0 ? round3(echoed / total) : 0, annotations: items.length, echoed: items.filter((i) => i.via !== 'none').length, items };
}
