import { extname } from 'node:path';
import type { AnalysisResult } from '../types.js';
import { type MappedText, toOriginal } from './mapped-text.js';
import { looksLikeHtml, stripHtml } from './strip-html.js';
import { stripMarkdown } from './strip-md.js';

/** Markup framelens can read past: HTML, Markdown, or none (plain text). */
export type MarkupKind = 'html' | 'md' | 'none';

/** The values of --strip. */
export const MARKUP_KINDS: readonly MarkupKind[] = ['html', 'md', 'none'];

/** The markup of an input when --strip is not given: HTML by extension or content, Markdown by extension, else none. */
export function detectMarkup(path: string | null, text: string): MarkupKind {
  const ext = path ? extname(path).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return looksLikeHtml(text) ? 'html' : 'none';
}

/** Markdown a plain-text reading would trip over: a link `[words](target)`, or two of: a `# heading` line, `**strong**` text, a fenced code line. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(head)) return true;
  const signs = [/^#{1,6} \S/m, /\*\*[^*\n]+\*\*/, /^```/m].filter((re) => re.test(head)).length;
  return signs >= 2;
}

/** The prose of a marked-up text, each character mapped to its place in the original. */
export function stripMarkup(text: string, kind: Exclude<MarkupKind, 'none'>): MappedText {
  return kind === 'html' ? stripHtml(text) : stripMarkdown(text);
}

/** A result of analysing `mapped.text`, moved back onto `original`: every offset indexes the original and every `text` is the original's slice. */
export function remapResult(result: AnalysisResult, mapped: MappedText, original: string): AnalysisResult {
  const shift = mapped.text.charCodeAt(0) === 0xfeff ? 1 : 0; // analyze dropped a leading BOM of the derived text
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, ...toOriginal(mapped, x.start + shift, x.end + shift, original.length) });
  return {
    ...result,
    stats: { ...result.stats, characters: original.length },
    sentences: result.sentences.map(span),
    quotes: result.quotes.map((q) => { const s = span(q); return { ...s, text: original.slice(s.start, s.end) }; }),
    turns: result.turns.map(span),
    annotations: result.annotations.map((a) => { const s = span(a); return { ...s, text: original.slice(s.start, s.end) }; }),
  };
}
