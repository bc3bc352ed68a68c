import { escapeHtml } from '../format/escape.js';
import { formatDelta } from '../compare/delta.js';
import { detectedSides } from '../compare/detected-sides.js';
import type { CompareResult } from '../compare/types.js';
import { voicePatterns } from './chart.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { categoryBadge } from './tables.js';

const LABEL_W = 170; const BAR_W = 340; const ROW_H = 30;

/** An SVG chart of the two texts' category scores side by side (A solid, B hatched) with B - A printed and the threshold line. */
export function compareChart(r: CompareResult): string {
  const height = CATEGORY_ORDER.length * ROW_H + 56;
  const t = LABEL_W + r.threshold * BAR_W;
  const rows = CATEGORY_ORDER.map((id, i) => {
    const c = r.categories[id];
    const look = CATEGORY_LOOKS[id];
    const y = 6 + i * ROW_H;
    const d = formatDelta(c.a, c.b);
    return `<g class="row c-${id}" data-cat="${id}" style="color:${look.color}">
<text x="${LABEL_W - 8}" y="${y + 13}" text-anchor="end" fill="#1f2937">${look.abbr} ${escapeHtml(look.label)}</text>
<rect class="bar side-a" data-cat="${id}" x="${LABEL_W}" y="${y}" width="${(c.a * BAR_W).toFixed(1)}" height="9" fill="currentColor"><title>A ${escapeHtml(look.label)}: ${c.a.toFixed(2)}</title></rect>
<rect class="bar side-b" data-cat="${id}" x="${LABEL_W}" y="${y + 11}" width="${(c.b * BAR_W).toFixed(1)}" height="9" fill="url(#pat-quoted-${id})" stroke="currentColor" stroke-width="${c.b > 0 ? 0.6 : 0}"><title>B ${escapeHtml(look.label)}: ${c.b.toFixed(2)}</title></rect>
<text x="${LABEL_W + BAR_W + 10}" y="${y + 14}" fill="#1f2937">${d}</text>
</g>`;
  }).join('\n');
  return `<svg class="chart compare-chart" role="img" aria-labelledby="cmp-title" viewBox="0 0 ${LABEL_W + BAR_W + 60} ${height}" width="100%" style="max-width:${LABEL_W + BAR_W + 60}px" font-family="system-ui, sans-serif" font-size="12">
<title id="cmp-title">Category scores: A (solid bar) and B (hatched bar), with B minus A at the right; dashed line at the threshold ${r.threshold}</title>
${voicePatterns()}
<line x1="${LABEL_W}" y1="0" x2="${LABEL_W}" y2="${height - 46}" stroke="#6b7280"/>
<line class="threshold" x1="${t}" y1="0" x2="${t}" y2="${height - 46}" stroke="#374151" stroke-dasharray="4 3"/>
<text x="${t}" y="${height - 32}" text-anchor="middle" fill="#374151">threshold ${r.threshold}</text>
${rows}
<g class="key" color="#374151" transform="translate(${LABEL_W},${height - 16})"><rect width="24" height="9" fill="currentColor"/><text x="30" y="9">A</text><rect x="60" width="24" height="9" fill="url(#pat-quoted-key)" stroke="currentColor" stroke-width="0.6"/><text x="90" y="9">B</text><text x="${BAR_W + 10}" y="9">B − A</text></g>
</svg>`;
}

/** The two texts' category scores as a table: A, B, B - A (as the Markdown prints it), each side's own-words score and the side(s) that detect the category. */
export function compareCategoryTable(r: CompareResult): string {
  const rows = CATEGORY_ORDER.map((id) => {
    const c = r.categories[id];
    return `<tr data-cat="${id}"><th scope="row">${categoryBadge(id)}</th><td>${c.a.toFixed(2)}</td><td>${c.b.toFixed(2)}</td><td>${formatDelta(c.a, c.b)}</td><td>${c.own.a.toFixed(2)}</td><td>${c.own.b.toFixed(2)}</td><td>${detectedSides(c)}</td></tr>`;
  }).join('\n');
  return `<table class="cats compare-cats"><caption>Category scores, A and B (detected at ${r.threshold} or more; "own": from each side's own words, without what it quotes or reports)</caption><thead><tr><th scope="col">category</th><th scope="col">A</th><th scope="col">B</th><th scope="col">B − A</th><th scope="col">A own</th><th scope="col">B own</th><th scope="col">detected</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
