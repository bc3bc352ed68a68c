import type { InBoth, MarkerUse, MarkerWording } from '../compare/types.js';
import { firstWordings, wordingVoice } from '../compare/wording-list.js';
import { escapeHtml } from '../format/escape.js';
import { categoryBadge } from './tables.js';

/** `“Kyiv regime” (quoted, Lavrov)` for each wording, with ×N when the words recur in that voice; `limit` prints the first ones and "and N more". */
export function wordingsHtml(list: MarkerWording[], limit = Infinity): string {
  const { shown, more } = firstWordings(list, limit);
  const each = shown.map((w) => `<span class="wording" data-voice="${w.voice}">“${escapeHtml(w.text)}”${w.count > 1 ? ` ×${w.count}` : ''} <span class="voice">(${escapeHtml(wordingVoice(w))})</span></span>`).join(', ');
  return `${each}${more ? ` and ${more} more` : ''}`;
}

/** The markers only one side uses as a table: category, marker, score, count and the words by voice and speaker. */
export function onlyInHtml(list: MarkerUse[], side: string): string {
  if (list.length === 0) return '<p class="none">None.</p>';
  return `<table class="only only-${side.toLowerCase()}"><thead><tr><th scope="col">category</th><th scope="col">marker</th><th scope="col">score</th><th scope="col">count</th><th scope="col">text (voice, speaker)</th></tr></thead><tbody>${list.map((u) => `<tr data-marker="${escapeHtml(u.marker)}"><td>${categoryBadge(u.category)}</td><td><code>${escapeHtml(u.marker)}</code></td><td>${u.score.toFixed(2)}</td><td>${u.count}</td><td class="quote">${wordingsHtml(u.wordings)}</td></tr>`).join('')}</tbody></table>`;
}

/** What both say: the categories with annotations in both (scores, each side's first wordings) and the markers in both (each side's words), as two tables. */
export function inBothHtml(both: InBoth): string {
  const head = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`;
  const cats = both.categories.length === 0 ? '<p class="none">None.</p>'
    : `<table class="both both-cats">${head(['category', 'A', 'B', 'wording in A', 'wording in B'])}<tbody>${both.categories.map((c) => `<tr data-cat="${c.category}"><td>${categoryBadge(c.category)}</td><td>${c.a.score.toFixed(2)}</td><td>${c.b.score.toFixed(2)}</td><td class="quote">${wordingsHtml(c.a.wordings, 3)}</td><td class="quote">${wordingsHtml(c.b.wordings, 3)}</td></tr>`).join('')}</tbody></table>`;
  const markers = both.markers.length === 0 ? '<p class="none">None.</p>'
    : `<table class="both both-markers">${head(['category', 'marker', 'A', 'B', 'wording in A', 'wording in B'])}<tbody>${both.markers.map((m) => `<tr data-marker="${escapeHtml(m.marker)}"><td>${categoryBadge(m.category)}</td><td><code>${escapeHtml(m.marker)}</code></td><td>${m.a.score.toFixed(2)} ×${m.a.count}</td><td>${m.b.score.toFixed(2)} ×${m.b.count}</td><td class="quote">${wordingsHtml(m.a.wordings)}</td><td class="quote">${wordingsHtml(m.b.wordings)}</td></tr>`).join('')}</tbody></table>`;
  return `<h3>Categories with annotations in both texts</h3>\n${cats}\n<h3>Markers that fire in both texts (score ×count)</h3>\n${markers}`;
}
