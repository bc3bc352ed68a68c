import winkNLP from 'wink-nlp';
import { splitPossessives } from './possessives.js';
import { filled } from './filled.js';
import { holdsBlankLine, type Segmented, type Sentence, type TokenTable, TokenKind } from './token-table.js';
import { textForWink } from './wink-text.js';
import { winkModel } from './wink-model.js';
import { readWithWink } from './wink-reader.js';
import type { WinkReading } from './wink-reading.js';
import { ownCopy } from './own-copy.js';

export { type Segmented, type Sentence, type TokenTable, TokenKind };

let nlp: ReturnType<typeof winkNLP> | undefined;

/** A wink-nlp instance with readDoc (the model's core read from the build's digest: wink-model.ts), made on first use: the reader's fallback (readByDoc), what the tests hold the reader to, and the bench's bare baseline. Analysis reads through wink-reader.ts. */
export function wink(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(winkModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  return nlp;
}

const PUNCT = /^\p{P}+$/u;

/** A token's kind from its text: white space, a word (a letter or digit in it), punctuation, or other (emoji, symbols). */
function kindOf(v: string): TokenKind {
  if (isWordLike(v)) return TokenKind.Word;
  if (v.trim() === '') return TokenKind.Space;
  return PUNCT.test(v) ? TokenKind.Punct : TokenKind.Other;
}

/** Find where `value` starts at or after `cursor`, skipping only white space; -1 if it does not. */
function align(text: string, value: string, cursor: number): number {
  let pos = cursor;
  while (pos < text.length && /\s/.test(text[pos]) && !text.startsWith(value, pos)) pos++;
  if (text.startsWith(value, pos)) return pos;
  const found = text.slice(cursor, cursor + value.length + 16).indexOf(value); // bounded: no scan to the end of a long text
  return found >= 0 ? cursor + found : -1;
}

/** Longest run without white space handed to wink-nlp, whose tokenizer is quadratic in a token's length. */
const MAX_RUN = 256;

/** The text with a space put into every MAX_RUN characters of a longer run (same length, so offsets hold; never splits a surrogate pair). */
function breakLongRuns(text: string): string {
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

/** True when a token holds a letter or digit (ASCII checked without a regular expression). */
function isWordLike(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  return /[\p{L}\p{N}]/u.test(v);
}

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

/** Read a text with wink-nlp's readDoc: what the reader (wink-reader.ts) gives, the slow way; its fallback, and what the tests hold it to. */
export function readByDoc(read: string): WinkReading {
  const nlpi = wink();
  const its = nlpi.its;
  const doc = nlpi.readDoc(read);
  const toks = doc.tokens();
  const value = toks.out(its.value) as string[];
  const spaces = toks.out(its.precedingSpaces) as string[];
  const start = filled(value.length);
  let cursor = 0;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    const expected = cursor + spaces[i].length; // wink keeps the text: spaces then value, except where it normalises
    const at = read.startsWith(v, expected) ? expected : align(read, v, cursor);
    start[i] = at;
    if (at >= 0) cursor = at + v.length;
  }
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  return { count: value.length, value, start, pos: toks.out(its.pos) as string[], sentences };
}

/** Stage 2, segment and tokenize with wink-nlp; sentences also end at blank lines and at line starts that open a new unit. */
export function segment(text: string): Segmented {
  const read = textForWink(text); // same length: offsets into it are offsets into text
  const r = readWithWink(breakLongRuns(read), readByDoc);
  const { count, value, pos } = r;
  const start = filled(count);
  const end = filled(count);
  const kind = filled(count);
  let cursor = 0;
  const changed = read !== text; // once: two strings of one length are compared up to their first difference, which may lie deep in a long text
  for (let i = 0; i < count; i++) {
    const v = value[i];
    const at = r.start[i];
    if (changed && at >= 0) value[i] = ownCopy(text.slice(at, at + v.length)); // the text as written, not as wink read it (a copy: word caches keep values, and a piece would keep the whole text alive)
    let k = kindOf(v);
    if (at < 0) { start[i] = end[i] = cursor; k = TokenKind.Other; }
    else { start[i] = at; end[i] = cursor = at + v.length; }
    kind[i] = k;
  }
  const split = splitPossessives({ count, start, end, value, pos, kind });
  return sentencesOf(split.tokens, r.sentences.map(([a, b]) => [split.index(a), split.index(b, true)]));
}

/** Assign tokens to sentences: wink-nlp's sentences, also ended at blank lines and at line starts that open a new unit. */
function sentencesOf(t: Omit<TokenTable, 'sentence'>, spans: [number, number][]): Segmented {
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
      if (fresh) { if (kind[i] === TokenKind.Space) { sentenceOf[i] = Math.max(0, sentences.length - 1); continue; } open(i); fresh = false; words = 0; }
      const cur = sentences[sentences.length - 1];
      sentenceOf[i] = sentences.length - 1;
      if (kind[i] !== TokenKind.Space) { cur.lastToken = i; cur.end = end[i]; lastSolid = i; }
      if (kind[i] === TokenKind.Word && ++words >= HARD_SENTENCE_WORDS) fresh = true;
      else if (words >= SOFT_SENTENCE_WORDS && kind[i] === TokenKind.Punct && CLAUSE_END.has(value[i])) fresh = true;
      if (lineBreak || value[i] === '|') fresh = true; // a bar parts table cells and breadcrumbs ("Home | News"): no phrase runs across it
    }
  }
  const tokens: TokenTable = { count, start, end, value, pos, kind, sentence: sentenceOf }; // written out: a spread copies property by property, slowly
  return { tokens, sentences };
}
