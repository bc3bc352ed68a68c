import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FramelensError } from '../errors.js';
import { count } from '../format/count.js';
import { builtinLexicon } from '../lexicon/builtin.js';
import { checkLexiconExamples } from '../lexicon/check-examples.js';
import { compileLexicon, emptyLexicon } from '../lexicon/compile.js';
import { loadLexiconSources } from '../lexicon/load.js';
import type { CompiledLexicon, LexiconSource } from '../lexicon/types.js';

/** Options that choose lexicons: user paths on top of the built-in ones, or alone with builtin=false. */
export interface LexiconChoice { lexicon?: string[]; builtin?: boolean }

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built-in stance file: given again with --lexicon, it replaces the built-in stance lists instead of doubling them. */
const BUILTIN_STANCE = resolve(REPO_ROOT, 'lexicons/stance.yaml');

const hasStance = (s: LexiconSource) => typeof s.data === 'object' && s.data !== null && 'stance' in s.data;

/**
 * The lexicon user sources are compiled on top of: the built-in one without the files the user
 * gives again (so `--lexicon lexicons/x.yaml` re-reads x.yaml instead of clashing with its old copy).
 * A user's stance lists add to the built-in ones (a new hedge keeps the topic words and reporting
 * verbs), unless the user gives the built-in stance file again. With useBuiltin=false, no built-in
 * markers, and the built-in stance cues only when the user brings no stance list of their own.
 */
export function baseLexicon(sources: LexiconSource[], useBuiltin: boolean): CompiledLexicon {
  const builtin = builtinLexicon();
  const given = new Set(sources.map((s) => resolve(s.file)));
  const shadowed = (file: string) => given.has(resolve(REPO_ROOT, file));
  const ownStance = useBuiltin ? sources.some((s) => hasStance(s) && resolve(s.file) === BUILTIN_STANCE) : sources.some(hasStance);
  const stance = ownStance ? emptyLexicon().stance : builtin.stance;
  if (!useBuiltin) return { ...emptyLexicon(), stance };
  const categories = Object.fromEntries(Object.entries(builtin.categories).filter(([, d]) => d && !shadowed(d.file)));
  return { ...builtin, categories, markers: builtin.markers.filter((m) => !shadowed(m.file)), stance };
}

/** A lexicon checked whole: every problem of every file (unreadable files, schema, ids, patterns, examples, near misses), in order. */
export interface CheckedLexicon { lexicon: CompiledLexicon; sources: LexiconSource[]; files: number; problems: FramelensError[]; /** Markers from the given files (not the built-in ones under them). */ ownMarkers: number }

/** Read, compile and check user lexicon paths on top of the built-in ones (see baseLexicon), collecting every problem instead of stopping at the first. */
export function checkLexicons(paths: string[], useBuiltin: boolean): CheckedLexicon {
  const problems: FramelensError[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  const sources = paths
    .flatMap((p) => loadLexiconSources(p, undefined, (err) => { unreadable++; problems.push(err); }))
    .filter((s) => !seen.has(resolve(s.file)) && Boolean(seen.add(resolve(s.file)))); // a file given twice (-l a.yaml -l .) is read once
  const lexicon = compileLexicon(sources, baseLexicon(sources, useBuiltin), (err) => problems.push(err));
  const files = new Set(sources.map((s) => s.file));
  problems.push(...checkLexiconExamples(lexicon, (m) => files.has(m.file)).map((p) => p.error));
  const ownMarkers = lexicon.markers.filter((m) => files.has(m.file)).length;
  return { lexicon, sources, files: sources.length + unreadable, problems, ownMarkers };
}

/**
 * Build the lexicon the CLI runs: built-in plus user lexicons (see baseLexicon); user entries must pass their own examples.
 * A lexicon with problems is refused with the first one, on one line, counting the others (`lexicons validate` lists them).
 */
export function chooseLexicon(choice: LexiconChoice): CompiledLexicon {
  const paths = choice.lexicon ?? [];
  if (paths.length === 0 && choice.builtin !== false) return builtinLexicon();
  const { lexicon, problems } = checkLexicons(paths, choice.builtin !== false);
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new FramelensError(`${problems[0].message} (and ${count(problems.length - 1, 'more problem')}: framelens lexicons validate lists them all)`);
  return lexicon;
}
