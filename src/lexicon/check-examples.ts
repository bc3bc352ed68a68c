import { analyze } from '../analyze.js';
import { FramelensError } from '../errors.js';
import type { CompiledLexicon, CompiledMarker } from './types.js';

/** One failed lexicon example or near miss. */
export interface ExampleProblem { file: string; id: string; text: string; error: FramelensError }

/**
 * Why an example that its marker matches on its own is not annotated: another marker of its category covers the
 * same words and wins the overlap (the stronger, then the longer match is kept); '' when the marker does not match at all.
 */
function whyNot(lexicon: CompiledLexicon, m: CompiledMarker, text: string, all: { marker: string; category: string; start: number; end: number }[]): string {
  const alone = analyze(text, { lexicon: { ...lexicon, markers: [m] } }).annotations.find((a) => a.marker === m.id);
  if (!alone) return '';
  const winner = all.find((a) => a.category === m.category && a.start < alone.end && alone.start < a.end);
  const other = winner && lexicon.markers.find((x) => x.id === winner.marker);
  if (!other) return ' (it matches on its own, but is dropped in the full lexicon)';
  return ` (it matches, but ${other.id} of ${other.file}, weight ${other.weight}, covers the same words and is kept: the stronger, then the longer match of a category wins; raise the weight above ${other.weight} or drop the example)`;
}

/** Run every example (must fire its marker) and near miss (must not fire it, or for a category, none of its markers). */
export function checkLexiconExamples(lexicon: CompiledLexicon, include: (m: CompiledMarker) => boolean = () => true): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
  const fired = (text: string) => analyze(text, { lexicon }).annotations;
  const add = (file: string, id: string, text: string, why: string) =>
    problems.push({ file, id, text, error: new FramelensError(`${file}: ${id}: ${why}: ${JSON.stringify(text)}`) });
  for (const m of lexicon.markers) {
    if (!include(m)) continue;
    for (const ex of m.examples) {
      const all = fired(ex);
      if (!all.some((a) => a.marker === m.id)) add(m.file, m.id, ex, `example does not fire${whyNot(lexicon, m, ex, all)}`);
    }
    for (const nm of m.nearMisses) if (fired(nm).some((a) => a.marker === m.id)) add(m.file, m.id, nm, 'near miss fires');
  }
  for (const [category, def] of Object.entries(lexicon.categories)) {
    if (!def || !lexicon.markers.some((m) => m.category === category && include(m))) continue;
    def.nearMisses.forEach((nm, i) => {
      const hit = fired(nm).find((a) => a.category === category);
      if (!hit) return;
      const file = def.nearMissFiles?.[i] ?? def.file;
      const markerFile = lexicon.markers.find((m) => m.id === hit.marker)?.file;
      add(file, category, nm, `near miss fires ${hit.marker}${markerFile && markerFile !== file ? ` (a marker of ${markerFile})` : ''}`);
    });
  }
  return problems;
}
