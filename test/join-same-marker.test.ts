import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { ON_TOPIC } from './helpers.js';
import { resolveOverlaps } from '../src/pipeline/resolve-overlaps.js';
import type { PatternMatch } from '../src/pipeline/match.js';
import type { CompiledMarker } from '../src/lexicon/types.js';
import type { Cue } from '../src/pipeline/cues.js';

const marker = (id: string, category: string, weight: number) => ({ id, category, weight }) as unknown as CompiledMarker;
const match = (item: CompiledMarker, first: number, last: number, order = 0): PatternMatch<CompiledMarker> => ({ item, first, last, order, source: id(item) });
const id = (m: CompiledMarker) => m.id;
const words = (ms: PatternMatch<CompiledMarker>[]) => ms.map((m) => `${m.item.id}:${m.first}-${m.last}`);

describe('overlapping matches of one category are one occurrence (resolveOverlaps)', () => {
  const a = marker('a', 'root-causes', 0.6);
  const b = marker('b', 'root-causes', 0.8);
  it('joins a match of the same marker that carries the kept one on to the right', () => {
    expect(words(resolveOverlaps([match(a, 2, 6), match(a, 4, 8)]))).toEqual(['a:2-8']);
  });
  it('joins one that carries it on to the left only over a negator, which is then the pattern\'s own', () => {
    expect(words(resolveOverlaps([match(a, 2, 5), match(a, 4, 9)]))).toEqual(['a:4-9']); // "strike was barbaric" + "barbaric and cruel"
    const no: Cue = { list: 'negators', first: 3, last: 3 };
    expect(words(resolveOverlaps([match(a, 2, 5), match(a, 4, 9)], [no]))).toEqual(['a:2-9']); // "calls for no foreign troops" + "troops ... under any pretext"
  });
  it('keeps the stronger of two markers of one category and drops the weaker one whole when it only adds words on the left', () => {
    expect(words(resolveOverlaps([match(a, 2, 5), match(b, 4, 9)]))).toEqual(['b:4-9']);
  });
  it('joins a weaker marker of the category that carries the stronger one on to the right, and names it', () => {
    const kept = resolveOverlaps([match(b, 2, 5), match(a, 4, 9)]);
    expect(words(kept)).toEqual(['b:2-9']); // "groundless" + "groundless and irresponsible"
    expect(kept[0].joined).toEqual(['a']);
  });
  it('does not join across a word another kept match of the category holds', () => {
    expect(words(resolveOverlaps([match(b, 8, 9), match(a, 2, 6), match(a, 5, 8)]))).toEqual(['a:2-6', 'b:8-9']); // a:5-8 would reach b's word 8
  });
  it('leaves matches of one marker that do not overlap apart', () => {
    expect(words(resolveOverlaps([match(a, 0, 2), match(a, 4, 6)]))).toEqual(['a:0-2', 'a:4-6']);
  });
});

describe('a demand matched in two pieces', () => {
  it('is one span, and the "no" the demand is made of does not negate it', () => {
    const r = analyze(ON_TOPIC + 'Moscow calls for no foreign troops to be deployed in Ukraine under any pretext.');
    const demand = r.annotations.find((x) => x.category === 'maximalist-demands');
    expect(demand?.text).toBe('calls for no foreign troops to be deployed in Ukraine under any pretext');
    expect(demand?.modifiers).not.toContain('negated');
  });
});
