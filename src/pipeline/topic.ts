import { cueWords, type Cues } from './cues.js';
import type { WordStream } from './words.js';

/** Distinct topic words that make a text on-topic whatever its length. */
export const MIN_DISTINCT_TOPIC_WORDS = 3;
/** Or topic words per word of text, for short texts (a statement of one or two sentences). */
export const MIN_TOPIC_DENSITY = 0.025;
/** The most words of a text the density rule applies to: a longer one names three topic words when it is about the war (a 60-word sports story with "sanctions" and "war" is not). */
export const MAX_SHORT_WORDS = 40;
/** The most words of a text that two different topic words, one of them a name of the war, put on the topic (a statement, a post, a short readout). */
export const MAX_NAMED_WORDS = 120;
/** Distinct topic words that put a text on the topic without a name of the war's states, places or people: a sports story with "sanctions", a "pitch invasion" and an "occupied" club shop names none. */
export const MIN_DISTINCT_UNNAMED = 5;

/**
 * True when a text is about war and diplomacy (lexicons/stance.yaml: `topic_words` such as war, minister,
 * sanctions, missile attacks; `topic_names`, the war's states, places and people, such as Russia, Kyiv, Putin,
 * Zaporizhzhia): it names at least three different topic words, one of them a name (or five without one); or, in a text of at most 120 words, two
 * different ones of which one is a name ("Overnight Russia launched 600 drones and 50 missiles at our cities");
 * or topic words make up at least 2.5% of a text of at most 40 words ("The Zelensky regime must go").
 * The two lists are searched on their own, so "the Ukraine crisis" holds two, the crisis and the place,
 * as "the war in Ukraine" does. A passing "price war" or "league sanctions" in a 60-word sports story or a
 * 250-word business story is not enough: its markers are scored as off-topic.
 * The war's cities among the topic names are not he-or-she.ts's places: here those that put a text on the topic (no Dnipro), there any a "he" cannot stand for.
 */
export function isOnTopic(cues: Cues, ws: WordStream): boolean {
  const words = cues.topic_words;
  const names = cues.topic_names;
  const found = words.length + names.length;
  if (found === 0) return false;
  if (ws.count <= MAX_SHORT_WORDS && found / Math.max(1, ws.count) >= MIN_TOPIC_DENSITY) return true;
  const distinct = new Set<string>();
  for (const list of [words, names]) for (const c of list) distinct.add(cueWords(ws, c));
  if (names.length === 0) return distinct.size >= MIN_DISTINCT_UNNAMED;
  return distinct.size >= MIN_DISTINCT_TOPIC_WORDS || (distinct.size >= 2 && ws.count <= MAX_NAMED_WORDS);
}
