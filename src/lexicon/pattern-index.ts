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
  /** Position in the lexicon, for stable output; the entry's slot in the index's arrays. */
  order: number;
  /** How the index holds the pattern (pattern-plan.ts). */
  plan: PatternPlan;
  /** For an anchored pattern, the words that can begin a match as word ids (startIdsOf), made on its first try; null when not certain (any word may). */
  starts?: StartIds | null;
}

/** Words that can begin a match as word ids (stem keys and exact forms) and POS tags. */
export interface StartIds { ids: Int32Array; pos: string[] }

/** Entry orders by word id (see pipeline/word-ids.ts) and by POS tag. */
export interface OrderLists { byId: (Int32Array | undefined)[]; byPos: Map<string, Int32Array> }

/**
 * All patterns of a lexicon part keyed by the words that can begin them, so matching costs one pass.
 * A pattern led by optional elements ("(a|an|the)? (<ADJ> and?)? Kyiv regime") or by common words
 * ("the eu") is `anchored` instead: keyed by a later required element and tried from the words
 * before it, so common words ("the", any adjective) do not try every such pattern. Plans come
 * from the compiled patterns (see pattern-plan.ts), so building the index is only bookkeeping.
 * The matcher's hot loop reads typed arrays by entry order (lists of orders, windows, must-lists) and
 * touches an entry object only to try its pattern.
 */
export interface PatternIndex<T> {
  /** Entries by order. */
  entries: IndexedPattern<T>[];
  /** Plain entries (tried at their first word) and anchored ones (tried from the words before their anchor). */
  plain: OrderLists;
  anchored: OrderLists;
  /** By order, for anchored entries: the fewest and most words between a match's start and its anchor. */
  min: Int32Array;
  max: Int32Array;
  /** Every word id the index uses is below it. */
  idLimit: number;
  /** Matches may pass over an adverb put in between a pattern's words (pipeline/match-pattern.ts). */
  elastic: boolean;
  size: number;
  /** By order: where the entry's lists start in `must`, or -1 before its first check (most entries are never checked in a short text). */
  mustAt: Int32Array;
  /**
   * Words the sentence must hold for a match, for the entries checked so far, in one flat array
   * (the sentence prefilter reads it several times per word): at an entry's `mustAt`, the number of
   * its lists, then each list as its length and the word ids of the stem keys and exact forms that
   * can begin one required element, any one of which will do. Filled by mustAtOf; `mustLength`
   * values are in use.
   */
  must: Int32Array;
  mustLength: number;
}

/** Lists being filled: entry orders by word id and by POS tag. */
interface Filling { byId: number[][]; byPos: Map<string, number[]> }

/** File an entry under the word id of each stem key and exact form, and under each POS tag (an entry's lists are filled one after another, so a repeat is the list's last entry). */
function file(lists: Filling, words: StartWords, order: number): void {
  const add = (list: number[] | undefined, set: (l: number[]) => void) => {
    if (!list) set([order]);
    else if (list[list.length - 1] !== order) list.push(order);
  };
  for (const id of idsOf(words)) add(lists.byId[id], (l) => (lists.byId[id] = l));
  for (const tag of words.pos) add(lists.byPos.get(tag), (l) => lists.byPos.set(tag, l));
}

/** Filled lists as typed arrays. */
function frozen(lists: Filling): OrderLists {
  const byId = new Array<Int32Array | undefined>(lists.byId.length).fill(undefined); // filled, not holey: the matcher reads it at every word
  lists.byId.forEach((l, id) => (byId[id] = Int32Array.from(l)));
  return { byId, byPos: new Map([...lists.byPos].map(([tag, l]) => [tag, Int32Array.from(l)])) };
}

/**
 * Put an entry's must-lists into the index's `must` table (see PatternIndex.must) on its first check
 * and return where they start: a start builds no lookups it will not read. The table may be
 * reallocated: read `index.must` after calling.
 */
export function mustAtOf(index: PatternIndex<unknown>, order: number): number {
  if (index.mustAt[order] >= 0) return index.mustAt[order];
  const entry = index.entries[order];
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
  return (index.mustAt[order] = at);
}

/** An anchored entry's start words as word ids (null when not certain: any word may begin a match); made on first use and kept. */
export function startIdsOf(entry: IndexedPattern<unknown>): StartIds | null {
  if (entry.starts !== undefined) return entry.starts;
  const starts = entry.plan.starts;
  return (entry.starts = starts ? { ids: idsOf(starts), pos: starts.pos } : null);
}

/** Build the index over patterns (every word they name has its id already: lexicon/vocabulary.ts); `order` keeps the lexicon order for stable output. */
export function buildPatternIndex<T>(items: { item: T; patterns: CompiledPattern[] }[], elastic = false): PatternIndex<T> {
  const entries: IndexedPattern<T>[] = [];
  for (const { item, patterns } of items) {
    for (const pattern of patterns) {
      const plan = pattern.plan ?? planPattern(pattern.seq);
      entries.push({ pattern, plan, seq: undefined, item, order: entries.length, starts: undefined }); // made on first use, declared now so every entry keeps one shape
    }
  }
  const size = entries.length;
  const plain: Filling = { byId: [], byPos: new Map() };
  const anchored: Filling = { byId: [], byPos: new Map() };
  const min = new Int32Array(size);
  const max = new Int32Array(size);
  for (const { plan, order } of entries) {
    file(plan.before ? anchored : plain, plan.keyedBy, order);
    if (plan.before) [min[order], max[order]] = plan.before;
  }
  return { entries, plain: frozen(plain), anchored: frozen(anchored), min, max, idLimit: idCount(), elastic, size, mustAt: new Int32Array(size).fill(-1), must: new Int32Array(0), mustLength: 0 };
}
