import type { LexiconEngine } from '../lexicon/engine.js';
import type { CompiledMarker } from '../lexicon/types.js';
import { matchIndex, type PatternMatch } from './match.js';
import type { Voices } from './voice.js';
import type { WordStream } from './words.js';

/**
 * A marker's `unless` patterns, and its category's (engine.ts), stop it where one of them matches
 * words its match shares: "the root causes of this war" is Moscow's frame, "the root cause of this war
 * is Russia's imperial ambition" is Kyiv's answer to it. A formula in quotation marks is the other side's words,
 * quoted, whatever the sentence around it says of them, so only an `unless` match inside the same quotation (the
 * speaker's own words: "Putin's war has cost lives on both sides") stops it; the author's does not ("the Kremlin's
 * talk of "legitimate security interests" is a cynical cover": corpus/ANNOTATION.md). All `unless` patterns run in
 * one indexed pass (as the markers do), over the sentences where a marker that has any matched.
 */
export function dropUnless(matches: PatternMatch<CompiledMarker>[], ws: WordStream, engine: Pick<LexiconEngine, 'unless' | 'unlessIndex'>, voices?: Pick<Voices, 'voice' | 'quoteOfWord'>): PatternMatch<CompiledMarker>[] {
  const { unless } = engine;
  const stoppable = (m: PatternMatch<CompiledMarker>) => unless.has(m.item);
  if (unless.size === 0 || !matches.some(stoppable)) return matches;
  const within = (s: PatternMatch<unknown>, m: PatternMatch<unknown>) => { // a stop counts for a quoted match only inside its quotation
    if (voices?.voice[m.first] !== 'quoted') return true;
    const q = voices.quoteOfWord[m.first];
    return q >= 0 && voices.quoteOfWord[s.first] === q && voices.quoteOfWord[s.last] === q;
  };
  const sentences = new Uint8Array(ws.count > 0 ? ws.sentence[ws.count - 1] + 1 : 0);
  for (const m of matches) if (stoppable(m)) sentences[ws.sentence[m.first]] = 1;
  const stops = matchIndex(engine.unlessIndex, ws, sentences); // only the sentences of such matches; matches stay inside one sentence, so overlapping ones share it
  return matches.filter((m) => {
    const own = stoppable(m) ? unless.get(m.item) : undefined;
    return own === undefined || !stops.some((s) => s.first <= m.last && m.first <= s.last && own.has(s.item) && within(s, m));
  });
}

