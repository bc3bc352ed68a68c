import type { CompiledPattern } from '../lexicon/pattern-element.js';
import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import { matchAt } from './match-pattern.js';
import { runSequence } from './match-program.js';
import type { WordStream } from './words.js';

/**
 * A marker's `unless` patterns, and its category's (engine.ts, `unless`), stop it where one of them matches words its match shares, in the same
 * sentence: "the root causes of this war" is Moscow's frame, "the root cause of this war is Russia's
 * imperial ambition" is Kyiv's answer to it. The patterns are tried only in the sentences of matches
 * whose marker has any, from every word of the sentence.
 */
export function dropUnless(matches: PatternMatch<CompiledMarker>[], ws: WordStream, unless: ReadonlyMap<CompiledMarker, readonly CompiledPattern[]>): PatternMatch<CompiledMarker>[] {
  if (unless.size === 0 || !matches.some((m) => unless.has(m.item))) return matches;
  return matches.filter((m) => { const stops = unless.get(m.item); return stops === undefined || !stopped(m, stops, ws); });
}

/** True when one of `unless` matches in m's sentence over words that overlap [m.first, m.last]. */
function stopped(m: PatternMatch<CompiledMarker>, unless: readonly CompiledPattern[], ws: WordStream): boolean {
  const sentence = ws.sentence[m.first];
  const first = ws.sentenceFirstWord[sentence];
  const end = ws.sentenceFirstWord[sentence + 1];
  for (const p of unless) {
    const seq = runSequence(p.seq);
    for (let w = first; w <= m.last; w++) {
      const stop = matchAt(seq, ws, w, end);
      if (stop > w && stop - 1 >= m.first) return true;
    }
  }
  return false;
}
