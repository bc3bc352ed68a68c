import { clip } from '../format/clip.js';
import { escapeHtml } from '../format/escape.js';
import { strongest } from '../format/strongest.js';
import { voiceLabel } from '../format/turn.js';
import type { CategoryId } from '../taxonomy.js';
import type { AnalysisResult, Annotation } from '../types.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER, VOICE_LOOKS } from './palette.js';
import { speakerRows } from './speakers.js';
import { count } from '../format/count.js';

/** The strongest `top` annotations of each category that has any, strongest first (ties by position). */
export function strongestByCategory(result: AnalysisResult, top = 3): [CategoryId, Annotation[]][] {
  return CATEGORY_ORDER.map((id) => [id, strongest(result.annotations.filter((a) => a.category === id), top)] as [CategoryId, Annotation[]])
    .filter(([, list]) => list.length > 0);
}

/** What the strongest-markers section says when it lists none: no markers at all, or markers that --top 0 leaves out. */
export function noneListed(result: AnalysisResult): string {
  const n = result.annotations.length;
  return n === 0 ? 'No framing markers found.' : `${count(n, 'framing marker')} found (--top 0: none listed).`;
}

/** A category name with its colour swatch and abbreviation (so colour is never the only cue). */
export function categoryBadge(id: CategoryId): string {
  const look = CATEGORY_LOOKS[id];
  return `<span class="badge c-${id}"><span class="sw" aria-hidden="true"></span><b>${look.abbr}</b> ${escapeHtml(look.label)}</span>`;
}

/** Document stats as a definition list. */
export function statsHtml(result: AnalysisResult): string {
  const s = result.stats;
  const detected = CATEGORY_ORDER.filter((id) => result.categories[id].detected).length;
  const items: [string, string | number][] = [['characters', s.characters], ['tokens', s.tokens], ['sentences', s.sentences], ['quotations', result.quotes.length], ['annotations', result.annotations.length], ['categories detected', `${detected} of ${CATEGORY_ORDER.length} (threshold ${result.threshold})`]];
  return `<dl class="stats">${items.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(String(v))}</dd></div>`).join('')}</dl>`;
}

/** The category table: score, count, detected and the score by voice. */
export function categoryTable(result: AnalysisResult): string {
  const rows = CATEGORY_ORDER.map((id) => {
    const c = result.categories[id];
    return `<tr data-cat="${id}"><th scope="row">${categoryBadge(id)}</th><td>${c.score.toFixed(2)}</td><td>${c.count}</td><td>${c.detected ? 'yes' : 'no'}</td><td>${c.byVoice.author.toFixed(2)}</td><td>${c.byVoice.quoted.toFixed(2)}</td><td>${c.byVoice.reported.toFixed(2)}</td></tr>`;
  }).join('\n');
  return `<table class="cats"><caption>Category scores (detected at ${result.threshold} or more)</caption><thead><tr><th scope="col">category</th><th scope="col">score</th><th scope="col">count</th><th scope="col">detected</th><th scope="col">author</th><th scope="col">quoted</th><th scope="col">reported</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function countBelow(sorted: number[], x: number, inclusive: boolean): number {
  let lo = 0; let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < x || (inclusive && sorted[mid] === x)) lo = mid + 1; else hi = mid; }
  return lo;
}

/** A counter of the spans that overlap [start, end): those starting before `end` minus those ending at or before `start` (binary searches, for long texts). */
export function overlapCounter(spans: { start: number; end: number }[]): (start: number, end: number) => number {
  const starts = spans.map((s) => s.start).sort((x, y) => x - y);
  const ends = spans.map((s) => s.end).sort((x, y) => x - y);
  return (start, end) => countBelow(starts, end, false) - countBelow(ends, start, true);
}

