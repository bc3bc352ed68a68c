// A span that runs across one end of a quotation (a match kept whole because more of its words stand outside:
// clip-quotes.ts) would show one quotation mark without its partner: `barbaric and "illegitimate`. The span takes
// the partner when it stands right next to it: `barbaric and "illegitimate"`, `"barbaric" and cruel`, or further
// on in the same sentence: `"we will never recognise" the annexation of Crimea`, not `recognise" the annexation`.

import { isApostrophe, QUOTE_MARK_CODES, QUOTE_PAIRS } from './quote-marks.js';

/** True when text[i] is `mark` used as a quotation mark (a curly single closing mark inside a word is the apostrophe of Russia’s). */
function isMark(text: string, i: number, mark: string): boolean {
  return text[i] === mark && !(mark === '\u2019' && isApostrophe(text, i));
}

function count(text: string, start: number, end: number, mark: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isMark(text, i, mark)) n++;
  return n;
}

/** True when text[start, end) holds a quotation mark of QUOTE_PAIRS (most spans hold none: one pass, then nothing more to do). */
function holdsMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (QUOTE_MARK_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** True when the straight quotation mark at `at` opens a quotation: white space or a bracket (or the text's start) before it. */
const opensQuotation = (text: string, at: number) => at === 0 || /[\s([]/.test(text[at - 1]);

/**
 * How far past a span its lone quotation mark's partner may stand: anywhere in its sentence, never past a sentence's end
 * or a line break (`a settlement is "only possible if ... are eliminated"`, not `a settlement is "only possible`). The
 * reach was 40 characters; the whole sentence left dev span F1 at 0.8327.
 */
const REACH = 300;
const STOP = /[.!?\n]/;

/** Where the partner of a lone mark stands: `from` stepping by `step` (-1 back, +1 on) up to REACH characters; -1 if not found. */
function partner(text: string, from: number, step: 1 | -1, mark: string): number {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    if (isMark(text, i, mark)) return i;
    if (STOP.test(text[i])) return -1;
  }
  return -1;
}

/** The span [start, end) of `text` widened at either end to take the partner of a quotation mark the span holds alone (next to it, or further on in its sentence). */
export function balanceQuotes(text: string, start: number, end: number): { start: number; end: number } {
  if (!holdsMark(text, start, end)) return { start, end };
  for (const [open, close] of QUOTE_PAIRS) {
    if (open === close) {
      if (count(text, start, end, open) % 2 === 0) continue;
      if (text[end] === close) end++;
      else if (text[start - 1] === open) start--;
      else ({ start, end } = reach(text, start, end, open, close, !opensQuotation(text, text.indexOf(open, start))));
      continue;
    }
    const opens = count(text, start, end, open);
    const closes = count(text, start, end, close);
    if (opens > closes) ({ start, end } = isMark(text, end, close) ? { start, end: end + 1 } : reach(text, start, end, open, close, false));
    else if (closes > opens) ({ start, end } = isMark(text, start - 1, open) ? { start: start - 1, end } : reach(text, start, end, open, close, true));
  }
  return { start, end };
}

/** Widen a span to a partner further on in its sentence: back to the opening mark when the span holds a lone closing one (`back`), else on to the closing mark. */
function reach(text: string, start: number, end: number, open: string, close: string, back: boolean): { start: number; end: number } {
  if (back) { const at = partner(text, start - 1, -1, open); return at < 0 ? { start, end } : { start: at, end }; }
  const at = partner(text, end, 1, close);
  return at < 0 ? { start, end } : { start, end: at + 1 };
}
