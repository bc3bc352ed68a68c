// The match step that settles overlaps: per category, one match keeps each word; two pieces of one marker's match are one span.
import type { CompiledMarker } from '../lexicon/types.js';
import type { Cue } from './cues.js';
import type { PatternMatch } from './match.js';

/**
 * Keep, per category, the strongest of overlapping matches (then the longest, then lexicon order); a match as written
 * comes before one that passed over an adverb, which only adds what the patterns as written miss. A weaker match of
 * the category that overlaps a kept one is joined to it (joinPiece) when it carries it on to the right; one of the
 * kept one's own marker also when it carries it to the left over a negator (`negators`: the cues' negators), which is
 * then the pattern's own, not one that negates it.
 */
export function resolveOverlaps(matches: PatternMatch<CompiledMarker>[], negators: readonly Cue[] = []): PatternMatch<CompiledMarker>[] {
  const ranked = [...matches].sort((a, b) => Number(a.elastic ?? false) - Number(b.elastic ?? false) || b.item.weight - a.item.weight || (b.last - b.first) - (a.last - a.first) || a.order - b.order || a.first - b.first);
  const taken = new Map<string, Map<number, PatternMatch<CompiledMarker>>>(); // per category, the kept match that covers each word (linear, unlike comparing pairs)
  const kept: PatternMatch<CompiledMarker>[] = [];
  const pieces: [PatternMatch<CompiledMarker>, PatternMatch<CompiledMarker>][] = []; // a match not kept, and the kept match it overlaps
  for (const m of ranked) {
    let words = taken.get(m.item.category);
    if (words === undefined) taken.set(m.item.category, (words = new Map()));
    let over: PatternMatch<CompiledMarker> | undefined;
    for (let w = m.first; w <= m.last && over === undefined; w++) over = words.get(w);
    if (over === undefined) {
      for (let w = m.first; w <= m.last; w++) words.set(w, m);
      kept.push(m);
    } else pieces.push([m, over]);
  }
  for (const [m, over] of pieces) { // once every match that stands on its own is kept: a piece never takes words from one
    if (m.first >= over.first || (over.item === m.item && holdsNegator(negators, m.first, over.first))) joinPiece(over, m, taken.get(m.item.category)!);
  }
  return kept.sort((a, b) => a.first - b.first || a.last - b.last || a.order - b.order);
}

/** True when a negator lies on words [from, before). */
function holdsNegator(negators: readonly Cue[], from: number, before: number): boolean {
  for (const c of negators) if (c.first >= from && c.last < before) return true;
  return false;
}

/**
 * Two overlapping matches of one category are one occurrence of its frame, matched in two pieces ("calls for no
 * foreign troops" and "troops to be deployed in Ukraine under any pretext"; "groundless" and "groundless and
 * irresponsible"): the kept one takes in the other's words, unless they reach a word another kept match of the
 * category holds, and names the other's marker among those `joined` (its explanation says so).
 */
function joinPiece(kept: PatternMatch<CompiledMarker>, other: PatternMatch<CompiledMarker>, words: Map<number, PatternMatch<CompiledMarker>>): void {
  for (let w = other.first; w <= other.last; w++) { const owner = words.get(w); if (owner !== undefined && owner !== kept) return; }
  for (let w = other.first; w <= other.last; w++) words.set(w, kept);
  const joined = (kept.joined ??= []);
  if (!joined.includes(other.item.id)) joined.push(other.item.id);
  kept.first = Math.min(kept.first, other.first);
  kept.last = Math.max(kept.last, other.last);
}
