import type { CompiledPattern } from './pattern-element.js';
import { exactId, idCount, idsOf, keyId } from '../pipeline/word-ids.js';
import { planPattern, type PatternPlan } from './pattern-plan.js';
import type { StartWords } from './pattern-starts.js';
import type { RunElement } from '../pipeline/match-program.js';

/** A pattern with the item it belongs to (a marker, a stance list) and its plan turned into lookups. */
export interface IndexedPattern<T> {
  pattern: CompiledPattern;
  /** The pattern's elements as the matcher runs them (words as word ids): built on the pattern's first try (pipeline/match.ts). */
  seq?: RunElement[];
  item: T;
  /** Position in the lexicon, for stable output. */
  order: number;
  /** How the index holds the pattern (pattern-plan.ts). */
  plan: PatternPlan;
  /** Where the words a sentence must hold start in the index's `must` table (mustAtOf), or -1 before the entry's first check: most entries are never checked in a short text. */
  mustAt: number;
  /** For an anchored pattern, the words that can begin a match as word ids (startIdsOf), made on its first try; null when not certain (any word may). */
  starts?: StartIds | null;
}

/** Words that can begin a match as word ids (stem keys and exact forms) and POS tags. */
export interface StartIds { ids: Int32Array; pos: string[] }

/** Patterns keyed by a POS tag (a pattern whose first element is a bare part of speech). */
export interface PatternKeys<T> {
  byPos: Map<string, IndexedPattern<T>[]>;
}

/** The index's lists by word id (see pipeline/word-ids.ts): plain and anchored patterns keyed by a stem key or exact form. */
export interface ListsById<T> { plain: (IndexedPattern<T>[] | undefined)[]; anchored: (IndexedPattern<T>[] | undefined)[] }

/**
 * All patterns of a lexicon part keyed by the words that can begin them, so matching costs one pass.
 * A pattern led by optional elements ("(a|an|the)? (<ADJ> and?)? Kyiv regime") or by common words
 * ("the eu") is `anchored` instead: keyed by a later required element and tried from the words
 * `before` it, so common words ("the", any adjective) do not try every such pattern. Plans come
 * from the compiled patterns (see pattern-plan.ts), so building the index is only bookkeeping.
 */
export interface PatternIndex<T> extends PatternKeys<T> {
  anchored: PatternKeys<T>;
  /** Every word id the index uses is below it. */
  idLimit: number;
  /** Matches may pass over an adverb put in between a pattern's words (pipeline/match-pattern.ts). */
  elastic: boolean;
  byId: ListsById<T>;
  size: number;
  /**
   * Words the sentence must hold for a match, for the entries checked so far, in one flat array
   * (the sentence prefilter reads it several times per word): at an entry's `mustAt`, the number of
   * its lists, then each list as its length and the word ids (see pipeline/word-ids.ts) of the stem
   * keys and exact forms that can begin one required element, any one of which will do. Filled by
   * mustAtOf; `mustLength` values are in use.
   */
  must: Int32Array;
  mustLength: number;
}

/** File an entry under the word id of each stem key and exact form that keys it, and under each POS tag (an entry's lists are filled one after another, so a repeat is the list's last entry). */
function file<T>(lists: (IndexedPattern<T>[] | undefined)[], byPos: Map<string, IndexedPattern<T>[]>, words: StartWords, entry: IndexedPattern<T>): void {
  const add = (id: number) => {
    const list = lists[id];
    if (!list) lists[id] = [entry];
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const k of words.keys) add(keyId(k));
  for (const e of words.exact) add(exactId(e));
  for (const tag of words.pos) {
    const list = byPos.get(tag);
    if (!list) byPos.set(tag, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  }
}

/**
 * Put an entry's must-lists into the index's `must` table (see PatternIndex.must) on its first check
 * and return where they start: a start builds no lookups it will not read. The table may be
 * reallocated: read `index.must` after calling.
 */
export function mustAtOf(index: PatternIndex<unknown>, entry: IndexedPattern<unknown>): number {
  if (entry.mustAt >= 0) return entry.mustAt;
  const table = [entry.plan.must.length];
  const push = (id: number) => {
    if (id >= index.idLimit) throw new Error(`framelens: the pattern "${entry.pattern.source}" names a word that was not registered before its index was built (lexicon/vocabulary.ts)`);
    table.push(id);
  };
  for (const list of entry.plan.must) {
    table.push(list.keys.length + list.exact.length);
    for (const k of list.keys) push(keyId(k));
    for (const e of list.exact) push(exactId(e));
  }
  const at = index.mustLength;
  if (at + table.length > index.must.length) {
    const grown = new Int32Array(Math.max(2 * index.must.length, at + table.length, 1024));
    grown.set(index.must.subarray(0, at));
    index.must = grown;
  }
  index.must.set(table, at);
  index.mustLength = at + table.length;
  return (entry.mustAt = at);
}

/** An anchored entry's start words as word ids (null when not certain: any word may begin a match); made on first use and kept. */
export function startIdsOf(entry: IndexedPattern<unknown>): StartIds | null {
  if (entry.starts !== undefined) return entry.starts;
  const starts = entry.plan.starts;
  return (entry.starts = starts ? { ids: idsOf(starts), pos: starts.pos } : null);
}

/** Build the index over patterns (every word they name has its id already: lexicon/vocabulary.ts); `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[], elastic = false): PatternIndex<T> {
  const index: PatternIndex<T> = { byPos: new Map(), anchored: { byPos: new Map() }, idLimit: 0, elastic, byId: { plain: [], anchored: [] }, size: 0, must: new Int32Array(0), mustLength: 0 };
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const plan = pattern.plan ?? planPattern(pattern.seq);
      const entry: IndexedPattern<T> = { pattern, plan, seq: undefined, item, order: order++, mustAt: -1, starts: undefined }; // made on first use, declared now so every entry keeps one shape
      if (plan.before) file(index.byId.anchored, index.anchored.byPos, plan.keyedBy, entry);
      else file(index.byId.plain, index.byPos, plan.keyedBy, entry);
      index.size++;
    }
  }
  index.idLimit = idCount();
  return index;
}
