import type { CompiledPattern, PatternElement } from './pattern.js';

/** A pattern with the item it belongs to (a marker index, a stance list entry). */
export interface IndexedPattern<T> { pattern: CompiledPattern; item: T; order: number }

/** Patterns keyed by a word's stem key, exact form or POS tag. */
export interface PatternKeys<T> {
  byKey: Map<string, IndexedPattern<T>[]>;
  byExact: Map<string, IndexedPattern<T>[]>;
  byPos: Map<string, IndexedPattern<T>[]>;
}

/**
 * All patterns of a lexicon part keyed by the words that can begin them, so matching costs one pass.
 * A pattern led by an optional word ("(a|an|the)? Kyiv regime") is keyed by the words that begin the
 * rest of it, at the word itself (lead skipped) and, in `next`, at the word after (lead taken), so
 * a common lead word does not try every such pattern.
 */
export interface PatternIndex<T> extends PatternKeys<T> {
  next: PatternKeys<T>;
  size: number;
}

/** The words that can begin a sequence: stem keys, exact forms, POS tags. */
export type Starts = { keys: Set<string>; exact: Set<string>; pos: Set<string> };

function collectStarts(seq: PatternElement[], from: number, out: Starts): boolean {
  for (let i = from; i < seq.length; i++) {
    const el = seq[i];
    if (el.t === 'gap') continue;
    if (el.t === 'word') {
      if (el.pos && el.keys.length + el.exact.length === 0) out.pos.add(el.pos);
      el.keys.forEach((k) => out.keys.add(k));
      el.exact.forEach((k) => out.exact.add(k));
    } else if (el.t === 'pos') out.pos.add(el.pos);
    else {
      let allOpen = true;
      for (const s of el.seqs) if (!collectStarts(s, 0, out)) allOpen = false;
      if (!allOpen && !el.opt) return true;
      continue;
    }
    if (!el.opt) return true;
  }
  return false;
}

const isWildcard = (el: PatternElement) => el.t === 'word' && !el.pos && el.keys.length + el.exact.length === 0;

/** Elements whose first word the collected starts pin down for certain: a word with a key, exact form or POS, a POS, or a group of sequences of such required elements. */
const pinned = (el: PatternElement): boolean =>
  el.t === 'alt' ? el.seqs.every((s) => s.length > 0 && s.every((e) => pinned(e) && !('opt' in e && e.opt))) : el.t !== 'gap' && !isWildcard(el);

/** The words that can begin seq[from..], when they are certain: pinned elements up to the first required one (no gap or wildcard before it); else undefined. */
export function certainStarts(seq: PatternElement[], from = 0): Starts | undefined {
  let required = false;
  for (let i = from; i < seq.length && !required; i++) {
    const el = seq[i];
    if (!pinned(el)) return undefined;
    required = !('opt' in el && el.opt);
  }
  if (!required) return undefined;
  const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
  collectStarts(seq, from, starts); // a superset of the starts of the elements up to the first required one
  return starts;
}

/** For a sequence led by an optional word or POS, the certain starts of the rest. */
function restStarts(seq: PatternElement[]): Starts | undefined {
  const lead = seq[0];
  return lead && lead.t !== 'alt' && lead.t !== 'gap' && lead.opt ? certainStarts(seq, 1) : undefined;
}

function pushAll<T>(keys: PatternKeys<T>, starts: Starts, entry: IndexedPattern<T>): void {
  starts.keys.forEach((k) => push(keys.byKey, k, entry));
  starts.exact.forEach((k) => push(keys.byExact, k, entry));
  starts.pos.forEach((k) => push(keys.byPos, k, entry));
}

function push<T>(map: Map<string, IndexedPattern<T>[]>, key: string, entry: IndexedPattern<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Build the first-word index over patterns; `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[]): PatternIndex<T> {
  const index: PatternIndex<T> = { byKey: new Map(), byExact: new Map(), byPos: new Map(), next: { byKey: new Map(), byExact: new Map(), byPos: new Map() }, size: 0 };
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const entry = { pattern, item, order: order++ };
      const rest = restStarts(pattern.seq);
      if (rest) {
        pushAll(index, rest, entry);
        pushAll(index.next, rest, entry);
      } else {
        const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
        collectStarts(pattern.seq, 0, starts);
        pushAll(index, starts, entry);
      }
      index.size++;
    }
  }
  return index;
}