/** The quotations with their speakers and how many markers overlap each. */
export function quotesTable(result: AnalysisResult): string {
  if (result.quotes.length === 0) return '<p class="none">No quotations found.</p>';
  const overlapping = overlapCounter(result.annotations);
  const rows = result.quotes.map((q) => {
    const n = overlapping(q.start, q.end);
    return `<tr><td>${escapeHtml(q.id)}</td><td>${q.speaker ? escapeHtml(q.speaker) : '<i>unknown</i>'}</td><td class="quote">“${escapeHtml(clip(q.text, 240))}”</td><td>${n}</td></tr>`;
  }).join('\n');
  return `<table class="quotes"><caption>Quotations and their speakers</caption><thead><tr><th scope="col">#</th><th scope="col">speaker</th><th scope="col">quotation</th><th scope="col">markers</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** The strongest markers per category with score, voice, modifiers and the explanation. */
export function strongestHtml(result: AnalysisResult, top = 3, idPrefix = ''): string {
  const groups = strongestByCategory(result, top);
  if (groups.length === 0) return `<p class="none">${noneListed(result)}</p>`;
  return groups.map(([id, list]) => `<section class="strong" data-cat="${id}"><h3>${categoryBadge(id)}</h3><ol>${list.map((a) => `<li><a href="#${escapeHtml(idPrefix + a.id)}" class="goto">“${escapeHtml(a.text)}”</a> <span class="score">${a.score.toFixed(2)}</span> <span class="voice v-${a.voice}">${escapeHtml(voiceLabel(result, a))}</span>${a.modifiers.length ? ` <span class="mods">[${escapeHtml(a.modifiers.join(', '))}]</span>` : ''}<div class="why">${escapeHtml(a.explanation.summary)}</div></li>`).join('')}</ol></section>`).join('\n');
}

/** The legend: every category with colour, abbreviation and label; the voice styles unless `voices` is false (a page without text). */
export function legendHtml(options: { voices?: boolean } = {}): string {
  const cats = CATEGORY_ORDER.map((id) => `<li>${categoryBadge(id)}</li>`).join('');
  if (options.voices === false) return `<div class="legend"><ul class="legend-cats">${cats}</ul></div>`;
  const voices = Object.entries(VOICE_LOOKS).map(([v, look]) => `<li><span class="sample hl v-${v} c-peace-process" data-tag="${look.tag}">${v}</span> ${escapeHtml(look.label)}</li>`).join('');
  return `<div class="legend"><ul class="legend-cats">${cats}</ul><ul class="legend-voices">${voices}<li><span class="qt">“quotation”</span> text inside quotation marks</li><li><span class="sample hl neg c-peace-process">¬</span> before a tag: negated, the text denies the frame (“no ceasefire”)</li></ul></div>`;
}

/** Who said what: one row per speaker with voices, marker count, categories and the strongest marker. */
export function speakersTable(result: AnalysisResult): string {
  const rows = speakerRows(result);
  if (rows.length === 0) return '<p class="none">No framing markers, so no speakers to show.</p>';
  return `<table class="speakers"><caption>Who said what: framing markers by speaker</caption><thead><tr><th scope="col">speaker</th><th scope="col">voice</th><th scope="col">markers</th><th scope="col">categories</th><th scope="col">strongest</th></tr></thead><tbody>${rows.map((r) => `<tr><th scope="row">${escapeHtml(r.speaker)}</th><td>${r.voices.join(', ')}</td><td>${r.count}</td><td>${r.categories.map((c) => `${categoryBadge(c)}${r.denied.includes(c) ? ' (negated)' : ''}`).join(' ')}</td><td class="quote">“${escapeHtml(clip(r.strongest.text, 80))}”${r.strongest.modifiers.includes('negated') ? ' (negated)' : ''} ${r.strongest.score.toFixed(2)}</td></tr>`).join('')}</tbody></table>`;
}

/** Every annotation in text order with its details (what the tooltips show, for print and for reading in order), each linked to its highlight. */
export function annotationsTable(result: AnalysisResult, idPrefix = ''): string {
  if (result.annotations.length === 0) return '<p class="none">No framing markers found.</p>';
  const rows = [...result.annotations].sort((a, b) => a.start - b.start || a.end - b.end).map((a) => `<tr data-cat="${a.category}"><td><a href="#${escapeHtml(idPrefix + a.id)}" class="goto">${escapeHtml(a.id)}</a></td><td>${categoryBadge(a.category)}</td><td class="quote">“${escapeHtml(clip(a.text, 120))}”</td><td>${a.score.toFixed(2)}</td><td>${escapeHtml(voiceLabel(result, a))}</td><td><code>${escapeHtml(a.marker)}</code><div class="why">${escapeHtml(a.explanation.summary)}</div></td></tr>`).join('\n');
  return `<table class="all"><caption>All ${count(result.annotations.length, 'annotation')} in text order</caption><thead><tr><th scope="col">#</th><th scope="col">category</th><th scope="col">text</th><th scope="col">score</th><th scope="col">voice</th><th scope="col">marker and explanation</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
