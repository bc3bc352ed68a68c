import { filled } from './filled.js';
import { CATEGORY_IDS, VOICES, type CategoryId, type Voice } from '../taxonomy.js';
import type { Annotation, CategoryScore } from '../types.js';
import { round3 } from './score.js';

const CATEGORY_INDEX = new Map<string, number>(CATEGORY_IDS.map((c, i) => [c, i]));
const VOICE_INDEX = new Map<string, number>(VOICES.map((v, i) => [v, i + 1])); // slot 0 is every voice
const SLOTS = VOICES.length + 1;
if (VOICES.join() !== 'author,quoted,reported') throw new Error('framelens: summarize.ts writes byVoice in the order of VOICES; update it');

/** True when an annotation was scored as part of an off-topic text (pipeline/topic.ts, score.ts). */
const offTopic = (a: Annotation): boolean => a.explanation.factors.some((f) => f.factor === 'off-topic');

/**
 * Document scores, which analyze computes after the stages (STAGES, stages.ts) have run: per category, overall and by voice, 1 - Π(1 - s) over its annotations
 * (multiplied in annotation order), with `detected` at the threshold; every category present. In an off-topic text only the
 * strongest annotation of a slot counts: a market story's "truce", "peaceful settlement", "mediation" and "ceasefire", each
 * scored x0.3, do not add up to a detected peace process.
 */
export function summarizeCategories(annotations: Annotation[], threshold: number): Record<CategoryId, CategoryScore> {
  const rest = filled(CATEGORY_IDS.length * SLOTS, 1); // products of (1 - s), by category and slot
  const count = filled(CATEGORY_IDS.length);
  const strongestOff = filled(CATEGORY_IDS.length * SLOTS); // off-topic annotations: the strongest score, by category and slot
  for (const a of annotations) {
    const c = CATEGORY_INDEX.get(a.category)!;
    count[c]++;
    const slot = c * SLOTS + VOICE_INDEX.get(a.voice)!;
    if (offTopic(a)) {
      strongestOff[c * SLOTS] = Math.max(strongestOff[c * SLOTS], a.score);
      strongestOff[slot] = Math.max(strongestOff[slot], a.score);
      continue;
    }
    rest[c * SLOTS] *= 1 - a.score;
    rest[slot] *= 1 - a.score;
  }
  for (let i = 0; i < rest.length; i++) rest[i] *= 1 - strongestOff[i];
  const out = {} as Record<CategoryId, CategoryScore>;
  for (let c = 0; c < CATEGORY_IDS.length; c++) {
    const score = round3(1 - rest[c * SLOTS]);
    const at = c * SLOTS + 1; // a literal, not a store per voice by computed name (VOICES order: the slots)
    const byVoice: Record<Voice, number> = { author: round3(1 - rest[at]), quoted: round3(1 - rest[at + 1]), reported: round3(1 - rest[at + 2]) };
    out[CATEGORY_IDS[c]] = { score, count: count[c], detected: score >= threshold && score > 0, byVoice };
  }
  return out;
}
