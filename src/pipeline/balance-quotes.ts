// A span that runs across one end of a quotation (a match kept whole because more of its words stand outside:
// clip-quotes.ts) would show one quotation mark without its partner: `barbaric and "illegitimate`. The span takes
// the partner when it stands right next to it: `barbaric and "illegitimate"`, `"barbaric" and cruel`.

/** Pairs of quotation marks: opening, closing (a straight quote is both). */
const PAIRS: readonly [string, string][] = [['"', '"'], ['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['\u201e', '\u201c']];

function count(text: string, start: number, end: number, mark: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === mark) n++;
  return n;
}

/** True when text[start, end) holds a quotation mark of PAIRS (most spans hold none: one pass, then nothing more to do). */
function holdsMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) return true;
  }
  return false;
}

/** The span [start, end) of `text` widened by one character at either end where that takes the partner of a quotation mark the span holds alone. */
export function balanceQuotes(text: string, start: number, end: number): { start: number; end: number } {
  if (!holdsMark(text, start, end)) return { start, end };
  for (const [open, close] of PAIRS) {
    if (open === close) {
      if (count(text, start, end, open) % 2 === 0) continue;
      if (text[end] === close) end++;
      else if (text[start - 1] === open) start--;
      continue;
    }
    const opens = count(text, start, end, open);
    const closes = count(text, start, end, close);
    if (opens > closes && text[end] === close) end++;
    else if (closes > opens && text[start - 1] === open) start--;
  }
  return { start, end };
}
