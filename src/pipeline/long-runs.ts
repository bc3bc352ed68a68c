/** Longest run without white space handed to wink-nlp, whose tokenizer is quadratic in a token's length. */
const MAX_RUN = 256;

/** The text with a space put into every MAX_RUN characters of a longer run (same length, so offsets hold; never splits a surrogate pair). */
export function breakLongRuns(text: string): string {
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]))) { run = 0; continue; }
    if (++run <= MAX_RUN || (c >= 0xdc00 && c <= 0xdfff)) continue;
    out += `${text.slice(from, i)} `;
    from = i + 1;
    run = 0;
  }
  return from === 0 ? text : out + text.slice(from);
}
