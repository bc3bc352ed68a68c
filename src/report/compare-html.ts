import type { CompareResult, CompareSide } from '../compare/types.js';
import { count } from '../format/count.js';
import { escapeHtml } from '../format/escape.js';
import { compareCategoryTable, compareChart } from './compare-chart.js';
import { inBothHtml, onlyInHtml } from './compare-markers.js';
import { noteHtml } from './html-report.js';
import { highlightText } from './highlight.js';
import { annotationData, filtersHtml, htmlPage } from './page.js';
import { legendHtml, statsHtml } from './tables.js';

/** The exact shared phrases as highlight spans of side `a` or `b`, ids s1, s2 ... in list order. */
function sharedSpans(r: CompareResult, side: 'a' | 'b'): { id: string; start: number; end: number; label: string }[] {
  return r.shared.flatMap((p, i) => (p.kind === 'exact' ? [{ id: `s${i + 1}`, start: p[side].start, end: p[side].end, label: 'shared word for word with the other text' }] : []));
}

function sharedList(r: CompareResult): string {
  if (r.shared.length === 0) return '<p class="none">None.</p>';
  return `<ul class="shared">${r.shared.map((p, i) => p.kind === 'exact'
    ? `<li data-kind="exact">exact: “${escapeHtml(p.a.text)}” (<a href="#A-s${i + 1}">in A</a>, <a href="#B-s${i + 1}">in B</a>)</li>`
    : `<li data-kind="near">near (${p.method}, ${p.similarity.toFixed(2)}${p.category ? `, ${escapeHtml(p.category)}` : ''}):<br>A: “${escapeHtml(p.a.text)}”<br>B: “${escapeHtml(p.b.text)}”</li>`).join('')}</ul>`;
}

/** The compare page: the two texts side by side with the same highlighting and filters, the side-by-side chart and category table, what both say, markers only in A or B, shared phrases and the echo score. */
export function compareHtmlReport(r: CompareResult, a: CompareSide, b: CompareSide): string {
  const nameA = r.a.source ?? 'A'; const nameB = r.b.source ?? 'B';
  const title = `framelens compare: ${nameA} vs ${nameB}`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="sub">Two accounts of one event. A: <b>${escapeHtml(nameA)}</b>; B: <b>${escapeHtml(nameB)}</b>. Echo (how much of B's framing repeats A's): ${r.echoDetail.annotations === 0 ? '<b class="echo">none</b> (B has no annotations).' : `<b class="echo">${r.echo.toFixed(2)}</b> (${r.echoDetail.echoed} of ${count(r.echoDetail.annotations, 'annotation')} of B).`}</p>
<h2 id="legend">Legend</h2>
${legendHtml()}
<h2 id="texts">Texts</h2>
${filtersHtml()}
<p class="sub"><span class="sh">Dashed overline</span>: phrases the two texts share word for word.</p>
<div class="cols">
<section aria-labelledby="A-head"><h3 id="A-head">A: ${escapeHtml(nameA)}</h3>${statsHtml(a.result)}${noteHtml(a.text)}<div class="text" id="A-text">${highlightText(a.result, a.text, { idPrefix: 'A-', shared: sharedSpans(r, 'a') })}</div></section>
<section aria-labelledby="B-head"><h3 id="B-head">B: ${escapeHtml(nameB)}</h3>${statsHtml(b.result)}${noteHtml(b.text)}<div class="text" id="B-text">${highlightText(b.result, b.text, { idPrefix: 'B-', shared: sharedSpans(r, 'b') })}</div></section>
</div>
<h2 id="chart">Category scores, A and B</h2>
${compareChart(r)}
${compareCategoryTable(r)}
<h2 id="both">What both say</h2>
${inBothHtml(r.inBoth)}
<h2 id="only">What each side emphasised or left out</h2>
<div class="cols stack"><section><h3>Only in A</h3>${onlyInHtml(r.onlyA, 'A')}</section><section><h3>Only in B</h3>${onlyInHtml(r.onlyB, 'B')}</section></div>
<h2 id="shared">Shared phrases</h2>
${sharedList(r)}`;
  return htmlPage(title, body, { kind: 'compare', annotations: { ...annotationData(a.result, 'A-'), ...annotationData(b.result, 'B-') } });
}
