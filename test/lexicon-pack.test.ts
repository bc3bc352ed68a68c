import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../src/lexicon/builtin.js';
import { runtimeCopy } from '../src/lexicon/runtime-copy.js';
import { patternWords } from '../src/lexicon/vocabulary.js';
import { wordKey } from '../src/pipeline/normalize.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { isPackedTables, pack, streamInts, unpackStream } from '../src/lexicon/pack.js';
import { repoPath } from './helpers.js';

/** A packed value read back as the built-in loader reads it. */
const unpack = <T>({ tables, stream }: ReturnType<typeof pack>): T => unpackStream<T>(tables.strings, tables.numbers, streamInts(stream)!);

describe('packed compiled lexicon', () => {
  const compiled = compileLexicon(loadLexiconSources(repoPath('lexicons'), repoPath('.')));

  it('unpacks to exactly the compiled lexicon', () => {
    const packed = pack(compiled);
    expect(isPackedTables(JSON.parse(JSON.stringify(packed.tables)))).toBe(true);
    expect(unpack(packed)).toEqual(JSON.parse(JSON.stringify(compiled)));
  }, 30_000); // the whole lexicon, compared in full: about 3 s, more on a busy machine

  it('stores a repeated value once and is much smaller than the plain tree', () => {
    const packed = pack(compiled);
    expect(new Set(packed.tables.strings).size).toBe(packed.tables.strings.length);
    expect(new Set(packed.tables.numbers).size).toBe(packed.tables.numbers.length);
    const shared = unpack<typeof compiled>(packed);
    const seqs = shared.markers.flatMap((m) => m.patterns.map((p) => p.seq[0]));
    expect(new Set(seqs).size).toBeLessThan(seqs.length); // equal leading elements are one object
    expect(JSON.stringify(packed.tables).length + packed.stream.toString('base64').length).toBeLessThan(0.7 * JSON.stringify(compiled).length); // measured as the JSON with the stream in base64 once was
  });

  it('keeps primitives, empty containers, nesting and drops undefined fields', () => {
    const value = { a: [1, 'x', true, null, [], {}], b: { c: [1, 1, [2, [3]]], d: undefined }, e: -0.5, f: '' };
    expect(unpack(pack(value))).toEqual({ a: [1, 'x', true, null, [], {}], b: { c: [1, 1, [2, [3]]] }, e: -0.5, f: '' });
    expect(() => pack({ f: () => 1 })).toThrow(/framelens: cannot pack a value of type function/);
    expect(isPackedTables(compiled)).toBe(false);
  });

  it('is the form the build writes (tables in JSON, the node stream as bytes beside it), and the built-in loader reads it', () => {
    const tables = JSON.parse(readFileSync(repoPath('dist/builtin-lexicon.json'), 'utf8'));
    expect(isPackedTables(tables)).toBe(true);
    const code = streamInts(readFileSync(repoPath('dist/builtin-lexicon.bin')))!;
    expect(unpackStream(tables.strings, tables.numbers, code)).toEqual(builtinLexicon());
    expect(builtinLexicon().markers.map((m) => m.id)).toEqual(compiled.markers.map((m) => m.id));
  });

  it('packs a value into tables and stream bytes that unpack to the same value, aligned or not', () => {
    const value = { a: [1, 'x', { b: [true, null] }], c: 'x' };
    const { tables, stream } = pack(value);
    expect(isPackedTables(JSON.parse(JSON.stringify(tables)))).toBe(true);
    expect(unpackStream(tables.strings, tables.numbers, streamInts(stream)!)).toEqual(value);
    const shifted = Buffer.concat([Buffer.from([0]), stream]).subarray(1); // an odd byte offset
    expect(unpackStream(tables.strings, tables.numbers, streamInts(shifted)!)).toEqual(value);
    expect(streamInts(stream.subarray(0, stream.length - 1))).toBeUndefined();
    expect(isPackedTables({ packed: 3, strings: [], numbers: [] })).toBe(false);
  });

  it('the built-in copy leaves out examples and near misses and keeps everything the analyzer reads', () => {
    const builtin = builtinLexicon();
    expect(builtin.markers.every((m) => m.examples.length === 0 && m.nearMisses.length === 0)).toBe(true);
    expect(Object.values(builtin.categories).every((c) => c.nearMisses.length === 0)).toBe(true);
    expect(runtimeCopy(compiled)).toEqual(builtin);
    expect(compiled.markers.every((m) => m.examples.length > 0)).toBe(true); // the source keeps them
  });
});

describe('pattern vocabulary', () => {
  it('lists every word the patterns name, once, and keeps the base words first when a lexicon is compiled on top', () => {
    const compiled = compileLexicon(loadLexiconSources(repoPath('lexicons'), repoPath('.')));
    expect(compiled.words!.keys).toEqual(patternWords(compiled).keys);
    expect(new Set(compiled.words!.keys).size).toBe(compiled.words!.keys.length);
    expect(compiled.words!.keys).toContain(wordKey('regime'));
    const user = compileLexicon([{ file: 'user.yaml', data: { category: 'loaded-language', markers: [{ id: 'user-zzyzx', patterns: ['zzyzx ploughshare'], weight: 0.5, note: 'test', examples: ['A zzyzx ploughshare.'] }] } }], compiled);
    expect(user.words!.keys.slice(0, compiled.words!.keys.length)).toEqual(compiled.words!.keys);
    expect(user.words!.keys).toEqual(expect.arrayContaining([wordKey('zzyzx'), wordKey('ploughshare')]));
  });
});
