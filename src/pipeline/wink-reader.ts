// The reader that analysis reads texts through (make-wink-reader.ts: wink-nlp's tokens, sentences and tags without
// readDoc), made on first use and made again when wink's lexicon has grown too large.
//
// It reaches into wink-nlp's modules (wink-parts.ts): when they cannot be loaded, or the models are not shaped
// as expected, the reader falls back to readDoc, so an upgrade of wink-nlp costs speed, never a result.
import { makeWinkReader, type OwnReader } from './make-wink-reader.js';
import type { Reader, WinkReading } from './wink-reading.js';

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
    try { reader = makeWinkReader(); } catch { reader = { read: fallback, added: () => 0 }; } // wink-nlp's modules moved: readDoc does the same work, slower
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
