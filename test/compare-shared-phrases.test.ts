import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { exactPhrases } from '../src/compare/exact.js';
import { isInformative } from '../src/compare/readout-words.js';
import { compareSide as side } from './helpers.js';

const shared = (a: string, b: string) => exactPhrases(a, b).map((p) => p.a.text);

describe('shared phrases: informative ones only', () => {
  it('drops phrases made only of function words and stock readout words (the call, the two presidents, the United States)', () => {
    expect(shared('The two presidents held the call with the United States on Tuesday.', 'Then the two presidents held the call with the United States again.')).toEqual([]);
    expect(shared('President Trump and President Putin discussed it.', 'Then President Trump and President Putin discussed it.')).toEqual([]);
    expect(shared('The meeting will take place in Riyadh.', 'The talks will take place soon.')).toEqual([]);
  });

  it('keeps a phrase with framing content, even around the stock words', () => {
    expect(shared('The two presidents agreed on an energy infrastructure ceasefire today.', 'Both said the two presidents agreed on an energy infrastructure ceasefire.'))
      .toEqual(['The two presidents agreed on an energy infrastructure ceasefire']);
    expect(shared('He spoke of the root causes of the crisis.', 'She cited the root causes of the crisis.')).toEqual(['the root causes of the crisis']);
  });

  it('isInformative: stock readout words and function words are not, content words are', () => {
    for (const w of ['call', 'presidents', 'united', 'states', 'the', 'putin']) expect(isInformative(w), w).toBe(false);
    for (const w of ['ceasefire', 'regime', 'prisoners', 'energy']) expect(isInformative(w), w).toBe(true);
  });

  it('compare lists the shared phrases that carry framing (overlap an annotation) before the longer ones that do not', () => {
    const a = 'Officials from both capitals met again in the Saudi capital Riyadh on Monday. The war should never have started.';
    const b = 'Officials from both capitals met again in the Saudi capital Riyadh on Monday. They said the war should never have started.';
    const exact = compare(side(a, 'a'), side(b, 'b')).shared.filter((p) => p.kind === 'exact').map((p) => p.a.text);
    expect(exact).toEqual(['The war should never have started', 'Officials from both capitals met again in the Saudi capital Riyadh on Monday']);
    expect(shared(a, b)[0]).toBe('Officials from both capitals met again in the Saudi capital Riyadh on Monday');
  });
});
