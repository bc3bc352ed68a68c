import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import { KEEPS_MEANING } from './meaning-adverbs.js';
import { type TokenTable, TokenKind } from './token-table.js';
import type { Voices } from './voice.js';
import type { WordStream } from './words.js';

/** Conjunctions that join the modifiers of one noun or close a list of them ("solid and lasting", "agricultural and fertiliser"): complete-phrase.ts reads them too. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);
/** Most adjectives (with their adverbs) a span is carried back over. */
const MAX_ADJECTIVES = 3;

/** What stands between word w-1 and word w: 'space' (white space only), 'comma' (one comma and white space), or 'other'. */
function gapBefore(t: TokenTable, ws: WordStream, w: number): 'space' | 'comma' | 'other' {
  let commas = 0;
  for (let i = ws.token[w - 1] + 1; i < ws.token[w]; i++) {
    if (t.value[i] === ',') commas++;
    else if (t.kind[i] !== TokenKind.Space) return 'other';
  }
  return commas === 0 ? 'space' : commas === 1 ? 'comma' : 'other';
}

/** The first word of an adjective at word w with the adverbs right before it ("simply irresponsible"), or -1 when word w is no adjective. */
function adjectiveStart(t: TokenTable, ws: WordStream, w: number): number {
  if (w < 0 || ws.pos[w] !== 'ADJ') return -1;
  let first = w;
  while (first > 0 && ws.pos[first - 1] === 'ADV' && !KEEPS_MEANING.has(ws.exact[first - 1]) && gapBefore(t, ws, first) === 'space') first--;
  return first;
}

/**
 * True when the match from word w on is adjectives (with adverbs and conjunctions) that go before a noun of the
 * match ("lasting settlement") or stand alone as a predicate ("absurd and baseless"), not a predicate with more
 * words ("acceptable to all sides").
 */
function adjectivePhrase(ws: WordStream, w: number, last: number): boolean {
  for (; w <= last; w++) {
    const pos = ws.pos[w];
    if (pos === 'NOUN' || pos === 'PROPN') return true;
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'CCONJ') return false;
  }
  return true;
}

/**
 * A match that starts on an adjective coordinated with others is carried back over them, the way an
 * annotator marks the list: "lasting settlement" in "a solid and lasting settlement" → "solid and
 * lasting settlement", "immediate and unconditional ceasefire" → "full, immediate and unconditional
 * ceasefire", "baseless" in "absurd and baseless" → "absurd and baseless". Only when the match's adjectives go
 * before its noun or the match is adjectives alone (not "acceptable to all sides"),
 * only adjectives (with their adverbs) of the same voice and sentence, joined by "and"/"or" or by
 * commas in a list that a conjunction closes, and not over a word of another match of the category.
 */
export function coordinatedAdjectives(matches: PatternMatch<CompiledMarker>[], t: TokenTable, ws: WordStream, voices: Voices): PatternMatch<CompiledMarker>[] {
  let covered: Map<string, Set<number>> | undefined; // words of the matches of each category, made when first needed
  const coveredIn = (category: string): Set<number> => {
    if (!covered) {
      covered = new Map();
      for (const o of matches) {
        const words = covered.get(o.item.category) ?? new Set<number>();
        for (let w = o.first; w <= o.last; w++) words.add(w);
        covered.set(o.item.category, words);
      }
    }
    return covered.get(category)!;
  };
  return matches.map((m) => {
    const start = ws.pos[m.first] === 'ADV' && m.first < m.last ? m.first + 1 : m.first;
    if (ws.pos[start] !== 'ADJ' || m.first === 0 || !adjectivePhrase(ws, start, m.last)) return m;
    let closed = false; // a conjunction has been passed, inside the match or over it: a comma list may go on
    for (let w = m.first; w <= m.last && !closed; w++) closed = CONJUNCTIONS.has(ws.exact[w]);
    const taken = coveredIn(m.item.category); // the words before m.first are not m's own
    let first = m.first;
    for (let n = 0; n < MAX_ADJECTIVES; n++) {
      let w = first - 1;
      const gap = gapBefore(t, ws, first);
      if (gap === 'space' && w > 0 && CONJUNCTIONS.has(ws.exact[w]) && gapBefore(t, ws, w) === 'space') { w--; closed = true; } else if (gap !== 'comma' || !closed) break;
      const adjective = adjectiveStart(t, ws, w);
      if (adjective < 0 || voices.voice[adjective] !== voices.voice[m.first] || ws.sentence[adjective] !== ws.sentence[m.first]) break;
      let free = true;
      for (let k = adjective; k < first && free; k++) free = !taken.has(k);
      if (!free) break;
      first = adjective;
    }
    return first === m.first ? m : { ...m, first };
  });
}
