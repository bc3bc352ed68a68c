import { FramelensError, quoteInput } from '../errors.js';
import type { CompiledPattern } from './pattern-element.js';
import { collector, fail, isObject, patternList, stringList } from './fields.js';
import type { CompiledMarker } from './types.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KNOWN = new Set(['id', 'patterns', 'unless', 'weight', 'note', 'examples', 'near_misses', 'category']);

/**
 * Compile one marker found at `place` ("marker 2") of `file`. Every field is checked, the id too: without `onProblem`
 * the first problem is thrown; with it, each problem is passed on (a bad id does not hide a bad pattern) and the
 * marker is left out (null). A marker whose id is not kebab-case or is taken is named with its place, so two
 * markers with one id give lines that differ. `seen` maps ids to where they were first defined; every id is added.
 */
export function compileMarker(raw: unknown, category: string, file: string, place: string, seen: Map<string, string>, onProblem?: (err: FramelensError) => void): CompiledMarker | null {
  if (!isObject(raw)) fail(file, place, 'a marker must be a mapping');
  const id = raw.id;
  const problems: FramelensError[] = [];
  const attempt = collector((err) => problems.push(err));
  const valid = typeof id === 'string' && ID.test(id);
  const before = typeof id === 'string' ? seen.get(id) : undefined;
  const label = valid && before === undefined ? id : typeof id === 'string' && id !== '' ? `${id} (${place})` : place;
  if (!valid) attempt(() => fail(file, label, `marker id ${quoteInput(id)} must be kebab-case`));
  if (before !== undefined) attempt(() => fail(file, label, `duplicate marker id (already defined in ${before})`));
  if (typeof id === 'string' && before === undefined) seen.set(id, `${file}, ${place}`);
  for (const k of Object.keys(raw)) if (!KNOWN.has(k)) attempt(() => fail(file, label, `unknown field ${quoteInput(k)}`));
  if (raw.category !== undefined && raw.category !== category) attempt(() => fail(file, label, `category ${quoteInput(raw.category)} differs from the file's ${quoteInput(category)}`));
  const weight = raw.weight;
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) attempt(() => fail(file, label, `weight ${quoteInput(weight)} must be a number in [0, 1]`));
  if (typeof raw.note !== 'string' || raw.note.trim() === '') attempt(() => fail(file, label, 'note must be a non-empty string'));
  const patterns = patternList(raw.patterns, file, label, 'patterns', attempt, 1);
  const unless = patternList(raw.unless, file, label, 'unless', attempt);
  const examples = attempt(() => stringList(raw.examples, file, label, 'examples', 1));
  const nearMisses = attempt(() => stringList(raw.near_misses, file, label, 'near_misses'));
  if (problems.length > 0) {
    if (!onProblem) throw problems[0];
    problems.forEach(onProblem);
    return null;
  }
  return {
    id: id as string, category: category as CompiledMarker['category'], weight: weight as number, note: raw.note as string,
    patterns: patterns as CompiledPattern[], ...(unless.length > 0 ? { unless: unless as CompiledPattern[] } : {}), examples: examples!, nearMisses: nearMisses!, file,
  };
}
