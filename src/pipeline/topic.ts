import type { Cues } from './cues.js';
import type { WordStream } from './words.js';

/** Distinct topic words that make a text on-topic whatever its length. */
export const MIN_DISTINCT_TOPIC_WORDS = 3;
/** Or topic words per word of text, for short texts (a statement of one or two sentences). */
export const MIN_TOPIC_DENSITY = 0.025;
/** The most words of a text the density rule applies to: a longer one names three topic words when it is about the war (a 60-word sports story with "sanctions" and "war" is not). */
export const MAX_SHORT_WORDS = 40;

/**
 * True when a text is about war and diplomacy: it names at least three different topic words
 * (lexicons/stance.yaml: war, Ukraine, minister, sanctions ...; "the Ukraine crisis" counts as two, the war and
 * the place, as "the war in Ukraine" does), or topic words make up at least
 * 2.5% of its words. A passing "price war" or "league sanctions" in a 250-word business or sports
 * story is not enough (its markers are scored as off-topic); "Putin said the Kyiv regime must go" is.
 * The war's cities among the topic words are not he-or-she.ts's places: here those that put a text on the topic (no Dnipro), there any a "he" cannot stand for.
 */
export function isOnTopic(cues: Cues, ws: WordStream): boolean {
  const found = cues.topic_words;
  if (found.length === 0) return false;
  if (ws.count <= MAX_SHORT_WORDS && found.length / Math.max(1, ws.count) >= MIN_TOPIC_DENSITY) return true;
  const distinct = new Set<string>();
  for (const c of found) {
    const words = ws.exact.slice(c.first, c.last + 1);
    distinct.add(words.join(' '));
    if (words.includes('crisis')) distinct.add('crisis'); // "the Ukraine crisis" names the war and the place, as "the war in Ukraine" does with two words
  }
  return distinct.size >= MIN_DISTINCT_TOPIC_WORDS;
}
