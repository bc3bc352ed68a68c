import { escapeHtml } from '../format/escape.js';
import type { AnalysisResult } from '../types.js';
import { CATEGORY_LOOKS, VOICE_LOOKS } from './palette.js';
import { assignLanes, nestSpans, type HighlightSpan } from './spans.js';

/** Options of `highlightText`. */
export interface HighlightOptions {
  /** Prefix for element ids, to keep two highlighted texts on one page apart (default ''). */
  idPrefix?: string;
  /** Phrases to mark as shared with another text (compare page), each with an id and a label. */
  shared?: { id: string; start: number; end: number; label: string }[];
}

/** For display only: three or more line breaks (blank lines left by stripped markup) shown as one blank line, and no blank lines before the text. */
export function displayGap(piece: string, atStart: boolean): string {
  const squeezed = piece.replace(/\n[ \t\r]*(?:\n[ \t\r]*){2,}/g, '\n\n');
  return atStart ? squeezed.replace(/^\s+/, '') : squeezed;
}

/**
 * The text as HTML, every annotation a `<mark class="hl">` piece in its category's colour, with its
 * lane (stacked underlines for overlaps), voice style and abbreviation; quotations in `<q class="qt">`.
 * The first piece of each annotation is keyboard-focusable. All text is escaped; line breaks kept (runs of blank lines shown as one).
 */
export function highlightText(result: AnalysisResult, text: string, options: HighlightOptions = {}): string {
  const prefix = options.idPrefix ?? '';
  const byId = new Map(result.annotations.map((a) => [a.id, a]));
  const spans: HighlightSpan[] = [
    ...result.quotes.map((q) => ({ id: `quote:${q.id}`, start: q.start, end: q.end, kind: 'quote' as const })),
    ...result.annotations.map((a) => ({ id: a.id, start: a.start, end: a.end, kind: 'annotation' as const })),
    ...(options.shared ?? []).map((p) => ({ id: `shared:${p.id}`, start: p.start, end: p.end, kind: 'shared' as const })),
  ];
  const quoteById = new Map(result.quotes.map((q) => [`quote:${q.id}`, q]));
  const sharedById = new Map((options.shared ?? []).map((p) => [`shared:${p.id}`, p]));
  const lanes = assignLanes(spans.filter((s) => s.kind === 'annotation'));
  const out: string[] = [];
  for (const ev of nestSpans(text.length, spans)) {
    if (ev.type === 'text') out.push(escapeHtml(displayGap(text.slice(ev.start, ev.end), ev.start === 0)));
    else if (ev.span.kind === 'shared') {
      const p = sharedById.get(ev.span.id)!;
      out.push(ev.type === 'close' ? '</span>' : `<span class="sh" data-shared="${escapeHtml(p.id)}"${ev.first ? ` id="${escapeHtml(prefix + p.id)}"` : ''} title="${escapeHtml(p.label)}">`);
    } else if (ev.span.kind === 'quote') {
      const q = quoteById.get(ev.span.id)!;
      out.push(ev.type === 'open' ? `<span class="qt" data-quote="${escapeHtml(q.id)}"${q.speaker ? ` data-speaker="${escapeHtml(q.speaker)}"` : ''}>` : '</span>');
    } else if (ev.type === 'close') out.push('</mark>');
    else {
      const a = byId.get(ev.span.id)!;
      const look = CATEGORY_LOOKS[a.category];
      const neg = a.modifiers.includes('negated'); // the text denies the frame: "¬" before the tag, a paler mark
      const tag = `${neg ? '¬' : ''}${look.abbr}·${VOICE_LOOKS[a.voice].tag}`;
      const attrs = [
        `class="hl c-${a.category} v-${a.voice}${neg ? ' neg' : ''}${ev.first ? ' first' : ''}"`,
        `data-id="${escapeHtml(prefix + a.id)}"`,
        `data-cat="${a.category}"`,
        `data-voice="${a.voice}"`,
        `style="--lane:${lanes.get(a.id) ?? 0}"`,
        ev.first ? `id="${escapeHtml(prefix + a.id)}" tabindex="0" data-tag="${tag}" aria-describedby="tip"` : '',
      ];
      out.push(`<mark ${attrs.filter(Boolean).join(' ')}>`);
    }
  }
  return out.join('');
}
