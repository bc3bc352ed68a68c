import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Build the lexicon the CLI runs: built-in plus user lexicons (see baseLexicon); user entries must pass their own examples. */
export function chooseLexicon(choice: LexiconChoice): CompiledLexicon {
  const paths = choice.lexicon ?? [];
  if (paths.length === 0 && choice.builtin !== false) return builtinLexicon();
  const seen = new Set<string>();
  const sources = paths.flatMap((p) => loadLexiconSources(p)).filter((s) => !seen.has(resolve(s.file)) && Boolean(seen.add(resolve(s.file)))); // a file given twice (-l a.yaml -l .) is read once
  const lexicon = compileLexicon(sources, baseLexicon(sources, choice.builtin !== false));
  const files = new Set(sources.map((s) => s.file));
  const problems = checkLexiconExamples(lexicon, (m) => files.has(m.file));
  if (problems.length) throw problems[0].error;
  return lexicon;
}
