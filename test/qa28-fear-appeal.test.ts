import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 28 on readouts of 2025-2026 events (lexicons only): the threats of the Tomahawk debate of
 * 2025 that the fear-appeal lexicon missed.
 */
const spans = predictedSpans;

describe('veiled threats and escalation (qa28)', () => {
  it('could end badly for everyone', () => {
    expect(spans('Medvedev warned that the supply of Tomahawk missiles to Kiev could end badly for everyone, especially Trump.', 'fear-appeal'))
      .toContain('Tomahawk missiles to Kiev could end badly for everyone');
  });
  it("Russia's Dead Hand system", () => {
    expect(spans("Medvedev reminded the West of Russia's Dead Hand system after Trump's warning on Ukraine.", 'fear-appeal'))
      .toContain("Russia's Dead Hand system");
  });
  it('direct NATO participation in the war', () => {
    expect(spans('Putin said strikes on Russian territory with Western long-range weapons would mean direct NATO participation in the war.', 'fear-appeal'))
      .toContain('direct NATO participation in the war');
  });
  it('stays silent on bureaucracy and football', () => {
    expect(spans('The minister said the reform will free business from the dead hand of bureaucracy in Russia and Ukraine.', 'fear-appeal')).toEqual([]);
    expect(spans('The derby could end badly for the home side, Shakhtar Donetsk fans fear.', 'fear-appeal')).toEqual([]);
  });
});

describe('patience (qa28)', () => {
  it('"should not test Russia\'s patience" carries its own negator', () => {
    expect(spans("The West should not test Russia's patience, Putin added.", 'fear-appeal')).toContain("should not test Russia's patience");
  });
});

describe('has become a party to the conflict (qa28)', () => {
  it('the European Union that has become a party to the conflict', () => {
    expect(spans('Zakharova said the European Union has become a party to the conflict in Ukraine.', 'fear-appeal'))
      .toContain('European Union has become a party to the conflict');
  });
});

describe('ending badly needs a step of the war (qa28)', () => {
  it('a merger that could end badly for everyone is no threat', () => {
    expect(spans("The merger could end badly for everyone in Ukraine's banking sector, analysts in Kyiv warned.", 'fear-appeal')).toEqual([]);
  });
});
