// The copy of a text that wink-nlp reads: the same length as the text, so offsets into it are offsets into the
// text, with two things wink would cut a word at made whole, and overlong runs broken (breakLongRuns). Token values
// are taken from the text (tokenize.ts).
//
// - Latin Extended letters: wink keeps ASCII and Latin-1 letters together but cuts a word at any letter of the
//   Latin Extended blocks, so "Erdoğan" read as "Erdo ğ an", "Radosław" as "Rados ł aw" (and "aw" then matched
//   "awful"), "İstanbul" as "İ stanbul". Names of Turkish, Polish, Baltic, Balkan, Czech, Romanian and
//   Vietnamese officials are common in the readouts framelens reads. Each such letter is read as the ASCII
//   letter it is written on.
// - A word hyphenated across a line break ("negoti-\nations", "cri-\nsis"), as text pasted from a PDF has it:
//   the hyphen and the line break are read as letters, so the pieces are one token; its matching forms drop
//   them (normalize.ts), so it matches "negotiations". The same for a soft hyphen (U+00AD) inside a word, which
//   text copied from web pages holds ("re\u00adgime").
// - A sentence that ends in "in" ("as winter sets in. Putin said"): wink reads "in." as the abbreviation of
//   inch, so the word is lost to patterns and the sentence runs on; its full stop is read as "!".

/** The full stop of a sentence that ends in "in" ("as winter sets in. Putin said"): wink reads "in." as the abbreviation of inch, one token, and no sentence ends there. */
const IN_STOP = /(?<=(?:^|[^\p{L}])in)\.(?=[ \t]*(?:\r?\n|$)|[ \t]+["“‘«(]?\p{Lu})/gu;

/** Latin letters outside Latin-1: Latin Extended-A and -B, IPA, Latin Extended Additional, -C and -D. */
const EXTENDED_LATIN = /[\u0100-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/g;
/** A hyphen at a line end between a letter and a lower-case letter on the next line. */
const LINE_BREAK_HYPHEN = /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;
/** A soft hyphen between two letters. */
const SOFT_HYPHEN = /(?<=\p{L})\u00ad(?=\p{L})/gu;
/** Letters with no decomposition to an ASCII letter. */
const BASE: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', œ: 'o', Œ: 'O', ŋ: 'n', Ŋ: 'N', ƒ: 'f', ĸ: 'k', ſ: 's' };

/** The ASCII letter a Latin letter is written on (ğ → g, İ → I, ł → l), else x or X by its case. */
function baseLetter(ch: string): string {
  const base = BASE[ch] ?? ch.normalize('NFD')[0];
  if (/^[A-Za-z]$/.test(base)) return base;
  return ch === ch.toLowerCase() ? 'x' : 'X';
}

/** The text as wink-nlp should read it (see above): one UTF-16 unit for one; the text itself when nothing needs changing. */
export function textForWink(text: string): string {
  let read = text;
  EXTENDED_LATIN.lastIndex = 0;
  if (EXTENDED_LATIN.test(read)) read = read.replace(EXTENDED_LATIN, baseLetter);
  if (/-[ \t]*\r?\n/.test(read)) read = read.replace(LINE_BREAK_HYPHEN, (run) => 'x'.repeat(run.length));
  if (read.includes('\u00ad')) read = read.replace(SOFT_HYPHEN, 'x');
  if (read.includes('in.')) read = read.replace(IN_STOP, '!'); // a stop wink cannot take for an abbreviation's; the token keeps the text's "."
  return read;
}

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
