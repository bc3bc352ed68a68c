import { closesQuote, isApostrophe, QUOTE_OPENERS } from './quote-marks.js';
import { filled } from './filled.js';
import type { Segmented } from './tokenize.js';
import type { WordStream } from './words.js';

/** A quotation: the offsets of its content (inside the marks) and of the marks themselves. */
export interface QuoteSpan { start: number; end: number; openAt: number; closeAt: number }

const OPENERS_BEFORE = /[\s([{\-–—/:;,]/u;
const LETTER = /[\p{L}\p{N}]/u;

interface Open { mark: string; at: number }

/** Most quotations open at once; a deeper opener drops the oldest, so hostile input stays linear. */
const MAX_OPEN = 8;

function isBlankLine(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  return text[j] === '\n';
}

/** Closing marks of the double quotes a statement opens once for several paragraphs of speech. */
const CLOSES_DOUBLE: Readonly<Record<string, string>> = { '"': '"', '“': '”' };
/** Every double quotation mark those quotes may meet. */
const DOUBLE_MARKS = new Set(['"', '“', '”']);
/** Most characters a quotation opened once may run over paragraphs. */
const MAX_PARAGRAPHS_QUOTE = 4000;

/**
 * Where a double quotation left open at the blank line at `blank` closes, when it is speech set out after a colon
 * ('Prime Minister Rishi Sunak said:\n\n"It is an honour ...\n\n... on Ukraine's terms."'): it opened its paragraph
 * right after a line ending in a colon, and a later paragraph ends with its closing mark, with no other double mark
 * between; -1 otherwise (the quote is dropped, as a stray).
 */
function quoteClosedLater(text: string, open: Open, blank: number): number {
  const closer = CLOSES_DOUBLE[open.mark];
  if (!closer) return -1;
  let p = open.at - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p < 0 || text[p] !== '\n') return -1; // the quote opens its paragraph
  while (p >= 0 && /\s/.test(text[p])) p--;
  if (p < 0 || text[p] !== ':') return -1; // after "... said:"
  const end = Math.min(text.length, blank + MAX_PARAGRAPHS_QUOTE);
  for (let k = blank + 1; k < end; k++) {
    const c = text[k];
    if (DOUBLE_MARKS.has(c)) {
      if (c !== closer) return -1; // another double mark between: no telling which closes what
      let after = k + 1;
      while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++;
      return after >= text.length || text[after] === '\n' ? k : -1; // the closing mark ends its paragraph
    }
  }
  return -1;
}

/** The quotes stage, find quotations: straight and curly double quotes (also „...” and German „...“), curly and straight singles used as quotes, guillemets; nesting kept, strays ignored, a quote left open at a paragraph end dropped unless the next paragraph reopens it. */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let stack: Open[] = [];
  const candidates = /["'“”„«»‘’\n]/g; // jump from one quote mark (or line break) to the next
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    let i = found.index;
    const c = text[i];
    if (c === '\n' && stack.length === 0) continue;
    if (c === '\n' && stack.length > 0 && isBlankLine(text, i)) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      const top = stack[stack.length - 1];
      const reopened = text[j] === top.mark;
      const closeAt = reopened ? -1 : quoteClosedLater(text, top, i);
      if (closeAt >= 0) { // '... said:\n\n"First paragraph.\n\nLast paragraph."': one quotation, opened once and closed at its last paragraph's end
        stack = [];
        quotes.push({ start: top.at + 1, end: closeAt, openAt: top.at, closeAt });
        candidates.lastIndex = closeAt + 1;
        continue;
      }
      if (!reopened) stack = [];
      i = reopened ? j : j - 1;
      candidates.lastIndex = i + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    if (c === '"') {
      const top = stack.findLastIndex((o) => o.mark === '"');
      const canOpen = OPENERS_BEFORE.test(prev) && !/\s/.test(next);
      if (top >= 0 && !/\s/.test(prev) && !(canOpen && top < stack.length - 1)) close(top, i);
      else if (canOpen) open(c, i);
      continue;
    }
    if (c === "'") { // straight single quotes, as British style sets quotations: 'Peace cannot be negotiated ...'
      if (isApostrophe(text, i)) continue; // an apostrophe inside a word: Russia's, don't
      const top = stack.findLastIndex((o) => o.mark === "'");
      if (top >= 0 && !/\s/.test(prev) && !LETTER.test(next)) close(top, i); // also a plural possessive (the allies') when one is open: rare inside a quotation
      else if (OPENERS_BEFORE.test(prev) && /\p{L}/u.test(next)) open(c, i); // not the '90s
      continue;
    }
    if (c === '’') {
      if (isApostrophe(text, i)) continue; // an apostrophe inside a word
      const top = stack.findLastIndex((o) => o.mark === '‘');
      if (top >= 0 && !/\s/.test(prev)) close(top, i);
      continue;
    }
    if (c === '‘') {
      if (!LETTER.test(prev) && !/\s/.test(next)) open(c, i);
      continue;
    }
    if (c === '“') { // also the closing mark of German „...“
      const low = stack.findLastIndex((o) => o.mark === '„');
      if (low >= 0 && !/\s/.test(prev)) close(low, i);
      else open(c, i);
      continue;
    }
    if (QUOTE_OPENERS.has(c)) { open(c, i); continue; }
    if (c === '”' || c === '»') {
      const top = stack.findLastIndex((o) => closesQuote(o.mark, c));
      if (top >= 0) close(top, i);
    }
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);

  function open(mark: string, at: number): void {
    if (stack.length >= MAX_OPEN) stack.shift();
    stack.push({ mark, at });
  }

  function close(top: number, at: number): void {
    const open = stack[top];
    stack = stack.slice(0, top);
    if (at > open.at + 1) quotes.push({ start: open.at + 1, end: at, openAt: open.at, closeAt: at });
  }
}

/** For each word, the index of the quotation it stands inside (the first in `quotes` that holds it), or -1. */
export function quoteIndexByWord(seg: Segmented, ws: WordStream, quotes: readonly QuoteSpan[]): number[] {
  const quoteOfWord = filled(ws.count, -1);
  const t = seg.tokens;
  let q = 0;
  for (let w = 0; w < ws.count && q < quotes.length; w++) {
    const start = t.start[ws.token[w]];
    while (q < quotes.length && quotes[q].end <= start) q++;
    for (let k = q; k < quotes.length && quotes[k].start <= start; k++) {
      if (t.end[ws.token[w]] <= quotes[k].end) { quoteOfWord[w] = k; break; }
    }
  }
  return quoteOfWord;
}
