import { type Segmented, TokenKind } from './tokenize.js';
import { CONTRACTED } from './contractions.js';
import { isHyphen } from './hyphen.js';
import { filled } from './filled.js';
import { irregularBase } from './irregular.js';
import { exactForm, WORD_CACHE_LIMIT, wordKey } from './normalize.js';
import { idGeneration, knownExactId, knownKeyId } from './word-ids.js';

/** The articles, as exact forms. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The POS tags of a verb (a main verb or an auxiliary). */
export const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Punctuation that ends a clause (for negation scope, hedges and boosters). */
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '!', '?', '.', '…']);
/** Punctuation that also ends a stretch of indirect speech (a colon only ends a list line carried after "demanded:"; see SpeechBreak). */
const SPEECH_PUNCT = new Set([';', ':', '—', '–', '(', ')']);

/** What stands right before a word: nothing that ends speech, a semicolon, dash or bracket, or a colon. */
export const enum SpeechBreak { None = 0, Hard = 1, Colon = 2 }

/** The words of a text in matching form: what patterns run over (punctuation and white space left out). */
export interface WordStream {
  readonly count: number;
  /** Token index of each word. */
  readonly token: number[];
  /** Stem key of the word's normal form and of its base form (irregular inflections). */
  readonly key: string[];
  readonly lemmaKey: string[];
  /** Lower-cased canonical spelling, for exact matches. */
  readonly exact: string[];
  /** Word ids (pipeline/word-ids.ts) of key, lemmaKey and exact; -1 where no lexicon names the word (lemmaId also where it equals key). */
  readonly keyId: number[];
  readonly lemmaId: number[];
  readonly exactId: number[];
  readonly pos: string[];
  readonly sentence: number[];
  /** Clause index: grows at clause-ending punctuation and at sentence starts. */
  readonly clause: number[];
  /** SpeechBreak.Hard where a semicolon, dash or bracket stands right before the word (indirect speech ends there), SpeechBreak.Colon for a colon. */
  readonly speechBreak: number[];
  /** First word index of each sentence, plus a final entry equal to count. */
  readonly sentenceFirstWord: number[];
}

/** A word's matching forms: exact (canonical spelling), stem key, and the stem key of its base form. */
interface Forms { exact: string; key: string; lemmaKey: string; exactId: number; keyId: number; lemmaId: number }

/** Indefinite pronouns, whatever the tagger makes of them ("accuse Russia of everything, while ...": wink reads a verb). */
const INDEFINITE = new Set(['everything', 'nothing', 'anything', 'something', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'someone', 'somebody']);
const formsCache = new Map<string, Forms>();
const contractedCache = new Map<string, Forms>();
let cachedGeneration = -1;

/** The forms of a word as written (cached by the written form): lower-cased, the first half of a contraction ("ca" of "can't") read whole. */
function formsOf(value: string, beforeNot: boolean): Forms {
  if (cachedGeneration !== idGeneration()) { formsCache.clear(); contractedCache.clear(); cachedGeneration = idGeneration(); } // a new lexicon named new words
  const cache = beforeNot ? contractedCache : formsCache;
  let forms = cache.get(value);
  if (!forms) {
    const lower = value.toLowerCase();
    const word = beforeNot ? CONTRACTED.get(lower) ?? lower : lower;
    const key = wordKey(word);
    const base = irregularBase(word);
    const exact = exactForm(word);
    const lemmaKey = base === word ? key : wordKey(base);
    forms = { exact, key, lemmaKey, exactId: knownExactId(exact), keyId: knownKeyId(key), lemmaId: lemmaKey === key ? -1 : knownKeyId(lemmaKey) };
    if (cache.size > WORD_CACHE_LIMIT) cache.clear();
    cache.set(value, forms);
  }
  return forms;
}

/** Build the word stream: hyphens inside a word are dropped, so "cease-fire" reads as "cease fire". */
export function buildWordStream(seg: Segmented): WordStream {
  const t = seg.tokens;
  const token: number[] = [];
  const clause: number[] = [];
  const speechBreak: number[] = [];
  let clauseId = 0;
  let pendingBreak = 0;
  let lastSentence = -1;
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Punct || k === TokenKind.Space) {
      if (k === TokenKind.Punct && (CLAUSE_PUNCT.has(t.value[i]) || isSpacedDash(seg, i))) clauseId++;
      if (k === TokenKind.Punct && (SPEECH_PUNCT.has(t.value[i]) || isSpacedDash(seg, i))) pendingBreak = t.value[i] === ':' ? SpeechBreak.Colon : SpeechBreak.Hard;
      continue;
    }
    if (k !== TokenKind.Word) continue;
    if (t.sentence[i] !== lastSentence) { clauseId++; lastSentence = t.sentence[i]; }
    token.push(i);
    clause.push(clauseId);
    speechBreak.push(pendingBreak);
    pendingBreak = 0;
  }
  const count = token.length;
  const key: string[] = new Array(count);
  const lemmaKey: string[] = new Array(count);
  const exact: string[] = new Array(count);
  const kIds = filled(count);
  const lIds = filled(count);
  const eIds = filled(count);
  const pos: string[] = new Array(count);
  const sentence = filled(count);
  const sentenceFirstWord = filled(seg.sentences.length + 1, count);
  for (let w = count - 1; w >= 0; w--) {
    const i = token[w];
    const s = t.sentence[i];
    const next = t.value[i + 1];
    const forms = formsOf(t.value[i], next === "n't" || next === 'n’t' || next === "N'T" || next === "N’T");
    exact[w] = forms.exact;
    key[w] = forms.key;
    lemmaKey[w] = forms.lemmaKey;
    kIds[w] = forms.keyId;
    lIds[w] = forms.lemmaId;
    eIds[w] = forms.exactId;
    pos[w] = INDEFINITE.has(forms.exact) ? 'PRON' : t.pos[i]; // wink tags "everything" a verb before a comma
    sentence[w] = s;
    sentenceFirstWord[s] = w;
  }
  for (let s = seg.sentences.length - 1; s >= 0; s--) {
    if (sentenceFirstWord[s] === count && s + 1 <= seg.sentences.length) sentenceFirstWord[s] = sentenceFirstWord[s + 1];
  }
  return { count, token, key, lemmaKey, exact, keyId: kIds, lemmaId: lIds, exactId: eIds, pos, sentence, clause, speechBreak, sentenceFirstWord };
}

function isSpacedDash(seg: Segmented, i: number): boolean {
  const t = seg.tokens;
  return isHyphen(t.value[i]) && i > 0 && i + 1 < t.count && t.end[i - 1] < t.start[i] && t.end[i] < t.start[i + 1];
}
