import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { testLexicon } from './helpers.js';

const modifiers = (text: string, marker: string) => analyze(text, { lexicon: testLexicon() }).annotations.find((a) => a.marker === marker)?.modifiers;

describe('a negated verb of mentioning negates the marker it names (mention-negation.ts)', () => {
  it('negates a marker that is the object of a negated mention verb', () => {
    expect(modifiers('The President did not discuss a ceasefire with Moscow.', 'fx-ceasefire')).toContain('negated');
    expect(modifiers('Putin did not even raise the root causes of the conflict.', 'fx-root-causes')).toContain('negated');
    expect(modifiers('The two sides never brought up economic deals.', 'fx-economic-deals')).toContain('negated');
    expect(modifiers('The Kremlin did not comment on a ceasefire.', 'fx-ceasefire')).toContain('negated');
    expect(modifiers('The readout never referred to economic deals.', 'fx-economic-deals')).toContain('negated');
  });
  it('negates a marker followed by an auxiliary, a negator and a mention verb', () => {
    expect(modifiers('A ceasefire was not discussed.', 'fx-ceasefire')).toContain('negated');
    expect(modifiers('Peace talks have not been mentioned since March.', 'fx-peace-talks')).toContain('negated');
    expect(modifiers("Economic deals didn't come up during the call.", 'fx-economic-deals')).toContain('negated');
  });
  it('leaves a marker standing after other negated verbs, a "that" clause, or a mention that took place', () => {
    expect(modifiers('We do not accept a ceasefire on these terms.', 'fx-ceasefire')).not.toContain('negated');
    expect(modifiers('He did not mention that the root causes of the crisis were discussed.', 'fx-root-causes')).not.toContain('negated');
    expect(modifiers('A ceasefire was discussed at length.', 'fx-ceasefire')).not.toContain('negated');
    expect(modifiers('The ceasefire did not hold.', 'fx-ceasefire')).not.toContain('negated');
    expect(modifiers('Economic deals were not the point, he said, and were discussed later.', 'fx-economic-deals')).not.toContain('negated');
  });
});

describe('a negated settlement negates the basis it is denied (negatesBasis)', () => {
  const built = (text: string, marker: string) => analyze(text).annotations.find((a) => a.marker === marker)?.modifiers;
  it('negates a marker that names the basis of a settlement the text rules out, past the usual reach', () => {
    expect(built("There will be no peace in Ukraine on the basis of Ukraine's capitulation, Macron said.", 'md-ukraine-capitulation')).toContain('negated');
    expect(built('There can be no settlement based on the capitulation of Ukraine.', 'll-capitulation-kowtowing')).toContain('negated');
  });
  it('leaves the basis standing when nothing rules the settlement out, or the negator denies something else', () => {
    expect(built("Moscow demands peace on the basis of Ukraine's capitulation.", 'md-ukraine-capitulation')).toEqual([]);
    expect(built("No one doubts that Moscow wants peace on the basis of Ukraine's capitulation.", 'md-ukraine-capitulation')).not.toContain('negated');
  });
});
