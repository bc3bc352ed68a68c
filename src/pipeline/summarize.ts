import { CATEGORY_IDS, VOICES, type CategoryId, type Voice } from '../taxonomy.js';
import type { Annotation, CategoryScore } from '../types.js';
import { combineScores } from './score.js';

/** Stage 9, document scores: per category, overall and by voice, with `detected` at the threshold; every category present. */
export function summarizeCategories(annotations: Annotation[], threshold: number): Record<CategoryId, CategoryScore> {
  const scores = new Map<CategoryId, Record<Voice | 'all', number[]>>();
  for (const a of annotations) {
    let entry = scores.get(a.category);
    if (!entry) scores.set(a.category, (entry = { all: [], author: [], quoted: [], reported: [] }));
    entry.all.push(a.score);
    entry[a.voice].push(a.score);
  }
  const out = {} as Record<CategoryId, CategoryScore>;
  for (const id of CATEGORY_IDS) {
    const e = scores.get(id);
    const score = e ? combineScores(e.all) : 0;
    const byVoice = Object.fromEntries(VOICES.map((v) => [v, e ? combineScores(e[v]) : 0])) as Record<Voice, number>;
    out[id] = { score, count: e ? e.all.length : 0, detected: score >= threshold && score > 0, byVoice };
  }
  return out;
}
