import type { CompiledMarker } from '../lexicon/types.js';
import type { Annotation } from '../types.js';
import type { CategoryId, Voice } from '../taxonomy.js';
import { prepareContext } from './context.js';
import type { Cues } from './cues.js';
import type { PatternMatch } from './match.js';
import { round3, scoreAnnotation } from './score.js';
import { isOnTopic } from './topic.js';
import type { Segmented } from './tokenize.js';
import type { Voices } from './voice.js';
import { balanceQuotes } from './balance-quotes.js';
import type { WordStream } from './words.js';

const VOICE_RANK: Record<Voice, number> = { author: 0, reported: 1, quoted: 2 };

/** The score stage, for each match: its voice (quoted over reported over author), context modifiers and explained score. */
export function annotate(text: string, seg: Segmented, ws: WordStream, matches: PatternMatch<CompiledMarker>[], voices: Voices, cues: Cues, notHedgedBy?: ReadonlyMap<CategoryId, ReadonlySet<string>>): Annotation[] {
  const t = seg.tokens;
  const onTopic = isOnTopic(cues, ws);
  const letter = (i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]);
  const inWord = (i: number, step: 1 | -1) => letter(i) || ((text[i] === "'" || text[i] === '’') && letter(i + step)); // "don't", not a quotation mark
  const cueText = (first: number, last: number) => { // the whole written word of a cue wink cut out of one: "cannot", "don't", not "not", "n't"
    let from = t.start[ws.token[first]];
    let to = t.end[ws.token[last]];
    while (inWord(from - 1, -1) && from > t.start[ws.token[first]] - 8) from--;
    while (inWord(to, 1) && to < t.end[ws.token[last]] + 8) to++;
    return text.slice(from, to);
  };
  const contextOf = prepareContext(ws, cues, notHedgedBy, voices);
  return matches.map((m, i) => {
    let best = m.first;
    for (let w = m.first; w <= m.last; w++) if (VOICE_RANK[voices.voice[w]] > VOICE_RANK[voices.voice[best]]) best = w;
    const { start, end } = balanceQuotes(text, t.start[ws.token[m.first]], t.end[ws.token[m.last]]);
    const applied = contextOf(m.first, m.last, m.item.category).map((c) => ({ modifier: c.modifier, cue: cueText(c.first, c.last) }));
    const { score, factors } = scoreAnnotation(m.item.weight, applied, onTopic);
    const steps = factors.map((f) => `${f.factor}${f.cue ? ` by "${f.cue}"` : ''} ${f.effect}`);
    return {
      id: `a${i + 1}`,
      category: m.item.category,
      marker: m.item.id,
      text: text.slice(start, end),
      start,
      end,
      sentence: ws.sentence[m.first],
      voice: voices.voice[best],
      speaker: voices.speaker[best],
      modifiers: applied.map((a) => a.modifier),
      score,
      explanation: {
        marker: m.item.id,
        pattern: m.source,
        weight: m.item.weight,
        factors,
        score,
        summary: [`weight ${round3(m.item.weight)} (${m.item.id})`, ...steps].join('; ') + ` = ${score}` + (m.joined ? `; span taken on over the overlapping ${m.joined.join(', ')} match` : ''),
      },
    };
  });
}
