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

/** A way to read a text into a WinkReading: the reader of wink-reader.ts, or readDoc (read-by-doc.ts). */
export type Reader = (text: string) => WinkReading;
