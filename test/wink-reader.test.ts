import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readByDoc } from '../src/pipeline/read-by-doc.js';
import { ChunkMemo } from '../src/pipeline/chunk-memo.js';
import { readWithWink, wordsAdded } from '../src/pipeline/wink-reader.js';
import type { WinkReading } from '../src/pipeline/wink-reading.js';

const corpus = join(__dirname, '..', 'corpus');
/** Every paragraph of the corpus texts (both splits: this checks reading, not framing). */
const paragraphs = ['dev', 'heldout']
  .flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, d, f), 'utf8')))
  .flatMap((t) => t.split(/\n\s*\n/));

const noFallback = (): WinkReading => { throw new Error('the reader fell back to readDoc: wink-nlp modules did not load'); };
const plain = (r: WinkReading) => ({ value: r.value, start: [...r.start], pos: r.pos, sentences: r.sentences });

/** Texts whose chunks wink splits or reads in unusual ways. */
const ODD = [
  'The Kremlin said: "We can\'t and won\'t accept it." Mr. Peskov\'s reply came at 5 p.m. (Moscow time).',
  'Ukraine\'s army. Ukraine\'s army again; Ukraine’s allies — and the U.S.-Russia talks, e.g. in Riyadh…',
  'Tabs\tand\r\nline breaks\n\n\nand  double  spaces, a no-break\u00a0space and a thin\u2009one\u202fhere.',
  'A URL https://kremlin.ru/events/president/news/76480 and mail press@mfa.gov.ua, #hashtag @mention :) 🙂 $5bn 24/7.',
  'Numbers: 1,000; 3.5%; 2025-03-18; 18th; 1990s. Quotes «like this» and ‘this’.',
  '', ' ', '\n', 'x', '   leading spaces and trailing   ', 'a'.repeat(300),
];

describe('reading with wink-nlp without readDoc (pipeline/wink-reader.ts)', () => {
  it('gives readDoc\'s tokens, offsets, parts of speech and sentences for every corpus paragraph', () => {
    let differ = 0;
    for (const p of paragraphs) if (JSON.stringify(plain(readWithWink(p, noFallback))) !== JSON.stringify(plain(readByDoc(p)))) differ++;
    expect(paragraphs.length).toBeGreaterThan(1000);
    expect(differ).toBe(0);
  });
  it('gives the same for texts with contractions, possessives, odd spaces, URLs, emoji and numbers', () => {
    for (const text of ODD) expect(plain(readWithWink(text, noFallback)), JSON.stringify(text)).toEqual(plain(readByDoc(text)));
  });
  it('starts again with a fresh lexicon after 50,000 new words, and reads the same after it', () => {
    for (let r = 0; r < 1500; r++) readWithWink(Array.from({ length: 40 }, (_, k) => `zq${(r * 40 + k).toString(36)}x`).join(' '), noFallback);
    expect(wordsAdded()).toBeLessThan(50_000); // 60,000 new words were read: the reader started again
    for (const text of [...ODD, paragraphs[5]]) expect(plain(readWithWink(text, noFallback)), JSON.stringify(text)).toEqual(plain(readByDoc(text)));
  });
  it('gives the same for a text read a second time, when its chunks come from the memo', () => {
    const text = paragraphs[3];
    expect(plain(readWithWink(text, noFallback))).toEqual(plain(readWithWink(text, noFallback)));
    expect(plain(readWithWink(text, noFallback))).toEqual(plain(readByDoc(text)));
  });
});

describe('the chunk memo (pipeline/chunk-memo.ts)', () => {
  it('makes each chunk once and finds it at any offset, whatever the hash says', () => {
    const made: string[] = [];
    const memo = new ChunkMemo((key) => { made.push(key); return { key, upper: key.toUpperCase() }; });
    const text = 'regime ceasefire regime talks ceasefire';
    const at = (word: string, from: number, hash: number) => memo.get(text, text.indexOf(word, from), text.indexOf(word, from) + word.length, hash).upper;
    expect(at('regime', 0, 7)).toBe('REGIME');
    expect(at('ceasefire', 0, 7)).toBe('CEASEFIRE'); // same slot as "regime": the hot table must not confuse them
    expect(at('regime', 10, 7)).toBe('REGIME');
    expect(at('ceasefire', 20, 123)).toBe('CEASEFIRE'); // another slot: found in the map
    expect(at('talks', 0, 7)).toBe('TALKS');
    expect(made).toEqual(['regime', 'ceasefire', 'talks']);
  });
});
