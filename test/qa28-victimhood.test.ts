import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 28 on readouts of 2025-2026 events (lexicons only): the Russian side's "terrorist attacks
 * against peaceful Russian cities" and Russian civilians who "suffer from attacks by the Ukrainian
 * armed forces", which the victimhood lexicon missed; the mirror sentences of the Ukrainian side stay
 * silent.
 */
const spans = predictedSpans;

describe('Russia under attack, in the Russian voice (qa28)', () => {
  it('terrorist attacks against peaceful Russian cities', () => {
    expect(spans('Kiev continues its terrorist attacks against peaceful Russian cities, the Russian MFA said.', 'victimhood'))
      .toContain('terrorist attacks against peaceful Russian cities');
  });
  it('Russian civilians who suffer from attacks by the Ukrainian armed forces', () => {
    expect(spans('Russian civilians in Belgorod and Kursk suffer daily from terrorist attacks by the Ukrainian armed forces.', 'victimhood'))
      .toContain('suffer daily from terrorist attacks by the Ukrainian armed forces');
  });
  it('the Ukrainian mirror sentences are no Russian victimhood', () => {
    expect(spans('Zelensky said Russia continues its terrorist attacks on peaceful Ukrainian cities.', 'victimhood')).toEqual([]);
    expect(spans('Ukrainian civilians suffer daily from shelling by the Russian armed forces.', 'victimhood')).toEqual([]);
  });
});

describe('forced to defend its compatriots (qa28)', () => {
  it('"its compatriots" and "its own security" as what Russia was forced to defend', () => {
    expect(spans('Lavrov said Russia has been forced to defend its compatriots and its own security.', 'victimhood'))
      .toContain('forced to defend its compatriots');
  });
});

describe('deceived again (qa28)', () => {
  it('the West trying to deceive us again', () => {
    expect(spans('Lavrov said the West is trying to deceive us again with talk of a ceasefire in Ukraine.', 'victimhood'))
      .toContain('West is trying to deceive us');
  });
});
