import { whoSays } from '../format/turn.js';
import type { AnalysisResult } from '../types.js';
import type { MarkerUse } from './types.js';

/** Group a result's annotations by marker id: count, strongest score, distinct texts, and the distinct (text, voice, speaker, negated) wordings; strongest first. */
export function markerUses(result: AnalysisResult): MarkerUse[] {
  const byId = new Map<string, MarkerUse>();
  for (const a of result.annotations) {
    let use = byId.get(a.marker);
    if (!use) byId.set(a.marker, (use = { marker: a.marker, category: a.category, count: 0, score: 0, texts: [], wordings: [] }));
    use.count += 1;
    use.score = Math.max(use.score, a.score);
    if (!use.texts.includes(a.text)) use.texts.push(a.text);
    const speaker = whoSays(result, a);
    const negated = a.modifiers.includes('negated');
    const same = use.wordings.find((w) => w.text === a.text && w.voice === a.voice && w.speaker === speaker && !!w.negated === negated);
    if (same) same.count += 1;
    else use.wordings.push({ text: a.text, voice: a.voice, speaker, count: 1, ...(negated ? { negated: true as const } : {}) });
  }
  return [...byId.values()].sort((x, y) => y.score - x.score || x.marker.localeCompare(y.marker));
}

/** The marker uses of one text (`markerUses` of it) whose marker id never fires in `b`. */
export function onlyIn(uses: MarkerUse[], b: AnalysisResult): MarkerUse[] {
  const inB = new Set(b.annotations.map((x) => x.marker));
  return uses.filter((u) => !inB.has(u.marker));
}
