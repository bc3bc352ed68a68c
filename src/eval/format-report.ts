import { escapeTerminal } from '../format/escape.js';
import { CATEGORY_IDS } from '../taxonomy.js';
import type { EvalReport } from './evaluate.js';
import type { Prf } from './prf.js';
import type { TargetCheck } from './targets.js';
import { count } from '../format/count.js';

function num(x: number | null, width = 6): string {
  return (x === null ? 'n/a' : x.toFixed(3)).padStart(width);
}

function cells(p: Pick<Prf, 'precision' | 'recall' | 'f1'> & Partial<Prf>): string {
  const counts = p.predicted === undefined ? ''.padStart(12) : `${String(p.predicted).padStart(6)}${String(p.gold).padStart(6)}`;
  return `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}${counts}`;
}

/** The default text table of `framelens eval`: span and document figures per category, micro and macro, calibration, controls. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`framelens eval: split ${report.split}, ${count(report.texts, 'text')} (${count(report.controls.texts, 'control')}), document threshold ${report.threshold}`);
  if (report.problems.length) lines.push(`not scored: ${count(report.problems.length, 'gold problem')} (named on stderr); the texts they concern are left out of these figures`);
  lines.push('');
  lines.push(`span level: annotations scored >= ${report.spanMinScore} and not negated, partial credit (SemEval-2020 Task 11)`);
  lines.push('');
  lines.push(`${''.padEnd(22)} ${'span level (partial credit)'.padEnd(32)}   ${'document level'}`);
  lines.push(`${'category'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}${'pred'.padStart(6)}${'gold'.padStart(6)}   ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}${'pred'.padStart(6)}${'gold'.padStart(6)}`);
  for (const c of CATEGORY_IDS) lines.push(`${c.padEnd(22)} ${cells(report.span.categories[c])}   ${cells(report.document.categories[c])}`);
  lines.push(`${'micro'.padEnd(22)} ${cells(report.span.micro)}   ${cells(report.document.micro)}`);
  lines.push(`${'macro'.padEnd(22)} ${cells(report.span.macro)}   ${cells(report.document.macro)}`);
  lines.push('');
  lines.push('calibration (every annotation by score; precision = share overlapping a gold span of its category)');
  lines.push(`${'score'.padEnd(10)} ${'annotations'.padStart(11)} ${'matched'.padStart(8)} ${'precision'.padStart(9)}`);
  for (const b of report.calibration) {
    const range = `${b.from.toFixed(1)}-${b.to.toFixed(1)}`;
    lines.push(`${range.padEnd(10)} ${String(b.annotations).padStart(11)} ${String(b.matched).padStart(8)} ${num(b.precision, 9)}`);
  }
  lines.push('');
  const v = report.voice;
  lines.push(`voice: ${v.agree} of ${v.matched} predicted spans that overlap gold carry the gold voice${v.share === null ? '' : ` (${v.share.toFixed(3)})`}`);
  const { controls } = report;
  lines.push(`controls: ${count(controls.texts, 'text')}, ${controls.withDetections} with a detected category`);
  for (const c of controls.detected) if (c.categories.length) lines.push(`  ${escapeTerminal(c.id)}: ${c.categories.join(', ')}`);
  lines.push('', `quality targets (stated for the held-out split${report.split === 'heldout' ? '' : `; measured here on ${report.split}`}):`);
  for (const t of report.targets) lines.push(formatTarget(t));
  return `${lines.join('\n')}\n`;
}

/** One quality target as a line of the text report: a share with three decimals (an F1 of 1 as 1.000, as in the tables), a count of texts as a whole number. */
export function formatTarget(t: TargetCheck): string {
  const measured = t.measured === null ? '-' : t.unit === 'texts' ? String(t.measured) : t.measured.toFixed(3);
  return `  ${t.measured === null ? 'n/a    ' : t.met ? 'met    ' : 'not met'}  ${t.name}: ${measured} (target ${t.comparison} ${t.target})`;
}
