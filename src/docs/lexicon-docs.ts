import type { CompiledLexicon } from '../lexicon/types.js';
import { STANCE_LISTS } from '../lexicon/types.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import { anchor, cell, codeCell, table } from './markdown.js';

/** The header line that marks docs/lexicons.md as generated. */
export const LEXICON_DOCS_NOTE = '<!-- generated from lexicons/ by `npm run docs` (scripts/gen-lexicon-docs.mjs); do not edit by hand -->';

function categorySection(lexicon: CompiledLexicon, id: (typeof CATEGORY_IDS)[number]): string[] {
  const def = lexicon.categories[id];
  const markers = lexicon.markers.filter((m) => m.category === id);
  const lines = [`## ${id}`, ''];
  if (!def) return [...lines, '_No lexicon for this category yet._', ''];
  lines.push(`${cell(def.definition)}`, '', `${markers.length} markers, ${def.nearMisses.length} category near misses; file \`${def.file}\`.`, '');
  if (def.unless?.length) lines.push(`Every marker of the category is stopped where one of these matches words its match shares (\`unless\`): ${def.unless.map((p) => codeCell(p.source)).join(', ')}.`, '');
  if (def.notHedgedBy?.length) lines.push(`These hedges do not hedge the category's markers (\`not_hedged_by\`): ${def.notHedgedBy.map(codeCell).join(', ')}.`, '');
  const shared = sharedUnlessLists(markers);
  for (const [key, { name, uses }] of shared) lines.push(`\`unless\` list **${name}**, shared by ${uses} markers: ${key.split('\n').map(codeCell).join(', ')}.`, '');
  lines.push(...table(['marker', 'pattern(s)', 'weight', 'example', 'note'], markers.map((m) => [
    codeCell(m.id),
    [...m.patterns.map((p) => codeCell(p.source)), ...(shared.has(unlessKey(m)) ? [`unless list **${shared.get(unlessKey(m))!.name}**`] : (m.unless ?? []).map((p) => `unless ${codeCell(p.source)}`))].join('<br>'),
    m.weight.toFixed(2),
    m.examples.map(cell).join('<br>'),
    cell(m.note),
  ])));
  lines.push('', 'Near misses (must not fire any marker of this category):', '');
  for (const nm of def.nearMisses) lines.push(`- ${cell(nm)}`);
  const markerMisses = markers.filter((m) => m.nearMisses.length);
  if (markerMisses.length) {
    lines.push('', 'Marker near misses (must not fire that marker):', '');
    for (const m of markerMisses) for (const nm of m.nearMisses) lines.push(`- ${codeCell(m.id)}: ${cell(nm)}`);
  }
  lines.push('');
  return lines;
}

/** A marker's `unless` patterns as one key (their sources, one a line); '' when it has none. */
const unlessKey = (m: CompiledLexicon['markers'][number]) => (m.unless ?? []).map((p) => p.source).join('\n');

/** The `unless` lists that several markers of a category carry whole (a YAML anchor), named U1, U2 ... in order of first use: the docs print each once. */
function sharedUnlessLists(markers: CompiledLexicon['markers']): Map<string, { name: string; uses: number }> {
  const uses = new Map<string, number>();
  for (const m of markers) { const key = unlessKey(m); if (key) uses.set(key, (uses.get(key) ?? 0) + 1); }
  const shared = new Map<string, { name: string; uses: number }>();
  for (const [key, n] of uses) if (n > 1) shared.set(key, { name: `U${shared.size + 1}`, uses: n });
  return shared;
}

/** Render the lexicon reference (docs/lexicons.md) from a compiled lexicon: a deterministic function of the data. */
export function renderLexiconDocs(lexicon: CompiledLexicon): string {
  const lines = [LEXICON_DOCS_NOTE, '', '# Lexicon reference', ''];
  const stanceCount = STANCE_LISTS.reduce((n, l) => n + lexicon.stance[l].length, 0);
  lines.push(`The built-in lexicons: ${lexicon.markers.length} markers in ${Object.keys(lexicon.categories).length} framing categories, and ${stanceCount} stance patterns. Pattern syntax: [lexicon-format.md](lexicon-format.md). A marker's weight says how diagnostic it is; an annotation's score starts from it (see the README).`, '');
  lines.push(...table(['category', 'markers', 'near misses', 'mean weight'], CATEGORY_IDS.map((id) => {
    const ms = lexicon.markers.filter((m) => m.category === id);
    const mean = ms.length ? (ms.reduce((s, m) => s + m.weight, 0) / ms.length).toFixed(2) : '-';
    return [`[${id}](#${anchor(id)})`, String(ms.length), String(lexicon.categories[id]?.nearMisses.length ?? 0), mean];
  })));
  lines.push('', '- [Stance lists](#stance-lists)', '');
  for (const id of CATEGORY_IDS) lines.push(...categorySection(lexicon, id));
  lines.push('## Stance lists', '', 'Not frames: cues that modify annotations (negators, hedges, boosters), attribute speech (reporting verbs and nouns, sources, document nouns), bound clauses, and tell an on-topic text from an off-topic one.', '');
  lines.push(...table(['list', 'count', 'patterns'], STANCE_LISTS.map((l) => [codeCell(l), String(lexicon.stance[l].length), lexicon.stance[l].map((p) => codeCell(p.source)).join(', ')])));
  return `${lines.join('\n')}\n`;
}
