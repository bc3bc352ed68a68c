import type { Voice } from '../taxonomy.js';
import type { LabelledSpan } from './span-metric.js';

/** How often a matched predicted span carries the gold voice. */
export interface VoiceAgreement { matched: number; agree: number; share: number | null }

type Voiced = LabelledSpan & { voice: Voice };

/**
 * Voice agreement: for each predicted span that overlaps a gold span of its category, compare its voice
 * with the voice of the gold span it overlaps most.
 */
export function voiceAgreement(docs: { predicted: Voiced[]; gold: Voiced[] }[]): VoiceAgreement {
  let matched = 0;
  let agree = 0;
  for (const { predicted, gold } of docs) {
    for (const p of predicted) {
      let best: Voiced | null = null;
      let bestOverlap = 0;
      for (const g of gold) {
        if (g.category !== p.category) continue;
        const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (overlap > bestOverlap) { best = g; bestOverlap = overlap; }
      }
      if (!best) continue;
      matched += 1;
      if (best.voice === p.voice) agree += 1;
    }
  }
  return { matched, agree, share: matched ? Math.round((agree / matched) * 10000) / 10000 : null };
}
