import { escapeHtml } from '../format/escape.js';
import type { CategoryId } from '../taxonomy.js';
import type { BatchDoc } from './batch-records.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';

const W = 760; const H = 300; const L = 44; const R = 40; const T = 14; const B = 40;

/** Dated documents spanning more than this many days are grouped by month, else by day. */
export const MONTHLY_AFTER_DAYS = 120;

/** One point of the time line: a day (or a month), the documents' mean score per category, the first document's row number. */
export interface TimelinePoint { time: number; date: string; n: number; docs: number; means: Record<CategoryId, number> }

/** Mean score per day (or per month when the dates span more than MONTHLY_AFTER_DAYS), oldest first; each point links to its first document. */
export function timelinePoints(docs: BatchDoc[]): TimelinePoint[] {
  const dated = docs.filter((d) => d.time !== null);
  if (dated.length === 0) return [];
  const times = dated.map((d) => d.time!);
  const monthly = Math.max(...times) - Math.min(...times) > MONTHLY_AFTER_DAYS * 86_400_000;
  const keyOf = (t: number) => new Date(t).toISOString().slice(0, monthly ? 7 : 10);
  const groups = new Map<string, BatchDoc[]>();
  for (const d of dated) { const k = keyOf(d.time!); (groups.get(k) ?? groups.set(k, []).get(k)!).push(d); }
  return [...groups.entries()].map(([date, list]) => ({
    time: Date.parse(monthly ? `${date}-01` : date), date, n: Math.min(...list.map((d) => d.n)), docs: list.length,
    means: Object.fromEntries(CATEGORY_ORDER.map((c) => [c, list.reduce((s, d) => s + d.scores[c], 0) / list.length])) as Record<CategoryId, number>,
  })).sort((a, b) => a.time - b.time);
}

/** Move label positions apart so that no two are closer than `gap` and none is below `max`, keeping their order; returns the new positions in input order. */
export function spreadLabels(ys: number[], gap: number, max = Infinity): number[] {
  const order = ys.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  const out = [...ys];
  let prev = -Infinity;
  for (const i of order) { prev = Math.max(out[i], prev + gap); out[i] = prev; }
  let next = max + gap;
  for (const i of [...order].reverse()) { next = Math.min(out[i], next - gap); out[i] = next; }
  return out;
}

/** An SVG line chart of category scores over time (one line per category that ever scores above 0), or '' when no record has a date. */
export function timelineChart(docs: BatchDoc[]): string {
  const pts = timelinePoints(docs);
  if (pts.length === 0) return '';
  const t0 = pts[0].time; const t1 = pts[pts.length - 1].time;
  const x = (t: number) => L + (t1 === t0 ? (W - L - R) / 2 : ((t - t0) / (t1 - t0)) * (W - L - R));
  const y = (s: number) => T + (1 - s) * (H - T - B);
  const grid = [0, 0.25, 0.5, 0.75, 1].map((s) => `<line x1="${L}" x2="${W - R}" y1="${y(s)}" y2="${y(s)}" stroke="#e5e7eb"/><text x="${L - 6}" y="${y(s) + 4}" text-anchor="end">${s}</text>`).join('');
  const shown = CATEGORY_ORDER.filter((c) => pts.some((p) => p.means[c] > 0));
  const labelY = spreadLabels(shown.map((c) => y(pts[pts.length - 1].means[c]) + 4), 12, y(0) + 4);
  const series = shown.map((c, k) => {
    const look = CATEGORY_LOOKS[c];
    const path = pts.map((p) => `${x(p.time).toFixed(1)},${y(p.means[c]).toFixed(1)}`).join(' ');
    const dots = pts.map((p) => `<a href="#doc-${p.n}"><circle cx="${x(p.time).toFixed(1)}" cy="${y(p.means[c]).toFixed(1)}" r="3.5" fill="currentColor"><title>${escapeHtml(`${look.label}, ${p.date}: ${p.means[c].toFixed(2)} (${p.docs === 1 ? '1 document' : `mean of ${p.docs} documents`})`)}</title></circle></a>`).join('');
    const last = pts[pts.length - 1];
    return `<g class="series row" data-cat="${c}" style="color:${look.color}"><polyline points="${path}" fill="none" stroke="currentColor" stroke-width="2"/>${dots}<text x="${x(last.time) + 8}" y="${labelY[k].toFixed(1)}" fill="currentColor" font-weight="700">${look.abbr}</text></g>`;
  }).join('\n');
  let lastTick = -Infinity;
  const ticks = pts.filter((p) => { const ok = x(p.time) - lastTick >= 80; if (ok) lastTick = x(p.time); return ok; })
    .map((p) => `<text x="${x(p.time)}" y="${H - B + 16}" text-anchor="middle">${escapeHtml(p.date)}</text>`).join('');
  return `<svg class="chart timeline" role="img" aria-labelledby="tl-title" viewBox="0 0 ${W} ${H}" width="100%" style="max-width:${W}px" font-family="system-ui, sans-serif" font-size="11">
<title id="tl-title">Category scores over time (mean per ${pts.length && pts[0].date.length === 7 ? 'month' : 'day'}); each line ends with the category's abbreviation</title>
${grid}<line x1="${L}" x2="${W - R}" y1="${y(0)}" y2="${y(0)}" stroke="#6b7280"/>${ticks}
${series}
</svg>`;
}

/** A visible note when a point of the time line stands for several documents (their mean score, which none of them may have), naming up to three such days; '' when each point is one document. */
export function timelineMeanNote(docs: BatchDoc[]): string {
  const shared = timelinePoints(docs).filter((p) => p.docs > 1);
  if (shared.length === 0) return '';
  const unit = shared[0].date.length === 7 ? 'month' : 'day';
  const named = shared.slice(0, 3).map((p) => `${escapeHtml(p.date)}: ${p.docs} documents`).join('; ') + (shared.length > 3 ? `; and ${shared.length - 3} more` : '');
  return `<p class="why">A point on a ${unit} with several documents shows the mean of their scores, which none of them need have (${named}); the table above has each document's own.</p>`;
}
