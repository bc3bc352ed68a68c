// wink-nlp's tokens, sentences and parts of speech for a text, read without going through `readDoc`'s tokenizer.
//
// wink-nlp tokenizes a text one white-space chunk at a time ("Kyiv's", "ceasefire,", "\n\n"), and most of
// readDoc's time goes there: a hash lookup for every token and regular expressions for every unknown chunk.
// Words repeat, so this reader tokenizes each distinct chunk once, with wink's own tokenizer, and keeps the
// result (as spaCy's tokenizer keeps its cache of chunks). wink's own sentence and part-of-speech automata
// then run over the chunks' tokens, as readDoc runs them, with what they read of each token (its symbols,
// its default tag) also worked out once per chunk, and the tags set as wink's POS setter sets them: the same
// tokens, sentences and tags (test/wink-reader.test.ts compares the two on the corpus). It builds only the models framelens uses
// (sentences, parts of speech), not wink's NER, negation and sentiment ones.
//
// It reaches into wink-nlp's modules (wink-parts.ts): when they cannot be loaded, or the models are not shaped
// as expected, the reader falls back to readDoc, so an upgrade of wink-nlp costs speed, never a result.
import { ChunkMemo, hashStep } from './chunk-memo.js';
import { loadWinkParts } from './wink-parts.js';
import { ownCopy } from './own-copy.js';

/** What the reader gives for a text: tokens as wink-nlp makes them, with their offsets, tags and sentences. */
export interface WinkReading {
  count: number;
  value: string[];
  /** Offset of each token in the text; -1 where a token is not written as such (never seen: wink keeps the text). */
  start: number[];
  pos: string[];
  /** First and last token index of each of wink's sentences. */
  sentences: [number, number][];
}

/**
 * A chunk as wink-nlp tokenizes it (the chunk is `key`): its tokens' values and offsets in the chunk, and what wink's
 * automata read and write of each token, worked out once: the id of its normal form, its symbol for the sentence
 * automaton (as wink's transformer gives it with no space before), its POS hint or 0, its default POS tag (as wink's
 * tag mapper gives it), and the POS tag the tokenizer fixed for it (wink's POS setter keeps it), or -1.
 */
interface Chunk { key: string; value: string[]; at: number[]; normal: number[]; sbd: number[]; posHint: number[]; tag: number[]; fixedTag: number[] }

/* eslint-disable @typescript-eslint/no-explicit-any -- wink-nlp's modules are untyped */
type Reader = (text: string) => WinkReading;
/** A reader and how many words it has added to wink's lexicon (every new word stays there: wink's cache only grows). */
interface OwnReader { read: Reader; added(): number; pluralNoun?(word: string): boolean }

/**
 * wink splits a text at runs of spaces, `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+` (the preceding spaces of the
 * next token), and at runs of tabs and line breaks, `[\n\r\t]+` (tokens of their own); the rest are chunks.
 */
const SPACE = 0;
const BREAK = 1;
const CHUNK = 2;
/** Which of wink's runs a character belongs to. */
function classOf(c: number): number {
  if (c === 32) return SPACE;
  if (c === 10 || c === 13 || c === 9) return BREAK;
  if (c < 0xa0) return CHUNK;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f ? SPACE : CHUNK;
}
const TK = 4; // numbers per token in wink's layout
/** wink's transformers add this to a hint to make an automaton symbol (sbd-transformers.js, pos-transformers.js). */
const HINT_BASE = 1_080_000;
/** The sentence symbols of a straight quote: with no space before it, and after a space. */
const AMBIGUOUS_QUOTE = HINT_BASE + 4;
const QUOTE_AFTER_SPACE = HINT_BASE + 6;

