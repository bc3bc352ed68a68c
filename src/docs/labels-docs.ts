import { LABEL_MAPPING, LABEL_SETS } from '../labels/labels.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import { cell, table } from './markdown.js';

/** The header line that marks docs/labels.md as generated. */
export const LABEL_DOCS_NOTE = '<!-- generated from src/labels/semeval-mapping.json by `npm run docs` (scripts/gen-lexicon-docs.mjs); do not edit by hand -->';

const list = (labels: string[]) => (labels.length ? labels.map(cell).join('<br>') : '-');

/** Render docs/labels.md: how framelens categories map to the SemEval label sets, from the mapping data. */
export function renderLabelDocs(): string {
  const lines = [LABEL_DOCS_NOTE, '', '# Shared-task labels', ''];
  lines.push('`framelens analyze --labels semeval2023|semeval2025` reads a result in the label set of a public shared task.',
    'The JSON output gains a top-level `labels` field: `document` holds the document-level labels (the union over the detected categories),',
    '`categories` the labels of each detected category, and `spans` the span-level labels of every annotation that is not negated',
    '(SemEval-2023 persuasion techniques only; the other groups are document-level in their tasks). The mapping is data:',
    '`src/labels/semeval-mapping.json`. The "taxonomy" column lists the nearest labels named by the framing taxonomy; the rest are our',
    'nearest reading, explained in the last column. A category is only as close to a label as this table says: the mapping is for',
    'comparison, not a trained classifier of those label sets.', '');
  for (const set of LABEL_SETS) {
    const { title, groups } = LABEL_MAPPING.sets[set];
    lines.push(`## ${set}`, '', `${title}. Groups: ${Object.entries(groups).map(([g, level]) => `${g} (${level} level)`).join(', ')}.`, '');
    lines.push(...table(['category', ...Object.keys(groups)], CATEGORY_IDS.map((c) => [`\`${c}\``, ...Object.keys(groups).map((g) => list(LABEL_MAPPING.categories[c][set][g] ?? []))])));
    lines.push('');
  }
  lines.push('## Labels that need a marker', '', 'These labels are more specific than their category: a text gets one only when it holds a (not negated) annotation of one of',
    'the markers listed (`prefix*` stands for every marker id that begins so); the other labels follow their detected category.', '');
  const rows = LABEL_SETS.flatMap((set) => Object.entries(LABEL_MAPPING.evidence[set] ?? {}).flatMap(([group, labels]) =>
    Object.entries(labels).map(([label, markers]) => [set, group, cell(label), markers.map((m) => `\`${m}\``).join(', ')])));
  lines.push(...table(['set', 'group', 'label', 'markers'], rows), '');
  lines.push('## Why these labels', '');
  lines.push(...table(['category', 'taxonomy', 'note'], CATEGORY_IDS.map((c) => [`\`${c}\``, list(LABEL_MAPPING.categories[c].taxonomy), cell(LABEL_MAPPING.categories[c].note)])));
  lines.push('');
  for (const set of LABEL_SETS) {
    lines.push(`## ${set} inventory`, '');
    for (const [group, labels] of Object.entries(LABEL_MAPPING.sets[set].inventory)) lines.push(`- ${group}: ${labels.map(cell).join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
