import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const regime = (text: string) => analyze(text).annotations.find((a) => a.marker === 'del-kyiv-regime')!;

describe('"report" and "outline" are reporting verbs, "suggest" a hedge', () => {
  it('gives what media or officials "reported" to them', () => {
    expect(regime('Media outlets reported that the Kyiv regime had walked out of the talks.').voice).toBe('reported');
    expect(regime('The governor has reported that the Kyiv regime shelled the bridge again overnight.')).toMatchObject({ voice: 'reported', speaker: 'governor' });
  });
  it('gives the points a side "outlined" to it, as Kremlin readouts word a demand', () => {
    expect(regime('The Russian side outlined a number of points concerning the need to stop arms deliveries to the Kyiv regime.')).toMatchObject({ voice: 'reported', speaker: 'Russian side' });
    expect(regime('The map outlined in red shows where the Kyiv regime moved its lines.').voice).toBe('author'); // a participle, no speech
  });
  it('leaves "suggests that" with a fact for subject in the author\'s voice, hedged', () => {
    const a = regime('This suggests that the Kyiv regime will not return to the table before winter.');
    expect(a.voice).toBe('author');
    expect(a.modifiers).toContain('hedged');
  });
  it('reads the noun "report" as no speech', () => {
    expect(regime('The report on the Kyiv regime was published on Monday by the ministry.').voice).toBe('author');
  });
});

describe('an indefinite pronoun is no verb, whatever the tagger says', () => {
  it('ends a reported object before ", while" after "of everything"', () => {
    expect(regime('The delegations accuse Russia of everything, while keeping silent about the Kyiv regime.').voice).toBe('author');
  });
});
