import { escapeHtml } from '../format/escape.js';
import { VOICES } from '../taxonomy.js';
import type { AnalysisResult } from '../types.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { count } from '../format/count.js';

const LABEL_W = 170;
const BAR_W = 380;
/** Height of one category's group of bars (11 + 3 × 8 = 36 px of bars), leaving a clear gap before the next group. */
const ROW_H = 50;

function patternPair(key: string, color: string): string {
  return `<pattern id="pat-quoted-${key}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${color}"/></pattern>`
    + `<pattern id="pat-reported-${key}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.6" fill="${color}"/></pattern>`;
}

/** SVG patterns that tell bars apart without colour, one pair per category in its colour (and `key` in grey): hatched (`pat-quoted-<id>`) and dotted (`pat-reported-<id>`). */
export function voicePatterns(): string {
  return `<defs>${CATEGORY_ORDER.map((id) => patternPair(id, CATEGORY_LOOKS[id].color)).join('')}${patternPair('key', '#374151')}</defs>`;
}

/** The fill of a bar for a voice and category: solid for the author, a pattern in the category's colour for quoted and reported. */
export function voiceFill(voice: string, id: string): string {
  return voice === 'author' ? 'currentColor' : `url(#pat-${voice}-${id})`;
}

/** A horizontal bar chart (inline SVG) of the category scores: one bar for the document score, three thin bars by voice, and the threshold line. */
export function categoryChart(result: AnalysisResult): string {
  const height = CATEGORY_ORDER.length * ROW_H + 56;
  const x = (s: number) => LABEL_W + s * BAR_W;
  const rows = CATEGORY_ORDER.map((id, i) => {
    const c = result.categories[id];
    const look = CATEGORY_LOOKS[id];
    const y = 8 + i * ROW_H;
    const voices = VOICES.map((v, k) => {
      const s = c.byVoice[v];
      return `<rect class="bar voice" data-cat="${id}" data-voice="${v}" x="${LABEL_W}" y="${y + 14 + k * 8}" width="${(s * BAR_W).toFixed(1)}" height="6" fill="${voiceFill(v, id)}" stroke="currentColor" stroke-width="${s > 0 ? 0.5 : 0}"><title>${escapeHtml(`${look.label}, ${v}: ${s.toFixed(2)}`)}</title></rect>`;
    }).join('');
    return `<g class="row c-${id}" style="color:${look.color}" data-cat="${id}">
<text x="${LABEL_W - 8}" y="${y + 10}" text-anchor="end" fill="#1f2937">${look.abbr} ${escapeHtml(look.label)}${c.detected ? ' ●' : ''}</text>
<rect class="bar total" data-cat="${id}" x="${LABEL_W}" y="${y}" width="${(c.score * BAR_W).toFixed(1)}" height="11" fill="currentColor"><title>${escapeHtml(`${look.label}: ${c.score.toFixed(2)} (${count(c.count, 'marker')})`)}</title></rect>
${voices}
<text x="${x(c.score) + 6}" y="${y + 10}" fill="#1f2937" font-size="11">${c.score.toFixed(2)}</text>
</g>`;
  }).join('\n');
  const t = x(result.threshold);
  return `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${LABEL_W + BAR_W + 50} ${height}" width="100%" style="max-width:${LABEL_W + BAR_W + 50}px" font-family="system-ui, sans-serif" font-size="12">
<title id="chart-title">Category scores: document score (thick bar) and by voice (thin bars: author solid, quoted hatched, reported dotted); dashed line at the threshold ${result.threshold}</title>
${voicePatterns()}
<line x1="${LABEL_W}" y1="0" x2="${LABEL_W}" y2="${height - 48}" stroke="#6b7280"/>
<line x1="${t}" y1="0" x2="${t}" y2="${height - 48}" stroke="#374151" stroke-dasharray="4 3"/>
<text x="${t}" y="${height - 34}" text-anchor="middle" fill="#374151">threshold ${result.threshold}</text>
<g class="key" color="#374151" transform="translate(${LABEL_W},${height - 16})"><rect width="24" height="10" fill="currentColor"/><text x="30" y="9">document score</text><rect x="140" y="2" width="24" height="6" fill="currentColor"/><text x="170" y="9">author</text><rect x="230" y="2" width="24" height="6" fill="url(#pat-quoted-key)" stroke="currentColor" stroke-width="0.5"/><text x="260" y="9">quoted</text><rect x="320" y="2" width="24" height="6" fill="url(#pat-reported-key)" stroke="currentColor" stroke-width="0.5"/><text x="350" y="9">reported</text></g>
${rows}
</svg>`;
}
