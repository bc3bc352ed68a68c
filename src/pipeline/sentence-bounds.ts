import { holdsBlankLine, type Segmented, type Sentence, type TokenTable, TokenKind } from './token-table.js';
import { filled } from './filled.js';
import { endsAtInitialism } from './initialism-stop.js';

/** How a line starts that opens a new sentence after a line break: a capital, digit, quotation mark, bullet, dash or bracket. */
const BREAKING_LINE_START = /^[\p{Lu}\p{N}"“«‘'•*\-–—(\[]/u;
/**
 * Words a sentence cannot end with (a determiner, preposition, conjunction, auxiliary, "to"): a line
 * that ends with one runs on into the next line, as prose wrapped at a fixed width does in text
 * pasted from a PDF or an e-mail ("... spoke with the" / "Kyiv regime ..."), even when that line
 * starts with a capital.
 */
const RUNS_ON = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);
/**
 * Longest sentence, in words: past SOFT_SENTENCE_WORDS a sentence ends at the next clause punctuation,
 * at HARD_SENTENCE_WORDS it ends after the word. Text without sentence punctuation (a scraped table,
 * a list run together) would otherwise be one sentence of thousands of words, and matching, voice and
 * attribution work sentence by sentence (a 1 MB run-on took 40 s). The corpus's longest sentence has 81 words.
 */
const SOFT_SENTENCE_WORDS = 150;
const HARD_SENTENCE_WORDS = 250;
const CLAUSE_END = new Set([',', ';', ':', '—', '–']);
/** Closing quotation marks that wink-nlp may open the next sentence with when they follow a full stop ("withdraw.» She added"). */
const CLOSING_MARKS = new Set(['»', '›', '”', '’']);

/** Assign tokens to sentences: wink-nlp's sentences, also ended at blank lines and at line starts that open a new unit. */
export function sentencesOf(t: Omit<TokenTable, 'sentence'>, spans: [number, number][]): Segmented {
  const { count, start, end, value, kind, pos } = t;
  const sentenceOf = filled(count);
  const sentences: Sentence[] = [];
  const open = (first: number) => sentences.push({ start: start[first], end: end[first], firstToken: first, lastToken: first });

  let lastSolid = -1; // the last token that is not white space
  const sameLine = (from: number) => { for (let i = from; i < count && kind[i] === TokenKind.Space; i++) if (value[i].includes('\n')) return false; return true; };
  const listNumberOnly = (s: Sentence | undefined) => s !== undefined && s.lastToken === s.firstToken + 1 && /^\d{1,3}$/.test(value[s.firstToken]) && value[s.lastToken] === '.' && sameLine(s.lastToken + 1); // wink ends a sentence at "1." of a numbered list line
  for (const [first, last] of spans) {
    let fresh = !listNumberOnly(sentences[sentences.length - 1]);
    let words = 0;
    for (let i = first; i <= last; i++) {
      let lineBreak = false; // a line break here opens a new sentence
      if (kind[i] === TokenKind.Space && value[i].includes('\n')) {
        const blank = holdsBlankLine(value[i]);
        const runsOn = lastSolid >= 0 && RUNS_ON.has(pos[lastSolid]);
        lineBreak = i < last && (blank || (BREAKING_LINE_START.test(value[i + 1] ?? '') && !runsOn));
      }
      if (!fresh && kind[i] === TokenKind.Word && lastSolid >= 0 && endsAtInitialism(value[lastSolid], value[i], pos[i]) && sameLine(lastSolid + 1)) fresh = true; // "held in the U.S. Putin said"
      const closing = fresh && i === first && CLOSING_MARKS.has(value[i]) && lastSolid >= 0 && start[i] === end[lastSolid] && sentences.length > 0; // "withdraw.» She": the closing mark ends the sentence it closes
      if (closing) fresh = false;
      if (fresh) { if (kind[i] === TokenKind.Space) { sentenceOf[i] = Math.max(0, sentences.length - 1); continue; } open(i); fresh = false; words = 0; }
      const cur = sentences[sentences.length - 1];
      sentenceOf[i] = sentences.length - 1;
      if (kind[i] !== TokenKind.Space) { cur.lastToken = i; cur.end = end[i]; lastSolid = i; }
      if (kind[i] === TokenKind.Word && ++words >= HARD_SENTENCE_WORDS) fresh = true;
      else if (words >= SOFT_SENTENCE_WORDS && kind[i] === TokenKind.Punct && CLAUSE_END.has(value[i])) fresh = true;
      if (lineBreak || value[i] === '|' || closing) fresh = true; // a bar parts table cells and breadcrumbs ("Home | News"): no phrase runs across it; after a closing mark, wink's next sentence goes on
    }
  }
  const tokens: TokenTable = { count, start, end, value, pos, kind, sentence: sentenceOf }; // written out: a spread copies property by property, slowly
  return { tokens, sentences };
}
