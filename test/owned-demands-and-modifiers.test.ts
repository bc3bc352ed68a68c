import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** Category, text, voice, speaker and modifiers of every annotation of a text, with the built-in lexicons. */
const read = (text: string, category?: string) => analyze(text).annotations
  .filter((a) => !category || a.category === category)
  .map((a) => ({ text: a.text, voice: a.voice, speaker: a.speaker, modifiers: a.modifiers }));

describe('a noun of demanding with an owner reports its object in the owner\'s voice (pipeline/noun-report.ts)', () => {
  it('gives "Putin\'s call for ..." and "the Kremlin\'s insistence on ..." to their owners', () => {
    expect(read('Putin\'s call for a halt to Western military assistance was rejected in Kyiv.', 'maximalist-demands'))
      .toEqual([{ text: 'halt to Western military assistance', voice: 'reported', speaker: 'Putin', modifiers: [] }]);
    expect(read('The Kremlin\'s insistence on Ukraine\'s neutrality remains the main obstacle to a settlement.', 'maximalist-demands'))
      .toEqual([{ text: 'Ukraine\'s neutrality', voice: 'reported', speaker: 'Kremlin', modifiers: [] }]);
  });
  it('ends the owner\'s words at the verb of the author\'s sentence', () => {
    const [demand, ...rest] = analyze('Moscow\'s demands for a halt to Western military assistance leave Ukraine defenceless before the next barbaric offensive.').annotations;
    expect(demand).toMatchObject({ category: 'maximalist-demands', voice: 'reported', speaker: 'Moscow' });
    expect(rest.map((a) => [a.text, a.voice])).toEqual([['barbaric', 'author']]);
  });
  it('reports nothing for a noun with no owner, or a noun that only names a subject', () => {
    expect(read('A halt to Western military assistance is what Moscow wants, calls for which grow in Hungary.', 'maximalist-demands').map((a) => a.voice)).toEqual(['author']);
    expect(read('Lavrov briefed Wang Yi on Russia\'s position on a halt to Western military assistance.', 'maximalist-demands').map((a) => a.speaker)).not.toContain('Russia');
  });
});

describe('hedges and boosters do not cross into another speaker\'s words (pipeline/context.ts)', () => {
  it('does not boost the Kremlin\'s claim by the ministry\'s "categorically"', () => {
    expect(read('The Ministry categorically rejects the Kremlin\'s claims that Ukraine broke the energy ceasefire.', 'peace-process'))
      .toEqual([{ text: 'energy ceasefire', voice: 'reported', speaker: 'Kremlin', modifiers: [] }]);
  });
  it('still boosts and hedges in the speaker\'s own words, and lets "reportedly" qualify a report', () => {
    expect(read('Lavrov said the Kiev regime is clearly incapable of negotiating.', 'delegitimization').map((a) => a.modifiers)).toContainEqual(['boosted']);
    expect(read('Putin reportedly repeated his demand that Ukraine withdraw from the entire Donetsk region.', 'maximalist-demands').every((a) => a.modifiers.includes('hedged'))).toBe(true);
  });
});
