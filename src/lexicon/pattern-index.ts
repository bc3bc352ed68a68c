import type { CompiledPattern } from './pattern.js';
import { exactId, idCount, idsOf, keyId } from '../pipeline/word-ids.js';
import { planPattern } from './pattern-plan.js';
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
  /** For an anchored pattern: the fewest and most words between a match's start and its anchor. */
  before?: [number, number];
  /** Where the entry's must-lists start in the index's `must` table. */
  mustAt: number;
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
  /**
   * Words the sentence must hold for a match, for every entry in one flat array (the sentence
   * prefilter reads it several times per word): at an entry's `mustAt`, the number of its lists,
   * then each list as its length and the word ids (see pipeline/word-ids.ts) of the stem keys and
   * exact forms that can begin one required element, any one of which will do.
   */
  must: Int32Array;
}

function push<T>(map: Map<string, IndexedPattern<T>[]>, key: string, entry: IndexedPattern<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function pushEach<T>(map: Map<string, IndexedPattern<T>[]>, keys: string[], entry: IndexedPattern<T>): void {
  for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]) === i) push(map, keys[i], entry); // each key once
}

function pushAll<T>(keys: PatternKeys<T>, words: StartWords, entry: IndexedPattern<T>): void {
  pushEach(keys.byKey, words.keys, entry);
  pushEach(keys.byExact, words.exact, entry);
  pushEach(keys.byPos, words.pos, entry);
}

/** Append one entry's must-lists to the flat table (see PatternIndex.must); returns where they start. */
function appendMust(table: number[], lists: { keys: string[]; exact: string[] }[]): number {
  const at = table.length;
  table.push(lists.length);
  for (const list of lists) {
    table.push(list.keys.length + list.exact.length);
    for (const k of list.keys) table.push(keyId(k));
    for (const e of list.exact) table.push(exactId(e));
  }
  return at;
}

/** Build the index over patterns; `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[]): PatternIndex<T> {
  const index: PatternIndex<T> = { byKey: new Map(), byExact: new Map(), byPos: new Map(), anchored: { byKey: new Map(), byExact: new Map(), byPos: new Map() }, idLimit: 0, byId: { plain: [], anchored: [] }, size: 0, must: new Int32Array(0) };
  const must: number[] = [];
  let order = 0;
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const plan = pattern.plan ?? planPattern(pattern.seq);
      const entry: IndexedPattern<T> = { pattern, seq: undefined, item, order: order++, mustAt: appendMust(must, plan.must) }; // seq: set on the first try, declared now so every entry keeps one shape // lists filtered and ordered by the plan
      if (plan.before) {
        entry.before = plan.before;
        if (plan.starts) entry.starts = { ids: idsOf(plan.starts), pos: plan.starts.pos };
        pushAll(index.anchored, plan.keyedBy, entry);
      } else pushAll(index, plan.keyedBy, entry);
      index.size++;
    }
  }
  index.must = Int32Array.from(must);
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
