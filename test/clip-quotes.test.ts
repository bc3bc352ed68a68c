import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { testLexicon } from './helpers.js';

const span = (text: string, marker: string) => analyze(text, { lexicon: testLexicon() }).annotations.find((a) => a.marker === marker);

describe('spans take the quoted words (clip-quotes)', () => {
  it('drops lead-in words before a quotation the match runs into', () => {
    expect(span('Lavrov offered “enormous economic deals” to Washington.', 'fx-economic-deals')?.text).toBe('enormous economic deals');
    expect(span('Lavrov offered enormous “economic deals” to Washington.', 'fx-economic-deals')).toMatchObject({ text: 'economic deals', voice: 'quoted' });
  });
  it('drops outside words that are no more than the quoted ones', () => {
    expect(span('Officials said the war “should never have started” at all.', 'fx-never-started')?.text).toBe('should never have started');
    expect(span('Officials said the war should “never have started” at all.', 'fx-never-started')?.text).toBe('never have started');
  });
  it('drops the words after a quotation the match runs out of, when they are no more than the quoted ones', () => {
    expect(span('Peskov said the war “should never have” started, he added.', 'fx-never-started')).toMatchObject({ text: 'should never have', voice: 'quoted' });
    expect(span('Lavrov named the “enormous economic” deals on offer.', 'fx-economic-deals')).toMatchObject({ text: 'enormous economic', voice: 'quoted' });
    expect(span('It should “never” have started.', 'fx-never-started')?.text).toBe('should “never” have started'); // a quotation in its middle
    expect(span('Putin spoke of “initial” causes of the crisis.', 'fx-root-causes')?.text).toBe('initial” causes of the crisis'); // more words outside: whole
  });
  it('keeps a match whole when more of its words stand outside the quotation', () => {
    expect(span('He said it should never have “begun”.', 'fx-never-started')?.text).toBe('should never have “begun');
  });
  it('keeps a match whole when the quotation sits in its middle or the match is all outside', () => {
    expect(span('They discussed the initial causes of the “Ukrainian” crisis.', 'fx-root-causes')?.text).toBe('initial causes of the “Ukrainian” crisis');
    expect(span('Lavrov offered enormous economic deals.', 'fx-economic-deals')?.text).toBe('enormous economic deals');
  });
});
