// Latin letters wink-nlp cuts words at: its tokenizer keeps ASCII and Latin-1 letters together but cuts a word at
// any letter of the Latin Extended blocks, so "Erdoğan" reads as "Erdo ğ an", "Radosław" as "Rados ł aw" (and
// "aw" then matched "awful"), "İstanbul" as "İ stanbul", "Vučić" as "Vu č i ć". Names of Turkish, Polish, Baltic,
// Balkan, Czech, Romanian and Vietnamese officials are common in the readouts framelens reads.

/** Latin letters outside Latin-1: Latin Extended-A and -B, IPA, Latin Extended Additional, -C and -D. */
const EXTENDED_LATIN = /[\u0100-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/g;
/** Letters with no decomposition to an ASCII letter. */
const BASE: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', œ: 'o', Œ: 'O', ŋ: 'n', Ŋ: 'N', ƒ: 'f', ĸ: 'k', ſ: 's' };

/** The ASCII letter a Latin letter is written on (ğ → g, İ → I, ł → l), else x or X by its case. */
function baseLetter(ch: string): string {
  const base = BASE[ch] ?? ch.normalize('NFD')[0];
  if (/^[A-Za-z]$/.test(base)) return base;
  return ch === ch.toLowerCase() ? 'x' : 'X';
}

/**
 * The text as wink-nlp should read it: every letter of the Latin Extended blocks replaced by the
 * ASCII letter it is written on, one UTF-16 unit for one (these letters are all one unit), so
 * offsets into it are offsets into the text and a name stays one token. The text itself when it
 * holds no such letter. Token values are taken from the text, not from this copy (tokenize.ts).
 */
export function foldForWink(text: string): string {
  EXTENDED_LATIN.lastIndex = 0;
  if (!EXTENDED_LATIN.test(text)) return text;
  return text.replace(EXTENDED_LATIN, baseLetter);
}
