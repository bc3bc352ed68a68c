import { FramelensError, quoteInput } from '../errors.js';
import { compilePattern, PatternError } from './pattern.js';
import type { CompiledPattern } from './pattern-element.js';

/** Throw the one-line error for a lexicon entry: file, entry (when there is one), problem. */
export function fail(file: string, id: string | undefined, problem: string): never {
  throw new FramelensError(`${file}: ${id ? `${id}: ` : ''}${problem}`);
}

/** Whether a parsed YAML/JSON value is a mapping (not null, not a list). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field that must be a list of non-empty strings, with at least `min` items (absent counts as empty when min is 0). */
export function stringList(v: unknown, file: string, id: string | undefined, field: string, min = 0): string[] {
  if (v === undefined && min === 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) fail(file, id, `${field} must be a list of non-empty strings`);
  if (v.length < min) fail(file, id, `${field} needs at least ${min} item${min > 1 ? 's' : ''}`);
  return v as string[];
}

/** Compile one pattern of a lexicon entry; a bad one is a FramelensError naming file, entry and pattern. */
export function pattern(source: string, file: string, id: string | undefined): CompiledPattern {
  try {
    return compilePattern(source);
  } catch (err) {
    if (err instanceof PatternError) fail(file, id, `pattern ${quoteInput(source)}: ${err.problem}`);
    throw err;
  }
}

/** A field that must be a list of patterns: each compiled, each bad one passed to `attempt` (see collector) and left undefined. */
export function patternList(v: unknown, file: string, id: string | undefined, field: string, attempt: <T>(check: () => T) => T | undefined, min = 0): (CompiledPattern | undefined)[] {
  return (attempt(() => stringList(v, file, id, field, min)) ?? []).map((p) => attempt(() => pattern(p, file, id)));
}

/**
 * Run checks that throw FramelensError: without `onProblem` the first is thrown; with it, each is passed on and
 * the check yields undefined, so one problem does not hide the next.
 */
export function collector(onProblem?: (err: FramelensError) => void): <T>(check: () => T) => T | undefined {
  return (check) => {
    try {
      return check();
    } catch (err) {
      if (!onProblem || !(err instanceof FramelensError)) throw err;
      onProblem(err);
      return undefined;
    }
  };
}
