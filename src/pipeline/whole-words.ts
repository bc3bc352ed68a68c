import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import type { TokenTable } from './token-table.js';
import type { WordStream } from './words.js';
import { isHyphen } from './hyphen.js';

/**
 * True when word w and the word before it are parts of one hyphenated word: one hyphen between
 * them and no white space on either side ("Russian-flagged", "Twenty-eight"; not "war - and").
 */
export function hyphenJoined(t: TokenTable, ws: WordStream, w: number): boolean {
  if (w <= 0 || w >= ws.count) return false;
  const before = ws.token[w - 1];
  const at = ws.token[w];
  return at === before + 2 && isHyphen(t.value[before + 1]) && t.end[before] === t.start[before + 1] && t.end[before + 1] === t.start[at];
}

/**
 * A span starts and ends on whole written words: the tokenizer splits "peace-loving" and "trust-based",
 * and a pattern that matches one part ("loving Zelensky regime", "friendly and trust") takes the
 * whole hyphenated word ("peace-loving Zelensky regime", "friendly and trust-based"). Runs on kept
 * matches, before they are carried on to their head nouns (complete-phrase.ts).
 */
export function wholeWords(matches: PatternMatch<CompiledMarker>[], t: TokenTable, ws: WordStream): PatternMatch<CompiledMarker>[] {
  return matches.map((m) => {
    let { first, last } = m;
    while (hyphenJoined(t, ws, first)) first--;
    while (hyphenJoined(t, ws, last + 1)) last++;
    return first === m.first && last === m.last ? m : { ...m, first, last };
  });
}
