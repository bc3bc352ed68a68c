import type { CompiledPattern, PatternElement } from './pattern.js';

/** A pattern with the item it belongs to (a marker index, a stance list entry); `prefix`, for an anchored pattern, is the most words its optional lead can take. */
export interface IndexedPattern<T> { pattern: CompiledPattern; item: T; order: number; prefix?: number }

/** Patterns keyed by a word's stem key, exact form or POS tag. */
export interface PatternKeys<T> {
  byKey: Map<string, IndexedPattern<T>[]>;
  byExact: Map<string, IndexedPattern<T>[]>;
  byPos: Map<string, IndexedPattern<T>[]>;
}

/**
 * All patterns of a lexicon part keyed by the words that can begin them, so matching costs one pass.
 * A pattern led by optional elements ("(a|an|the)? (<ADJ> and?)? Kyiv regime") is `anchored` instead:
 * keyed by its first required element and tried from up to `prefix` words before it, so common lead
 * words ("the", any adjective) do not try every such pattern.
 */
export interface PatternIndex<T> extends PatternKeys<T> {
  anchored: PatternKeys<T>;
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

/** The most words an element can take, when bounded and its first word is one collectStarts finds: no gap, no wildcard, no group alternative that can be empty; else undefined. */
function maxWords(el: PatternElement): number | undefined {
  if (el.t === 'gap' || isWildcard(el)) return undefined;
  if (el.t !== 'alt') return 1;
  let most = 0;
  for (const s of el.seqs) {
    if (!s.some((e) => !('opt' in e && e.opt))) return undefined;
    let sum = 0;
    for (const e of s) {
      const n = maxWords(e);
      if (n === undefined) return undefined;
      sum += n;
    }
    most = Math.max(most, sum);
  }
  return most;
}

/** For a sequence led by optional elements, its first required element's starts and the most words the lead can take; undefined when the plain index is needed. */
function anchorOf(seq: PatternElement[]): { starts: Starts; prefix: number } | undefined {
  let prefix = 0;
  for (let k = 0; k < seq.length; k++) {
    const el = seq[k];
    const n = maxWords(el);
    if (n === undefined) return undefined;
    if ('opt' in el && el.opt) { prefix += n; continue; }
    if (k === 0 || !pinned(el)) return undefined;
    const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
    collectStarts([el], 0, starts);
    return { starts, prefix };
  }
  return undefined;
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
  const index: PatternIndex<T> = { byKey: new Map(), byExact: new Map(), byPos: new Map(), anchored: { byKey: new Map(), byExact: new Map(), byPos: new Map() }, size: 0 };
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const entry: IndexedPattern<T> = { pattern, item, order: order++ };
      const anchor = anchorOf(pattern.seq);
      if (anchor) {
        entry.prefix = anchor.prefix;
        pushAll(index.anchored, anchor.starts, entry);
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
