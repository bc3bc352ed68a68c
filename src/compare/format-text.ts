import { clipWords } from '../format/clip.js';
import { escapeTerminal } from '../format/escape.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import { formatDelta } from './delta.js';
import { detectedSides } from './detected-sides.js';
import { echoCounts } from './echo-words.js';
import type { CompareResult, InBoth, MarkerUse, MarkerWording, SharedPhrase, SideNotes } from './types.js';
import { firstWordings, wordingVoice } from './wording-list.js';
import { inQuotes } from '../format/in-quotes.js';

/** Longest phrase shown whole in the text format. */
const PHRASE_CHARS = 110;

/** `"Kyiv regime" (quoted, Lavrov)`, with ×N after the words when they recur in that voice. */
function wordings(list: MarkerWording[]): string {
  return list.map((w) => `${inQuotes(escapeTerminal(clipWords(w.text, 60)))}${w.count > 1 ? ` ×${w.count}` : ''} (${escapeTerminal(wordingVoice(w))})`).join(', ');
}

/** What both say: each shared category with each side's score and first wordings, then each marker in both with each side's words. */
function inBoth(both: InBoth): string[] {
  if (both.categories.length === 0 && both.markers.length === 0) return ['in both: none'];
  const some = (list: MarkerWording[]) => { const w = firstWordings(list); return `${wordings(w.shown)}${w.more ? ` and ${w.more} more` : ''}`; };
  const lines = ['in both:', both.categories.length ? '  categories (score in A, in B):' : '  categories: none'];
  for (const c of both.categories) lines.push(`    ${c.category} ${c.a.score.toFixed(2)}, ${c.b.score.toFixed(2)}`, `      A: ${some(c.a.wordings)}`, `      B: ${some(c.b.wordings)}`);
  lines.push(both.markers.length ? '  markers (score ×count in A, in B):' : '  markers: none');
  for (const m of both.markers) {
    lines.push(`    ${m.category} ${escapeTerminal(m.marker)} ${m.a.score.toFixed(2)} ×${m.a.count}, ${m.b.score.toFixed(2)} ×${m.b.count}`, `      A: ${wordings(m.a.wordings)}`, `      B: ${wordings(m.b.wordings)}`);
  }
  return lines;
}

function markers(title: string, list: MarkerUse[]): string[] {
  if (list.length === 0) return [`${title}: none`];
  return [`${title}:`, ...list.map((u) => `  ${u.score.toFixed(2)} ${u.category} ${escapeTerminal(u.marker)} ×${u.count}: ${wordings(u.wordings)}`)];
}

function phrase(p: SharedPhrase): string[] {
  if (p.kind === 'exact') return [`  exact: ${inQuotes(escapeTerminal(clipWords(p.a.text, PHRASE_CHARS)))}`];
  return [`  near (${p.method} ${p.similarity.toFixed(2)}${p.category ? `, ${p.category}` : ''}):`, `    A: ${inQuotes(escapeTerminal(clipWords(p.a.text, PHRASE_CHARS)))}`, `    B: ${inQuotes(escapeTerminal(clipWords(p.b.text, PHRASE_CHARS)))}`];
}

/** Plain-text comparison: notes on the sides, category scores side by side with deltas, what both say, markers only in A or B, shared phrases, echo. */
export function formatCompareText(r: CompareResult, notes: SideNotes = {}): string {
  const lines = [`A: ${escapeTerminal(r.a.source ?? 'A')}`, `B: ${escapeTerminal(r.b.source ?? 'B')}`];
  for (const side of ['a', 'b'] as const) if (notes[side]) lines.push(`note on ${side.toUpperCase()}: ${escapeTerminal(notes[side]!)}`);
  lines.push('', `${'category'.padEnd(22)} ${'A'.padStart(5)} ${'B'.padStart(5)} ${'B-A'.padStart(6)}  ${'A own'.padStart(5)} ${'B own'.padStart(5)}  detected`);
  for (const id of CATEGORY_IDS) {
    const c = r.categories[id];
    const delta = formatDelta(c.a, c.b);
    lines.push(`${id.padEnd(22)} ${c.a.toFixed(2).padStart(5)} ${c.b.toFixed(2).padStart(5)} ${delta.padStart(6)}  ${c.own.a.toFixed(2).padStart(5)} ${c.own.b.toFixed(2).padStart(5)}  ${detectedSides(c)}`.trimEnd());
  }
  lines.push(`detected: score >= ${r.threshold}; own: the score of each side's own words (author voice), without what it quotes or reports`, '', ...inBoth(r.inBoth), '', ...markers('only in A', r.onlyA), '', ...markers('only in B', r.onlyB), '');
  lines.push(r.shared.length ? 'shared phrases:' : 'shared phrases: none', ...r.shared.flatMap(phrase), '');
  lines.push(r.echoDetail.annotations === 0 ? "echo: none (B has no annotations, so nothing of A's framing to repeat)" : `echo: ${r.echo.toFixed(2)} (${echoCounts(r)} A's framing, weighted by score)`);
  return `${lines.join('\n')}\n`;
}
