const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Shorten a string to at most `max` characters for display, ending in an ellipsis when cut; never cuts an emoji or other astral character in half. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max - 1;
  return `${s.slice(0, isHigh(s.charCodeAt(end - 1)) ? end - 1 : end)}…`;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** How far a cut moves to reach a word boundary; a longer word is cut inside. */
const MAX_WORD_SHIFT = 24;
const inWord = (text: string, at: number) => at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at]);

/** As `clip`, but ending on a whole word: the cut backs off to the last white space within MAX_WORD_SHIFT characters ("will take place…", not "…place tomor…"). */
export function clipWords(s: string, max: number): string {
  const cut = clip(s, max);
  if (cut === s) return s;
  const body = cut.slice(0, -1);
  if (!inWord(s, body.length)) return `${body.trimEnd()}…`; // the cut already falls between words
  const space = body.search(/\s\S*$/);
  return space > 0 && body.length - space <= MAX_WORD_SHIFT ? `${body.slice(0, space).trimEnd()}…` : cut;
}

/**
 * The part of text[start, end) (a sentence) to show in at most `max` characters: all of it when it fits, else a window
 * that holds [focusStart, focusEnd) (the marker; its start when the marker itself is too long), an ellipsis at each cut end.
 */
export function clipAround(text: string, start: number, end: number, focusStart: number, focusEnd: number, max: number): string {
  if (end - start <= max) return text.slice(start, end);
  const room = max - 2; // room for the text between two ellipses
  const focus = Math.min(focusEnd - focusStart, room);
  let from = Math.max(start, focusStart - Math.floor((room - focus) / 3)); // a third of the spare room before the marker, the rest after
  const to = Math.min(end, from + room);
  from = Math.max(start, to - room);
  const cut = wordCut(text, wholeCut(text, from, to), start, end, focusStart, focusEnd);
  return `${cut.from > start ? '…' : ''}${text.slice(cut.from, cut.to)}${cut.to < end ? '…' : ''}`;
}

/** Move the cuts `from` and `to` of a window of `text` inwards where they would split an astral character (emoji) in half. */
export function wholeCut(text: string, from: number, to: number): { from: number; to: number } {
  return { from: isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)) ? from + 1 : from, to: isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to)) ? to - 1 : to };
}

/**
 * Move the cuts of a window of a sentence [start, end) inwards to word boundaries ("…dimir Putin" becomes "…Putin"),
 * by at most MAX_WORD_SHIFT characters and never into the marker [focusStart, focusEnd); a cut at the sentence's own
 * start or end stays; white space at a cut is dropped.
 */
export function wordCut(text: string, cut: { from: number; to: number }, start: number, end: number, focusStart: number, focusEnd: number): { from: number; to: number } {
  let { from, to } = cut;
  if (from > start && inWord(text, from)) {
    let f = from;
    while (f < focusStart && f - from < MAX_WORD_SHIFT && inWord(text, f)) f++;
    if (!inWord(text, f) && f <= focusStart) from = f;
  }
  if (to < end && inWord(text, to)) {
    let t = to;
    while (t > Math.max(focusEnd, from) && to - t < MAX_WORD_SHIFT && inWord(text, t)) t--;
    if (!inWord(text, t) && t >= focusEnd) to = t;
  }
  if (from > start) while (from < focusStart && /\s/.test(text[from])) from++; // "…Putin", not "… Putin"
  if (to < end) while (to > Math.max(focusEnd, from) && /\s/.test(text[to - 1])) to--;
  return { from, to };
}
