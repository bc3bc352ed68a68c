import type { CompiledPattern } from './pattern.js';
import { exactId, idCount, keyId } from '../pipeline/word-ids.js';
import { planPattern, type StartWords } from './pattern-plan.js';

/** A pattern with the item it belongs to (a marker, a stance list) and its plan turned into lookups. */
export interface IndexedPattern<T> {
  pattern: CompiledPattern;
  item: T;
  /** Position in the lexicon, for stable output. */
  order: number;
  /** For an anchored pattern: the fewest and most words between a match's start and its anchor. */
  before?: [number, number];
  /** Words the sentence must hold for a match: for each required element, the word ids (see pipeline/word-ids.ts) of its stem keys and exact forms, any one of which will do. */
  must: Int32Array[];
  /** The words that can begin a match, when certain: an anchored pattern is tried only from such words. */
  starts?: StartIds;
}

/** Words that can begin a match as word ids (stem keys and exact forms) and POS tags. */
export interface StartIds { ids: Int32Array; pos: string[] }

/** Patterns keyed by a word's stem key, exact form or POS tag. */
export interface PatternKeys<T> {
  byKey: Map<string, IndexedPattern<T>[]>;
  byExact: Map<string, IndexedPattern<T>[]>;
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
  byId: ListsById<T>;
  size: number;
  /** Every entry, by order. */
  entries: IndexedPattern<T>[];
}

function push<T>(map: Map<string, IndexedPattern<T>[]>, key: string, entry: IndexedPattern<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function pushAll<T>(keys: PatternKeys<T>, words: StartWords, entry: IndexedPattern<T>): void {
  for (const k of new Set(words.keys)) push(keys.byKey, k, entry);
  for (const k of new Set(words.exact)) push(keys.byExact, k, entry);
  for (const k of new Set(words.pos)) push(keys.byPos, k, entry);
}

/** The word ids of stem keys and exact forms (given on first use). */
const idsOf = (words: { keys: string[]; exact: string[] }): Int32Array => Int32Array.from([...words.keys.map(keyId), ...words.exact.map(exactId)]);

/** Build the index over patterns; `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[]): PatternIndex<T> {
  const index: PatternIndex<T> = { byKey: new Map(), byExact: new Map(), byPos: new Map(), anchored: { byKey: new Map(), byExact: new Map(), byPos: new Map() }, idLimit: 0, byId: { plain: [], anchored: [] }, size: 0, entries: [] };
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const plan = pattern.plan ?? planPattern(pattern.seq);
      const must = plan.must.map(idsOf); // filtered and ordered by the plan
      const entry: IndexedPattern<T> = { pattern, item, order: order++, must };
      if (plan.before) {
        entry.before = plan.before;
        if (plan.starts) entry.starts = { ids: idsOf(plan.starts), pos: plan.starts.pos };
        pushAll(index.anchored, plan.keyedBy, entry);
      } else pushAll(index, plan.keyedBy, entry);
      index.entries.push(entry);
      index.size++;
    }
  }
  listsById(index);
  index.idLimit = idCount();
  return index;
}

/** Give every key and exact form of the index an id and lay its lists out by id. */
function listsById<T>(index: PatternIndex<T>): void {
  for (const [lists, keys] of [[index.byId.plain, index], [index.byId.anchored, index.anchored]] as const) {
    for (const [k, list] of keys.byKey) lists[keyId(k)] = list;
    for (const [k, list] of keys.byExact) {
      const id = exactId(k);
      lists[id] = lists[id] ? [...lists[id]!, ...list] : list;
    }
  }
}
