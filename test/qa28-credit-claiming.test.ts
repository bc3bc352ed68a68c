import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';
import { analyze } from '../src/analyze.js';

/**
 * QA pass 28 on readouts of 2025-2026 events (lexicons only): a summit self-rated "ten out of ten",
 * and two credit-claiming misfires: "real negotiations" read as a "real negotiator" (one Porter stem),
 * and any "very good" thing (a football season) read as hyped talks.
 */
const spans = predictedSpans;

describe('a meeting rated ten out of ten (qa28)', () => {
  it('rated the meeting a ten out of ten; the meeting was a 10 out of 10', () => {
    expect(spans('Trump, however, rated the meeting a ten out of ten after the summit with Putin in Alaska.', 'credit-claiming'))
      .toEqual(['rated the meeting a ten out of ten']);
    expect(spans('The meeting with Putin was a 10 out of 10, Trump told reporters after the talks on Ukraine.', 'credit-claiming'))
      .toContain('meeting with Putin was a 10 out of 10');
  });
});

describe('no credit claimed (qa28)', () => {
  it('"real negotiations" is no self-styled negotiator', () => {
    expect(spans('Only strength can force Russia into real negotiations, the Ukrainian minister said.', 'credit-claiming')).toEqual([]);
  });
  it('a "very productive first season" is no hyped talk', () => {
    expect(analyze("The club's new owners called it a very productive first season, and the war in Ukraine did not stop the fans.")
      .annotations.filter((a) => a.category === 'credit-claiming')).toEqual([]);
  });
});

describe('a relationship that has always been good (qa28)', () => {
  it('"I have always had a very good relationship with Vladimir"', () => {
    expect(spans('"I have always had a very good relationship with Vladimir, but something has happened to him," Trump said of Putin.', 'credit-claiming'))
      .toContain('I have always had a very good relationship with Vladimir');
  });
});

describe('talks that were a success (qa28)', () => {
  it('"the talks had been a success"', () => {
    expect(spans('Dmitriev wrote that "dialogue is winning" and that the talks with Witkoff had been a success.', 'credit-claiming'))
      .toContain('talks with Witkoff had been a success');
  });
});

describe('battlefield credit (qa28)', () => {
  it('the initiative on Russia\'s side; thanks to the heroism of our soldiers', () => {
    expect(spans("Putin told reporters that the initiative was entirely on Russia's side in Ukraine.", 'credit-claiming'))
      .toContain("initiative was entirely on Russia's side");
    expect(spans('Thanks to the heroism of our soldiers, the enemy is retreating along the entire front line in Ukraine, Putin said.', 'credit-claiming'))
      .toContain('Thanks to the heroism of our soldiers');
  });
});
