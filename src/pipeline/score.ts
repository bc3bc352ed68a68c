import type { Modifier } from '../taxonomy.js';

/** Multiplier for a negated marker: it falls low (and stays visible, explained). */
export const NEGATED_FACTOR = 0.1;
/** Multiplier for a hedged marker. */
export const HEDGED_FACTOR = 0.7;
/** Share of the distance to 1 that a booster adds. */
export const BOOST_SHARE = 0.3;
/** Multiplier for a credit-claiming marker in an appeal to others ("We urge both sides to hold productive talks"): it claims nothing. */
export const APPEAL_FACTOR = 0.1;
/** Multiplier for every marker of an off-topic text (pipeline/topic.ts): off-topic texts score low. */
export const OFF_TOPIC_FACTOR = 0.3;
/** Default document threshold: a category is detected when its score reaches it. Chosen on first-sight dev predictions (docs/history/first-sight-threshold.md); above OFF_TOPIC_FACTOR, so an off-topic text (whose category scores are its strongest annotation x0.3, at most 0.3) detects nothing. */
export const DEFAULT_THRESHOLD = 0.35;

/** One step of a score's explanation. */
export interface ScoreFactor { factor: Modifier | 'off-topic'; cue: string | null; effect: string; value: number }

/** Round to three decimals (scores and factors in the output). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Part of the score stage, score one annotation: the marker's weight adjusted by each context factor, in [0,1], with the steps. */
export function scoreAnnotation(weight: number, mods: { modifier: Modifier; cue: string }[], onTopic: boolean): { score: number; factors: ScoreFactor[] } {
  let s = weight;
  const factors: ScoreFactor[] = [];
  for (const m of mods) {
    if (m.modifier === 'negated') { s *= NEGATED_FACTOR; factors.push({ factor: 'negated', cue: m.cue, effect: `x${NEGATED_FACTOR}`, value: round3(s) }); }
    if (m.modifier === 'hedged') { s *= HEDGED_FACTOR; factors.push({ factor: 'hedged', cue: m.cue, effect: `x${HEDGED_FACTOR}`, value: round3(s) }); }
    if (m.modifier === 'appeal') { s *= APPEAL_FACTOR; factors.push({ factor: 'appeal', cue: m.cue, effect: `x${APPEAL_FACTOR}`, value: round3(s) }); }
    if (m.modifier === 'boosted') { s += (1 - s) * BOOST_SHARE; factors.push({ factor: 'boosted', cue: m.cue, effect: `+${BOOST_SHARE} of the rest`, value: round3(s) }); }
  }
  if (!onTopic) { s *= OFF_TOPIC_FACTOR; factors.push({ factor: 'off-topic', cue: null, effect: `x${OFF_TOPIC_FACTOR}`, value: round3(s) }); }
  return { score: round3(Math.min(1, Math.max(0, s))), factors };
}
