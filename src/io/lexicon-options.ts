import { builtinLexicon } from '../lexicon/builtin.js';
import { compileLexicon, emptyLexicon } from '../lexicon/compile.js';
import { loadLexiconSources } from '../lexicon/load.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import { checkLexiconExamples } from '../lexicon/check-examples.js';

/** Options that choose lexicons: user paths on top of the built-in ones, or alone with builtin=false. */
export interface LexiconChoice { lexicon?: string[]; builtin?: boolean }

/** Build the lexicon the CLI runs: built-in plus user lexicons (with --no-builtin, the built-in stance cues stay unless the user brings a stance list); user entries must pass their own examples. */
export function chooseLexicon(choice: LexiconChoice): CompiledLexicon {
  const paths = choice.lexicon ?? [];
  if (paths.length === 0 && choice.builtin !== false) return builtinLexicon();
  const sources = paths.flatMap((p) => loadLexiconSources(p));
  const ownStance = sources.some((s) => typeof s.data === 'object' && s.data !== null && 'stance' in s.data);
  const base = choice.builtin !== false ? builtinLexicon() : ownStance ? emptyLexicon() : { ...emptyLexicon(), stance: builtinLexicon().stance };
  const lexicon = compileLexicon(sources, base);
  const files = new Set(sources.map((s) => s.file));
  const problems = checkLexiconExamples(lexicon, (m) => files.has(m.file));
  if (problems.length) throw problems[0].error;
  return lexicon;
}
