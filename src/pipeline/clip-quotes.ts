import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import type { Voices } from './voice.js';
import type { WordStream } from './words.js';

/** Words that only lead into a phrase: what optional pattern prefixes such as `(a|an|the)? <ADJ>?` take. */
const LEAD_IN = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
const MAX_LEAD_IN = 2;

/** The mirror case: a match that begins inside a quotation and goes on past it keeps its quoted part when no more words stand outside (`"root causes of the crisis" must be eliminated`). */
function trailOut(m: PatternMatch<CompiledMarker>, quoted: (w: number) => boolean): PatternMatch<CompiledMarker> {
  let last = m.first;
  while (last + 1 <= m.last && quoted(last + 1)) last++;
  for (let w = last + 1; w <= m.last; w++) if (quoted(w)) return m; // the quoted part is not one run
  return m.last - last <= last - m.first + 1 ? { ...m, last } : m;
}

/**
 * Spans take the quoted words, not the quotation marks or the words that lead into them
 * (corpus/ANNOTATION.md): a match that begins outside a quotation and goes on inside it keeps only
 * its quoted part when the words outside only lead in (up to two articles, adjectives, numbers or
 * pronouns: `the "Kiev junta"`) or are no more than the quoted words (`Cities "were damaged"`,
 * `described the talks as "very, very positive"`). When more words stand outside than inside, they
 * carry the frame and the match stays whole (`a victim of "NATO expansion"`, `ought to have been
 * resolved through "good faith peace efforts"`), as does a match with a quotation in its middle.
 * A match that begins inside a quotation and runs past its end is clipped the same way (trailOut).
 */
export function clipToQuotes(matches: PatternMatch<CompiledMarker>[], ws: WordStream, voices: Voices): PatternMatch<CompiledMarker>[] {
  const quoted = (w: number) => voices.voice[w] === 'quoted';
  return matches.map((m) => {
    if (quoted(m.first) && !quoted(m.last)) return trailOut(m, quoted);
    if (quoted(m.first) || !quoted(m.last)) return m;
    let first = m.first;
    while (!quoted(first)) first++;
    for (let w = first; w <= m.last; w++) if (!quoted(w)) return m; // the quoted part is not one run
    const outside = first - m.first;
    let leadIn = outside <= MAX_LEAD_IN;
    for (let w = m.first; w < first && leadIn; w++) leadIn = LEAD_IN.has(ws.pos[w]);
    return leadIn || outside <= m.last - first + 1 ? { ...m, first } : m;
  });
}
