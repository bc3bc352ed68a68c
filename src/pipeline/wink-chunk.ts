// wink-nlp's chunks. wink splits a text at runs of spaces, `[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+` (the
// preceding spaces of the next token), and at runs of tabs and line breaks, `[\n\r\t]+` (tokens of their own); the
// rest are chunks ("Kyiv's", "ceasefire,"), each tokenized on its own. Here: that split, and what a chunk is made into.
import type { WinkParts } from './wink-parts.js';

/** A character of a run of spaces. */
export const SPACE = 0;
/** A character of a run of tabs and line breaks. */
export const BREAK = 1;
/** A character of a chunk. */
export const CHUNK = 2;

/** Which of wink's runs a character (its code) belongs to: SPACE, BREAK or CHUNK. */
export function classOf(c: number): number {
  if (c === 32) return SPACE;
  if (c === 10 || c === 13 || c === 9) return BREAK;
  if (c < 0xa0) return CHUNK;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f ? SPACE : CHUNK;
}

/**
 * A chunk as wink-nlp tokenizes it (the chunk is `key`): its tokens' values and offsets in the chunk, and what wink's
 * automata read and write of each token, worked out once: the id of its normal form, its symbol for the sentence
 * automaton (as wink's transformer gives it with no space before), its POS hint or 0, its default POS tag (as wink's
 * tag mapper gives it), and the POS tag the tokenizer fixed for it (wink's POS setter keeps it), or -1.
 */
export interface Chunk { key: string; value: string[]; at: number[]; normal: number[]; sbd: number[]; posHint: number[]; tag: number[]; fixedTag: number[] }

const TK = 4; // numbers per token in wink's layout

/** A function that makes a chunk's Chunk, as wink's tokenizer and mappers make its tokens, with wink's parts (wink-parts.ts). */
export function chunkTokenizer(parts: WinkParts): (text: string) => Chunk {
  const { cache, tokenize, wrap, normals, defaultTags, bits4lemma, posMask, sbd, sbdSkip } = parts;
  const sbdSymbol = sbd.transformers[0];
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- wink-nlp's modules are untyped */
  const scratch: any = { cache, tokens: [], nonBreakingSpaces: Object.create(null) };
  return (text) => {
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
  };
}
