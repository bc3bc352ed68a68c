import { escapeHtml } from '../format/escape.js';
import type { BatchData, BatchDoc } from './batch-records.js';
import { textOn, tint } from './color.js';
import { filtersHtml, htmlPage } from './page.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { clip } from '../format/clip.js';
import { legendHtml } from './tables.js';
import { timelineChart, timelineMeanNote } from './timeline.js';
import { count } from '../format/count.js';

function docName(d: BatchDoc): string {
  return d.title ?? d.id;
}

function heatRow(d: BatchDoc, withDates: boolean): string {
  const top = [...d.markers].sort((a, b) => b.score - a.score)[0];
  const cells = CATEGORY_ORDER.map((c) => {
    const s = d.scores[c];
    const mark = d.detected.includes(c) ? ' ●' : '';
    const bg = tint(CATEGORY_LOOKS[c].color, s * 0.9);
    return `<td class="cell c-${c}" style="background:${bg};color:${textOn(bg)}" data-sort="${s}" title="${escapeHtml(`${CATEGORY_LOOKS[c].label}: ${s.toFixed(2)}`)}">${s.toFixed(2)}${mark}</td>`;
  }).join('');
  const name = `<a href="#doc-${d.n}" class="self">${escapeHtml(clip(docName(d), 60))}</a>${d.title && d.id !== d.title ? `<div class="why">${escapeHtml(d.id)}</div>` : ''}`;
  return `<tr id="doc-${d.n}"><th scope="row" data-sort="${escapeHtml(docName(d))}">${name}</th>${withDates ? `<td data-sort="${d.time ?? ''}">${escapeHtml(d.date ?? '')}</td>` : ''}${cells}<td class="quote">${top ? `${escapeHtml(CATEGORY_LOOKS[top.category].abbr)} “${escapeHtml(clip(top.text, 60))}”${top.negated ? ' (negated)' : ''} ${top.score.toFixed(2)}${top.speaker ? ` <span class="why">${escapeHtml(clip(top.speaker, 40))}</span>` : ''}` : ''}</td></tr>`;
}

/** Names the documents the time line leaves out (no date, or none it can read), up to five by name; '' when all are on it. */
function undatedNote(docs: BatchDoc[]): string {
  const out = docs.filter((d) => d.time === null);
  if (out.length === 0) return '';
  const names = out.slice(0, 5).map((d) => escapeHtml(clip(docName(d), 40))).join(', ') + (out.length > 5 ? `, and ${out.length - 5} more` : '');
  return `<p class="none">${count(out.length, 'document')} ${out.length === 1 ? 'has' : 'have'} no date the time line can read (${names}); dates are read as 2025-03-18, 2025-03, 2025 or with a four-digit year, such as 18 March 2025.</p>`;
}

/** The batch report: a sortable documents-by-categories heat map (score in each cell, ● when detected), a time line when records carry dates, and the failed records. */
export function batchHtmlReport(data: BatchData, options: { title?: string; source?: string } = {}): string {
  const title = options.title ?? `framelens batch report${options.source ? `: ${options.source}` : ''}`;
  const withDates = data.docs.some((d) => d.date !== null);
  const head = `<th scope="col" data-sort-key="name"><button type="button">document</button></th>${withDates ? '<th scope="col"><button type="button">date</button></th>' : ''}${CATEGORY_ORDER.map((c) => `<th scope="col" class="c-${c}" title="${escapeHtml(CATEGORY_LOOKS[c].label)}"><button type="button" aria-label="sort by ${escapeHtml(CATEGORY_LOOKS[c].label)}">${CATEGORY_LOOKS[c].abbr}</button></th>`).join('')}<th scope="col">strongest marker</th>`;
  const timeline = timelineChart(data.docs);
  const failed = data.failed.length
    ? `<h2 id="failed">Failed records</h2><ul>${data.failed.map((f) => `<li>line ${f.line}${f.id ? ` (${escapeHtml(f.id)})` : ''}: ${escapeHtml(f.message)}</li>`).join('')}</ul>` : '';
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="sub">${count(data.docs.length, 'document')}${data.failed.length ? `, ${count(data.failed.length, 'failed record')}` : ''}. Each cell holds the category's document score (darker = higher; ● detected). Click a column heading to sort; the first column links to each row.</p>
<h2 id="legend">Legend</h2>
${legendHtml({ voices: false })}
<h2 id="heat">Documents by category</h2>
<div style="overflow-x:auto"><table class="heat sortable"><thead><tr>${head}</tr></thead><tbody>
${data.docs.map((d) => heatRow(d, withDates)).join('\n')}
</tbody></table></div>
${timeline ? `<h2 id="timeline">Category scores over time</h2>${filtersHtml({ voices: false, legend: 'Show lines' })}${timeline}${timelineMeanNote(data.docs)}${undatedNote(data.docs)}` : '<p class="none">No record carries a date, so there is no time line.</p>'}
${failed}`;
  return htmlPage(title, body, { kind: 'batch' });
}
