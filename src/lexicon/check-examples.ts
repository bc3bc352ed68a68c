import { analyze } from '../analyze.js';
import { FramelensError } from '../errors.js';
import type { CompiledLexicon, CompiledMarker } from './types.js';

/** One failed lexicon example or near miss. */
export interface ExampleProblem { file: string; id: string; text: string; error: FramelensError }

/** Run every example (must fire its marker) and near miss (must not fire it, or for a category, none of its markers). */
export function checkLexiconExamples(lexicon: CompiledLexicon, include: (m: CompiledMarker) => boolean = () => true): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
  const fired = (text: string) => analyze(text, { lexicon }).annotations;
  const add = (file: string, id: string, text: string, why: string) =>
    problems.push({ file, id, text, error: new FramelensError(`${file}: ${id}: ${why}: ${JSON.stringify(text)}`) });
  for (const m of lexicon.markers) {
    if (!include(m)) continue;
    for (const ex of m.examples) if (!fired(ex).some((a) => a.marker === m.id)) add(m.file, m.id, ex, 'example does not fire');
    for (const nm of m.nearMisses) if (fired(nm).some((a) => a.marker === m.id)) add(m.file, m.id, nm, 'near miss fires');
  }
  for (const [category, def] of Object.entries(lexicon.categories)) {
    if (!def || !lexicon.markers.some((m) => m.category === category && include(m))) continue;
    for (const nm of def.nearMisses) {
      const hit = fired(nm).find((a) => a.category === category);
      if (hit) add(def.file, category, nm, `near miss fires ${hit.marker}`);
    }
  }
  return problems;
}
