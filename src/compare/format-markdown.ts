import { escapeMarkdown } from '../format/escape.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import { formatDelta } from './delta.js';
import { detectedSides } from './detected-sides.js';
import { echoCounts } from './echo-words.js';
import type { CompareResult, InBoth, MarkerUse, MarkerWording, SideNotes } from './types.js';
import { firstWordings, wordingVoice } from './wording-list.js';

/** `“Kyiv regime” (quoted, Lavrov)`, with ×N after the words when they recur in that voice. */
function wordings(list: MarkerWording[]): string {
  return list.map((w) => `“${escapeMarkdown(w.text)}”${w.count > 1 ? ` ×${w.count}` : ''} (${escapeMarkdown(wordingVoice(w))})`).join(', ');
}

/** What both say: a table of the shared categories (scores, each side's first wordings) and one of the markers in both. */
function inBoth(both: InBoth): string[] {
  const some = (list: MarkerWording[]) => { const w = firstWordings(list); return `${wordings(w.shown)}${w.more ? ` and ${w.more} more` : ''}`; };
  const out = ['Categories with annotations in both texts:', ''];
  if (both.categories.length === 0) out.push('None.');
  else out.push('| category | A | B | wording in A | wording in B |', '|---|---:|---:|---|---|', ...both.categories.map((c) => `| ${c.category} | ${c.a.score.toFixed(2)} | ${c.b.score.toFixed(2)} | ${some(c.a.wordings)} | ${some(c.b.wordings)} |`));
  out.push('', 'Markers that fire in both texts (score ×count):', '');
  if (both.markers.length === 0) out.push('None.');
  else out.push('| category | marker | A | B | wording in A | wording in B |', '|---|---|---:|---:|---|---|', ...both.markers.map((m) => `| ${m.category} | ${escapeMarkdown(m.marker)} | ${m.a.score.toFixed(2)} ×${m.a.count} | ${m.b.score.toFixed(2)} ×${m.b.count} | ${wordings(m.a.wordings)} | ${wordings(m.b.wordings)} |`));
  return out;
}

function markerTable(list: MarkerUse[]): string[] {
  if (list.length === 0) return ['None.'];
  return ['| score | category | marker | count | text (voice, speaker) |', '|---:|---|---|---:|---|', ...list.map((u) => `| ${u.score.toFixed(2)} | ${u.category} | ${escapeMarkdown(u.marker)} | ${u.count} | ${wordings(u.wordings)} |`)];
}

/** Markdown comparison: notes on the sides, category table with deltas, what both say, markers only in A and only in B, shared phrases, echo. */
export function formatCompareMarkdown(r: CompareResult, notes: SideNotes = {}): string {
  const out = [`# framelens compare`, '', `- A: ${escapeMarkdown(r.a.source ?? 'A')}`, `- B: ${escapeMarkdown(r.b.source ?? 'B')}`, ''];
  for (const side of ['a', 'b'] as const) if (notes[side]) out.push(`**Note on ${side.toUpperCase()}**: ${escapeMarkdown(notes[side]!)}.`, '');
  out.push('## Categories', '');
  out.push(`A category is detected at a score of ${r.threshold} or more. "Own" is the score of a side's own words (author voice), without what it quotes or reports others saying.`, '', '| category | A | B | B − A | A own | B own | detected |', '|---|---:|---:|---:|---:|---:|---|');
  for (const id of CATEGORY_IDS) { const c = r.categories[id]; out.push(`| ${id} | ${c.a.toFixed(2)} | ${c.b.toFixed(2)} | ${formatDelta(c.a, c.b)} | ${c.own.a.toFixed(2)} | ${c.own.b.toFixed(2)} | ${detectedSides(c, ', ')} |`); }
  out.push('', '## In both', '', ...inBoth(r.inBoth), '', '## Only in A', '', ...markerTable(r.onlyA), '', '## Only in B', '', ...markerTable(r.onlyB), '', '## Shared phrases', '');
  if (r.shared.length === 0) out.push('None.');
  for (const p of r.shared) {
    if (p.kind === 'exact') out.push(`- exact: “${escapeMarkdown(p.a.text)}”`);
    else out.push(`- near (${p.method}, ${p.similarity.toFixed(2)}${p.category ? `, ${p.category}` : ''}):`, `  > A: ${escapeMarkdown(p.a.text)}`, '  >', `  > B: ${escapeMarkdown(p.b.text)}`);
  }
  out.push('', '## Echo', '', r.echoDetail.annotations === 0 ? "**none**: B has no annotations, so nothing of A's framing to repeat." : `**${r.echo.toFixed(2)}**: ${echoCounts(r)} A's framing (same marker, or a near text in the same category), weighted by score.`);
  return `${out.join('\n')}\n`;
}
