import type { CompiledPattern, PatternElement } from './pattern.js';

/** A pattern with the item it belongs to (a marker index, a stance list entry). */
export interface IndexedPattern<T> { pattern: CompiledPattern; item: T; order: number }

/** All patterns of a lexicon part keyed by the words that can begin them, so matching costs one pass. */
export interface PatternIndex<T> {
  byKey: Map<string, IndexedPattern<T>[]>;
  byExact: Map<string, IndexedPattern<T>[]>;
  byPos: Map<string, IndexedPattern<T>[]>;
  size: number;
}

type Starts = { keys: Set<string>; exact: Set<string>; pos: Set<string> };

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

function push<T>(map: Map<string, IndexedPattern<T>[]>, key: string, entry: IndexedPattern<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Build the first-word index over patterns; `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[]): PatternIndex<T> {
  const index: PatternIndex<T> = { byKey: new Map(), byExact: new Map(), byPos: new Map(), size: 0 };
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const starts: Starts = { keys: new Set(), exact: new Set(), pos: new Set() };
      collectStarts(pattern.seq, 0, starts);
      const entry = { pattern, item, order: order++ };
      starts.keys.forEach((k) => push(index.byKey, k, entry));
      starts.exact.forEach((k) => push(index.byExact, k, entry));
      starts.pos.forEach((k) => push(index.byPos, k, entry));
      index.size++;
    }
  }
  return index;
}
