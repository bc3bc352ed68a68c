import winkNLP from 'wink-nlp';
import { filled } from './filled.js';
import { winkModel } from './wink-model.js';
import type { WinkReading } from './wink-reading.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

/** A wink-nlp instance with readDoc (the model's core read from the build's digest: wink-model.ts), made on first use: the reader's fallback (readByDoc), what the tests hold the reader to, and the bench's bare baseline. Analysis reads through wink-reader.ts. */
export function wink(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(winkModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  return nlp;
}

/** Find where `value` starts at or after `cursor`, skipping only white space; -1 if it does not. */
function align(text: string, value: string, cursor: number): number {
  let pos = cursor;
  while (pos < text.length && /\s/.test(text[pos]) && !text.startsWith(value, pos)) pos++;
  if (text.startsWith(value, pos)) return pos;
  const found = text.slice(cursor, cursor + value.length + 16).indexOf(value); // bounded: no scan to the end of a long text
  return found >= 0 ? cursor + found : -1;
}

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