/** The reader made from wink-nlp's parts (wink-parts.ts). */
function makeReader(): OwnReader {
  const { cache, tokenize, wrap, normals, defaultTags, bits4lemma, posMask, sbd, sbdMachine, posModel, posMachines, sbdSkip, posSkip, lexemes } = loadWinkParts();
  const sbdSymbol = sbd.transformers[0];
  const tagName: string[] = [];

  const scratch: any = { cache, tokens: [], nonBreakingSpaces: Object.create(null) };
  const memo = new ChunkMemo<Chunk>((text) => { // a chunk's tokens, as wink's tokenizer makes them
    scratch.tokens = [];
    tokenize(wrap(scratch), text);
    const raw: number[] = scratch.tokens;
    const value: string[] = [];
    const at: number[] = [];
    let cursor = 0;
    for (let i = 0; i < raw.length; i += TK) {
      const v: string = cache.value(raw[i]);
      const found = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
      value.push(v);
      at.push(found);
      if (found >= 0) cursor = found + v.length;
    }
    const alone = { cache, tokens: raw, numOfTokens: raw.length / TK };
    const normal: number[] = normals(alone);
    return {
      key: text, value, at, normal,
      sbd: normal.map((t, k) => (t === sbdSkip ? t : sbdSymbol(t, cache, raw, k))),
      posHint: normal.map((_, k) => cache.property(raw[k * TK], 'posHint') || 0),
      tag: defaultTags(alone),
      fixedTag: normal.map((_, k) => (raw[k * TK + 2] === 0 ? -1 : (raw[k * TK + 2] & posMask) >>> bits4lemma)), // wink's POS setter writes a tag only where the token has none
    };
  });

  const read: Reader = (text) => {
    const rdd = { numOfTokens: 0, sentences: [] as number[][] }; // what wink's sentence setter reads and writes of readDoc's document data
    const value: string[] = [];
    const starts: number[] = [];
    const forAutomata: number[] = [];
    const sbdInput: number[] = [];
    const posHint: number[] = [];
    const tags: number[] = [];
    const fixedTags: number[] = [];
    let spaced = false; // white space before the chunk: the one thing the automata need to know of spaces (a straight quote after one opens; Chunk.sbd)
    for (let i = 0; i < text.length;) { // wink's split of the text (see SPACE), by character codes
      const from = i;
      let code = text.charCodeAt(i);
      const cls = classOf(code);
      let hash = code;
      if (cls === CHUNK) { // most characters of a chunk are printable ASCII: no class to work out
        while (++i < text.length && (((code = text.charCodeAt(i)) > 32 && code < 0xa0) || classOf(code) === CHUNK)) hash = hashStep(hash, code);
      } else while (++i < text.length && classOf(code = text.charCodeAt(i)) === cls) hash = hashStep(hash, code);
      if (cls === SPACE) { spaced = true; continue; }
      const chunk = memo.get(text, from, i, hash);
      for (let k = 0; k < chunk.value.length; k++) {
        value.push(chunk.value[k]);
        starts.push(chunk.at[k] < 0 ? -1 : from + chunk.at[k]);
        forAutomata.push(chunk.normal[k]);
        sbdInput.push(k === 0 && spaced && chunk.sbd[0] === AMBIGUOUS_QUOTE ? QUOTE_AFTER_SPACE : chunk.sbd[k]); // wink's transformer: a quote after a space
        posHint.push(chunk.posHint[k]);
        tags.push(chunk.tag[k]);
        fixedTags.push(chunk.fixedTag[k]);
      }
      spaced = false;
    }
    const count = value.length;
    rdd.numOfTokens = count;
    sbdMachine.setPatternSwap(null);
    sbd.setter(sbdMachine.recognize(sbdInput), rdd); // tokens already transformed (Chunk.sbd): no transformer
    const posInput: number[] = new Array(count);
    for (const machine of posMachines) {
      for (let i = 0; i < count; i++) posInput[i] = tags[i] === posSkip || posHint[i] === 0 ? tags[i] : posHint[i] + HINT_BASE; // wink's POS transformer, as it reads the tags of the machine before
      posModel.updater(machine.recognize(posInput), cache, tags, forAutomata);
    }
    const pos: string[] = new Array(count);
    for (let i = 0; i < count; i++) { // wink's POS setter: the tag found, where the tokenizer fixed none
      const id = fixedTags[i] >= 0 ? fixedTags[i] : tags[i];
      pos[i] = tagName[id] ??= cache.valueOf('pos', id);
    }
    return { count, value, start: starts, pos, sentences: rdd.sentences.map((s: number[]) => [s[0], s[1]]) };
  };
  const plurals = new Map<string, boolean>(); // answers kept: names recur in every text (bounded by the words wink knows, plus a limit)
  const pluralNoun = (word: string) => { // a word of wink's own lexicon (not one it added) tagged a noun whose lemma is another word: "fans", "officials", "men"
    let known = plurals.get(word);
    if (known === undefined) {
      const found: number[] | null = cache.lookup(word);
      known = !!found && found.length === 1 && found[0] < lexemes.intrinsicSize && cache.property(found[0], 'pos') === 'NOUN' && cache.property(found[0], 'lemma') !== found[0];
      if (plurals.size >= 10_000) plurals.clear();
      plurals.set(ownCopy(word), known);
    }
    return known;
  };
  return { read, added: () => lexemes.list.length - lexemes.intrinsicSize, pluralNoun };
}

/**
 * Words the reader may add to wink's lexicon before it starts again with a fresh model (about 300 bytes each,
 * so about 15 MB). wink keeps every word it has not seen before: a batch of text full of numbers, names and
 * links would otherwise grow without end (1.2 million distinct words took a batch past 600 MB). Starting again
 * takes a few tens of milliseconds and changes no result.
 */
const MAX_ADDED_WORDS = 50_000;

let reader: OwnReader | undefined;
/** Read a text as wink-nlp reads it (see above); the reader and its model load on first use. */
export function readWithWink(text: string, fallback: Reader): WinkReading {
  if (!reader || reader.added() > MAX_ADDED_WORDS) {
    try { reader = makeReader(); } catch { reader = { read: fallback, added: () => 0 }; } // wink-nlp's modules moved: readDoc does the same work, slower
  }
  return reader.read(text);
}

/** Words the current reader has added to wink's lexicon (0 before the first read): what MAX_ADDED_WORDS bounds. */
export function wordsAdded(): number {
  return reader?.added() ?? 0;
}

/** True when wink's lexicon knows a lower-case word as a plural noun ("fans", "officials", "allies", "men"; not "coach", "news" or a name); false before the first read or when the reader fell back to readDoc. */
export function isPluralNoun(word: string): boolean {
  return reader?.pluralNoun?.(word) ?? false;
}
