import { FramelensError, quoteInput } from '../errors.js';
import { CATEGORY_IDS, isCategoryId } from '../taxonomy.js';
import { compilePattern, PatternError } from './pattern.js';
import type { CompiledPattern } from './pattern-element.js';
import { patternWords, wordsOf } from './vocabulary.js';
import { STANCE_LISTS, type CompiledLexicon, type CompiledMarker, type LexiconSource, type StanceList } from './types.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An empty lexicon, to merge sources into. */
export function emptyLexicon(): CompiledLexicon {
  const stance = Object.fromEntries(STANCE_LISTS.map((l) => [l, []])) as unknown as Record<StanceList, CompiledPattern[]>;
  return { version: 1, categories: {}, markers: [], stance };
}

function fail(file: string, id: string | undefined, problem: string): never {
  throw new FramelensError(`${file}: ${id ? `${id}: ` : ''}${problem}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, file: string, id: string | undefined, field: string, min = 0): string[] {
  if (v === undefined && min === 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) fail(file, id, `${field} must be a list of non-empty strings`);
  if (v.length < min) fail(file, id, `${field} needs at least ${min} item${min > 1 ? 's' : ''}`);
  return v as string[];
}

function pattern(source: string, file: string, id: string | undefined): CompiledPattern {
  try {
    return compilePattern(source);
  } catch (err) {
    if (err instanceof PatternError) fail(file, id, `pattern ${quoteInput(source)}: ${err.problem}`);
    throw err;
  }
}

/**
 * Compile one marker. Past its id, every field is checked: without `onProblem` the first problem is thrown; with it,
 * each problem is passed on (a missing note does not hide a bad pattern) and the marker is left out (null).
 */
function compileMarker(raw: unknown, category: string, file: string, seen: Map<string, string>, onProblem?: (err: FramelensError) => void): CompiledMarker | null {
  if (!isObject(raw)) fail(file, undefined, 'a marker must be a mapping');
  const id = raw.id;
  if (typeof id !== 'string' || !ID.test(id)) fail(file, typeof id === 'string' ? id : undefined, `marker id ${quoteInput(id)} must be kebab-case`);
  if (seen.has(id)) fail(file, id, `duplicate marker id (already defined in ${seen.get(id)})`);
  const problems: FramelensError[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (err) {
      if (!(err instanceof FramelensError)) throw err;
      problems.push(err);
      return undefined;
    }
  };
  const known = new Set(['id', 'patterns', 'unless', 'weight', 'note', 'examples', 'near_misses', 'category']);
  for (const k of Object.keys(raw)) if (!known.has(k)) attempt(() => fail(file, id, `unknown field ${quoteInput(k)}`));
  if (raw.category !== undefined && raw.category !== category) attempt(() => fail(file, id, `category ${quoteInput(raw.category)} differs from the file's ${quoteInput(category)}`));
  const weight = raw.weight;
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) attempt(() => fail(file, id, `weight ${quoteInput(weight)} must be a number in [0, 1]`));
  if (typeof raw.note !== 'string' || raw.note.trim() === '') attempt(() => fail(file, id, 'note must be a non-empty string'));
  const patterns = (attempt(() => stringList(raw.patterns, file, id, 'patterns', 1)) ?? []).map((p) => attempt(() => pattern(p, file, id)));
  const unless = (attempt(() => stringList(raw.unless, file, id, 'unless')) ?? []).map((p) => attempt(() => pattern(p, file, id)));
  const examples = attempt(() => stringList(raw.examples, file, id, 'examples', 1));
  const nearMisses = attempt(() => stringList(raw.near_misses, file, id, 'near_misses'));
  if (problems.length > 0) {
    if (!onProblem) throw problems[0];
    problems.forEach(onProblem);
    return null;
  }
  return {
    id, category: category as CompiledMarker['category'], weight: weight as number, note: raw.note as string,
    patterns: patterns as CompiledPattern[], ...(unless.length > 0 ? { unless: unless as CompiledPattern[] } : {}), examples: examples!, nearMisses: nearMisses!, file,
  };
}

function addCategory(lex: CompiledLexicon, raw: unknown, file: string, seen: Map<string, string>, onProblem?: (err: FramelensError) => void): void {
  if (!isObject(raw)) fail(file, undefined, 'a category entry must be a mapping');
  const category = raw.category;
  if (!isCategoryId(category)) fail(file, undefined, `unknown category ${quoteInput(category)} (expected one of ${CATEGORY_IDS.join(', ')})`);
  if (!Array.isArray(raw.markers)) fail(file, category, 'markers must be a list');
  const def = lex.categories[category];
  const definition = typeof raw.definition === 'string' ? raw.definition : def?.definition;
  if (!definition) fail(file, category, 'definition must be a non-empty string');
  const added = stringList(raw.near_misses, file, category, 'near_misses');
  const nearMisses = [...(def?.nearMisses ?? []), ...added];
  const nearMissFiles = [...(def?.nearMisses ?? []).map((_, i) => def?.nearMissFiles?.[i] ?? def!.file), ...added.map(() => file)];
  const unless = [...(def?.unless ?? []), ...stringList(raw.unless, file, category, 'unless').map((p) => pattern(p, file, category))];
  lex.categories[category] = { definition, nearMisses, nearMissFiles, ...(unless.length > 0 ? { unless } : {}), file: def?.file ?? file };
  for (const m of raw.markers) {
    let marker: CompiledMarker;
    try {
      const compiled = compileMarker(m, category, file, seen, onProblem);
      if (!compiled) continue; // its problems went to onProblem
      marker = compiled;
    } catch (err) {
      if (!onProblem || !(err instanceof FramelensError)) throw err;
      onProblem(err); // validate: name every bad marker, not only the first
      continue;
    }
    seen.set(marker.id, file);
    lex.markers.push(marker);
  }
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
  for (const { file, data } of sources) {
    if (!isObject(data)) fail(file, undefined, 'a lexicon file must hold a mapping');
    const known = new Set(['category', 'definition', 'near_misses', 'unless', 'markers', 'categories', 'stance']);
    for (const k of Object.keys(data)) if (!known.has(k)) fail(file, undefined, `unknown field ${quoteInput(k)}`);
    if (data.stance !== undefined) {
      if (!isObject(data.stance)) fail(file, 'stance', 'stance must be a mapping of lists');
      addStance(lex, data, file);
    }
    if (data.categories !== undefined) {
      if (!Array.isArray(data.categories)) fail(file, undefined, 'categories must be a list');
      for (const c of data.categories) addCategory(lex, c, file, seen, onProblem);
    }
    if (data.category !== undefined || data.markers !== undefined) addCategory(lex, data, file, seen, onProblem);
    if (data.stance === undefined && data.categories === undefined && data.category === undefined) fail(file, undefined, 'no category, categories or stance found');
  }
  const added = { markers: lex.markers.slice(base.markers.length), stance: Object.fromEntries(STANCE_LISTS.map((l) => [l, lex.stance[l].slice(base.stance[l].length)])) as Record<StanceList, CompiledPattern[]> };
  lex.words = patternWords({ ...added, categories: lex.categories }, wordsOf(base));
  return lex;
}
