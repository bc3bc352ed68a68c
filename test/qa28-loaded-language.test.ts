import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 28 on readouts of 2025-2026 events (lexicons only): charged wording of the Russian MFA,
 * of Trump's posts and of Kyiv's foreign ministry that the loaded-language lexicon missed.
 */
const spans = predictedSpans;

describe('charged wording (qa28)', () => {
  it('prolonging the agony of the Kiev regime', () => {
    expect(spans('The collective West continues to arm Ukraine, prolonging the agony of the Kiev regime, Zakharova said.', 'loaded-language'))
      .toContain('prolonging the agony of the Kiev regime');
  });
  it('stuffing Zelensky with arms', () => {
    expect(spans('The Europeans are stuffing Zelensky with arms to keep the hostilities in Ukraine going.', 'loaded-language'))
      .toContain('stuffing Zelensky with arms');
  });
  it('Sleepy Joe', () => {
    expect(spans('Sleepy Joe got us into this mess with Russia and Ukraine, and I am getting us out.', 'loaded-language'))
      .toContain('Sleepy Joe');
  });
  it('laughing in the face of the world', () => {
    expect(spans('Putin is laughing in the face of the world while his missiles hit Kyiv.', 'loaded-language'))
      .toContain('laughing in the face of the world');
  });
  it('stays silent on a patient in agony and a crowd laughing at a joke', () => {
    expect(spans('The patient from Kyiv was in agony after the fall, the Ukrainian minister said.', 'loaded-language')).toEqual([]);
    expect(spans('The crowd in Kyiv laughed at the joke, the Ukrainian minister said.', 'loaded-language')).toEqual([]);
  });
});

describe('second round of probes (qa28)', () => {
  it('a typical Russian lie, a memorandum described as an ultimatum, swallowing Ukraine', () => {
    expect(spans('Kyiv dismissed the claim as a typical Russian lie designed to undermine the peace talks.', 'loaded-language'))
      .toContain('typical Russian lie');
    expect(spans('Ukrainian negotiators described the Russian memorandum as an ultimatum.', 'loaded-language'))
      .toContain('described the Russian memorandum as an ultimatum');
    expect(spans('Putin does not want peace; he wants to swallow Ukraine, Kallas said.', 'loaded-language'))
      .toContain('swallow Ukraine');
  });
  it('a python swallowing a rabbit in the Kyiv zoo is no conquest', () => {
    expect(spans('The python in the Kyiv zoo swallowed the rabbit whole, the Ukrainian keepers said.', 'loaded-language')).toEqual([]);
  });
});

describe('bombing the hell out of (qa28)', () => {
  it('the span keeps the target', () => {
    expect(spans('Trump wrote that Russia was "bombing the hell out of Kyiv" and that Putin had gone crazy.', 'loaded-language'))
      .toContain('bombing the hell out of Kyiv');
  });
});

describe('ultimatums imposed (qa28)', () => {
  it('"tried to impose its ultimatums"', () => {
    expect(spans('Yermak said the Russian side once again tried to impose its ultimatums instead of discussing a ceasefire.', 'loaded-language'))
      .toContain('impose its ultimatums');
  });
});
