// What a white-space chunk of text ("Kyiv's", "ceasefire,") was made into, kept so that a chunk seen before is
// not worked out again (the wink reader keeps each chunk's tokens: wink-chunk.ts). Looked up by offsets into
// the text and a hash the caller takes while scanning: a small hot table first, which the CPU caches keep
// (the common chunks, found without cutting them out of the text), then a map of every chunk, up to a limit.

import { ownCopy } from './own-copy.js';

/** The next value of a chunk's hash after character code `code` (start from the first character's code). */
export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/** Slots of the hot table, less one: the last chunk seen at each hash. With 16,384 slots 91% of a corpus pass's chunks are found there (75% with 4,096, 97% with 65,536 slots, a 512 KB table). */
const HOT_MASK = 16383;
/** Chunks kept before the map starts again: about 450 bytes each with what the reader keeps, so under 10 MB a thread. The corpus holds 9,000 distinct chunks; text with more (a year of readouts) finds its frequent chunks again soon after. */
const MAX_CHUNKS = 20_000;

/** Values made from chunks by `make`, each made once; a value carries its chunk as `key`. */
export class ChunkMemo<V extends { readonly key: string }> {
  private readonly hot: (V | undefined)[] = new Array(HOT_MASK + 1).fill(undefined);
  private readonly all = new Map<string, V>();

  /** A memo of `make(chunk)`; `make` gets a copy of the chunk, to keep as the value's key. */
  constructor(private readonly make: (chunk: string) => V) {}

  /** The value for text[from, to), whose hash (hashStep over its characters) is `hash`. */
  get(text: string, from: number, to: number, hash: number): V {
    const slot = hash & HOT_MASK;
    let value = this.hot[slot];
    if (value !== undefined && sameText(value.key, text, from, to)) return value;
    const cut = text.slice(from, to);
    value = this.all.get(cut);
    if (value === undefined) {
      value = this.make(ownCopy(cut)); // its key must not be the cut, which may point into the whole text
      if (this.all.size >= MAX_CHUNKS) this.all.clear();
      this.all.set(value.key, value);
    }
    this.hot[slot] = value;
    return value;
  }
}

/** True when text[from, to) is `key`. */
function sameText(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}
