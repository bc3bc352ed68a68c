import { round3 } from '../pipeline/score.js';
import type { AnalysisResult } from '../types.js';
import { textSimilarity } from './near.js';
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
  const items: EchoItem[] = b.annotations.map((y) => {
    const base = { marker: y.marker, category: y.category, text: y.text, score: y.score };
    if (markersA.has(y.marker)) return { ...base, via: 'marker', similarity: 1, matched: a.annotations.find((x) => x.marker === y.marker)!.text };
    let best = 0; let matched: string | null = null;
    for (const x of a.annotations) {
      if (x.category !== y.category) continue;
      const sim = textSimilarity(x.text, y.text);
      if (sim > best) { best = sim; matched = x.text; }
    }
    return best >= ECHO_NEAR ? { ...base, via: 'near', similarity: round3(best), matched } : { ...base, via: 'none', similarity: 0, matched: null };
  });
  const total = items.reduce((s, i) => s + i.score, 0);
  const echoed = items.reduce((s, i) => s + i.score * i.similarity, 0);
  return { score: total > 0 ? round3(echoed / total) : 0, annotations: items.length, echoed: items.filter((i) => i.via !== 'none').length, items };
}
