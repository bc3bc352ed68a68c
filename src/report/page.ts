import { escapeHtml } from '../format/escape.js';
import type { AnalysisResult } from '../types.js';
import { whoSays } from '../format/turn.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { PAGE_SCRIPT } from './script.js';
import { pageCss } from './style.js';

/** Serialise data for an inline `<script type="application/json">`: `<`, `>`, `&` and line separators escaped so no text can close the element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The per-annotation details the tooltip shows, keyed by (prefixed) annotation id. */
export function annotationData(result: AnalysisResult, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(result.annotations.map((a) => [prefix + a.id, {
    category: a.category, label: CATEGORY_LOOKS[a.category].label, abbr: CATEGORY_LOOKS[a.category].abbr,
    marker: a.marker, text: a.text, score: a.score, summary: a.explanation.summary,
    voice: a.voice, speaker: a.speaker, turn: a.voice === 'author' ? whoSays(result, a) : null, modifiers: a.modifiers,
  }]));
}

/** The category and voice filter checkboxes (all on); `voices: false` leaves out the voice group. */
export function filtersHtml(options: { voices?: boolean; legend?: string } = {}): string {
  const cats = CATEGORY_ORDER.map((id) => `<label class="c-${id}"><input type="checkbox" checked data-filter="cat:${id}"> <b>${CATEGORY_LOOKS[id].abbr}</b> ${escapeHtml(CATEGORY_LOOKS[id].label)}</label>`).join('');
  const voices = ['author', 'quoted', 'reported'].map((v) => `<label><input type="checkbox" checked data-filter="voice:${v}"> ${v}</label>`).join('');
  const voiceGroup = options.voices === false ? '' : `<div class="group" role="group" aria-label="voices"><b>voices:</b> ${voices}</div>`;
  return `<fieldset class="filters"><legend>${escapeHtml(options.legend ?? 'Show highlights')}</legend><div class="group" role="group" aria-label="categories">${cats}</div>${voiceGroup}</fieldset>`;
}

/** A complete, self-contained HTML page: inline CSS, inline data and script, no external resource. */
export function htmlPage(title: string, body: string, data: unknown = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="framelens">
<title>${escapeHtml(title)}</title>
<style>${pageCss()}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<main id="main">
${body}
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="fl-data">${inlineJson(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
