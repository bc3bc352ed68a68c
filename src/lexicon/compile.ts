import { FramelensError, quoteInput } from '../errors.js';
import { CATEGORY_IDS, isCategoryId } from '../taxonomy.js';
import { collector, fail, isObject, pattern, patternList, stringList } from './fields.js';
import { compileMarker } from './compile-marker.js';
import type { CompiledPattern } from './pattern-element.js';
import { patternWords, wordsOf } from './vocabulary.js';
import { STANCE_LISTS, type CompiledLexicon, type LexiconSource, type StanceList } from './types.js';

/** An empty lexicon, to merge sources into. */
export function emptyLexicon(): CompiledLexicon {
  const stance = Object.fromEntries(STANCE_LISTS.map((l) => [l, []])) as unknown as Record<StanceList, CompiledPattern[]>;
  return { version: 1, categories: {}, markers: [], stance };
}

type OnProblem = ((err: FramelensError) => void) | undefined;

const FILE_FIELDS = new Set(['category', 'definition', 'near_misses', 'unless', 'not_hedged_by', 'markers', 'categories', 'stance']);

/**
 * Merge one category entry (`where`: "" for a file's top level, " of category X" inside its `categories` list).
 * With `onProblem`, a problem of the entry is passed on and its markers are still checked; they are added only
 * when the category itself is known.
 */
function addCategory(lex: CompiledLexicon, raw: unknown, file: string, seen: Map<string, string>, onProblem: OnProblem, where = ''): void {
  if (!isObject(raw)) fail(file, undefined, 'a category entry must be a mapping');
  const attempt = collector(onProblem);
  const category = raw.category;
  const known = isCategoryId(category);
  if (!known) attempt(() => fail(file, undefined, `unknown category ${quoteInput(category)} (expected one of ${CATEGORY_IDS.join(', ')})`));
  const label = typeof category === 'string' ? category : undefined;
  if (!Array.isArray(raw.markers)) fail(file, label, 'markers must be a list');
  const def = known ? lex.categories[category] : undefined;
  const definition = typeof raw.definition === 'string' ? raw.definition : def?.definition;
  if (!definition && known) attempt(() => fail(file, label, 'definition must be a non-empty string')); // for an unknown category the definition may well be the built-in one of the category meant
  const added = attempt(() => stringList(raw.near_misses, file, label, 'near_misses')) ?? [];
  const ownUnless = patternList(raw.unless, file, label, 'unless', attempt);
  const ownNotHedgedBy = (attempt(() => stringList(raw.not_hedged_by, file, label, 'not_hedged_by')) ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, ' '));
  if (known && definition) {
    const nearMisses = [...(def?.nearMisses ?? []), ...added];
    const nearMissFiles = [...(def?.nearMisses ?? []).map((_, i) => def?.nearMissFiles?.[i] ?? def!.file), ...added.map(() => file)];
    const unless = [...(def?.unless ?? []), ...ownUnless.filter((p): p is CompiledPattern => p !== undefined)];
    const notHedgedBy = [...new Set([...(def?.notHedgedBy ?? []), ...ownNotHedgedBy])];
    lex.categories[category] = { definition, nearMisses, nearMissFiles, ...(unless.length > 0 ? { unless } : {}), ...(notHedgedBy.length > 0 ? { notHedgedBy } : {}), file: def?.file ?? file };
  }
  raw.markers.forEach((m, i) => {
    const marker = attempt(() => compileMarker(m, label ?? '?', file, `marker ${i + 1}${where}`, seen, onProblem)); // validate: name every bad marker, not only the first
    if (marker && known && definition) lex.markers.push(marker);
  });
}

function addStance(lex: CompiledLexicon, raw: Record<string, unknown>, file: string): void {
  for (const [key, value] of Object.entries(raw.stance as Record<string, unknown>)) {
    if (!(STANCE_LISTS as readonly string[]).includes(key)) fail(file, key, `unknown stance list (expected one of ${STANCE_LISTS.join(', ')})`);
    for (const p of stringList(value, file, key, key)) lex.stance[key as StanceList].push(pattern(p, file, key));
  }
}

/**
 * Validate lexicon sources and merge them, in order, into `base` (pure; throws FramelensError naming file, entry and
 * problem). With `onProblem`, a marker that is not valid is passed to it and left out instead, so every bad marker is named.
 */
export function compileLexicon(sources: LexiconSource[], base: CompiledLexicon = emptyLexicon(), onProblem?: (err: FramelensError) => void): CompiledLexicon {
  // Merging only adds categories, markers and stance patterns, and never changes a compiled entry: copying the
  // containers keeps `base` (the built-in lexicon, shared) as it was, without a deep copy of every pattern.
  const lex: CompiledLexicon = {
    version: base.version,
    categories: { ...base.categories },
    markers: [...base.markers],
    stance: Object.fromEntries(STANCE_LISTS.map((l) => [l, [...base.stance[l]]])) as Record<StanceList, CompiledPattern[]>,
  };
  const seen = new Map(lex.markers.map((m) => [m.id, m.file]));
  const attempt = collector(onProblem); // without onProblem the first problem is thrown; with it, a problem that stops one file does not hide the next file's
  for (const source of sources) attempt(() => addSource(lex, source, seen, onProblem));
  const added = { markers: lex.markers.slice(base.markers.length), stance: Object.fromEntries(STANCE_LISTS.map((l) => [l, lex.stance[l].slice(base.stance[l].length)])) as Record<StanceList, CompiledPattern[]> };
  lex.words = patternWords({ ...added, categories: lex.categories }, wordsOf(base));
  return lex;
}

/** Merge one parsed lexicon file into `lex`; with `onProblem`, problems that leave the rest of the file readable are passed on. */
function addSource(lex: CompiledLexicon, { file, data }: LexiconSource, seen: Map<string, string>, onProblem?: OnProblem): void {
  if (!isObject(data)) fail(file, undefined, 'a lexicon file must hold a mapping');
  const attempt = collector(onProblem);
  for (const k of Object.keys(data)) if (!FILE_FIELDS.has(k)) attempt(() => fail(file, undefined, `unknown field ${quoteInput(k)}`));
  if (data.stance !== undefined) {
    attempt(() => {
      if (!isObject(data.stance)) fail(file, 'stance', 'stance must be a mapping of lists');
      addStance(lex, data, file);
    });
  }
  if (data.categories !== undefined) {
    if (!Array.isArray(data.categories)) attempt(() => fail(file, undefined, 'categories must be a list'));
    else data.categories.forEach((c, i) => attempt(() => addCategory(lex, c, file, seen, onProblem, ` of ${typeof c?.category === 'string' ? `category ${c.category}` : `categories entry ${i + 1}`}`)));
  }
  if (data.category !== undefined || data.markers !== undefined) addCategory(lex, data, file, seen, onProblem);
  if (data.stance === undefined && data.categories === undefined && data.category === undefined) fail(file, undefined, 'no category, categories or stance found');
}
