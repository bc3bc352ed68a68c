import type { CompiledMarker } from '../lexicon/types.js';
import type { Annotation } from '../types.js';
import type { CategoryId, Voice } from '../taxonomy.js';
import { prepareContext } from './context.js';
import type { Cue, Cues } from './cues.js';
import type { PatternMatch } from './match.js';
import { round3, scoreAnnotation } from './score.js';
import { isOnTopic } from './topic.js';
import type { Segmented } from './tokenize.js';
import type { Voices } from './voice.js';
import { balanceQuotes } from './balance-quotes.js';
import type { WordStream } from './words.js';

/**
 * Keep, per category, the strongest of overlapping matches (then the longest, then lexicon order); a match as written
 * comes before one that passed over an adverb, which only adds what the patterns as written miss. A match of the
 * kept one's marker that overlaps it is joined to it (joinSameMarker) when it carries it on to the right, or to the
 * left over a negator (`negators`: the cues' negators) that is then the pattern's own, not one that negates it.
 */
export function resolveOverlaps(matches: PatternMatch<CompiledMarker>[], negators: readonly Cue[] = []): PatternMatch<CompiledMarker>[] {
  const ranked = [...matches].sort((a, b) => Number(a.elastic ?? false) - Number(b.elastic ?? false) || b.item.weight - a.item.weight || (b.last - b.first) - (a.last - a.first) || a.order - b.order || a.first - b.first);
  const taken = new Map<string, Map<number, PatternMatch<CompiledMarker>>>(); // per category, the kept match that covers each word (linear, unlike comparing pairs)
  const kept: PatternMatch<CompiledMarker>[] = [];
  for (const m of ranked) {
    let words = taken.get(m.item.category);
    if (words === undefined) taken.set(m.item.category, (words = new Map()));
    let over: PatternMatch<CompiledMarker> | undefined;
    for (let w = m.first; w <= m.last && over === undefined; w++) over = words.get(w);
    if (over === undefined) {
      for (let w = m.first; w <= m.last; w++) words.set(w, m);
      kept.push(m);
    } else if (over.item === m.item && (m.first >= over.first || holdsNegator(negators, m.first, over.first))) joinSameMarker(over, m, words);
  }
  return kept.sort((a, b) => a.first - b.first || a.last - b.last || a.order - b.order);
}

/** True when a negator lies on words [from, before). */
function holdsNegator(negators: readonly Cue[], from: number, before: number): boolean {
  for (const c of negators) if (c.first >= from && c.last < before) return true;
  return false;
}

/**
 * Two overlapping matches of one marker are one occurrence of its frame, matched in two pieces ("calls for no
 * foreign troops" and "troops to be deployed in Ukraine under any pretext"; "without water" and "without water and
 * heating"): the kept one takes in the other's words, unless they reach a word another kept match of the category holds.
 */
function joinSameMarker(kept: PatternMatch<CompiledMarker>, other: PatternMatch<CompiledMarker>, words: Map<number, PatternMatch<CompiledMarker>>): void {
  for (let w = other.first; w <= other.last; w++) { const owner = words.get(w); if (owner !== undefined && owner !== kept) return; }
  for (let w = other.first; w <= other.last; w++) words.set(w, kept);
  kept.first = Math.min(kept.first, other.first);
  kept.last = Math.max(kept.last, other.last);
}

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
        summary: [`weight ${round3(m.item.weight)} (${m.item.id})`, ...steps].join('; ') + ` = ${score}`,
      },
    };
  });
}
