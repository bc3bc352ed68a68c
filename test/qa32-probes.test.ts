import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 32 (lexicons only): phrasings of economic inducement, credit claiming and loaded language in
 * readouts of 2025-2026 (the 28-point plan, Dmitriev's and Witkoff's US-Russian projects, Kremlin and
 * White House praise of the talks, Zakharova's and Ukrainian invective) that the lexicons missed; the same
 * words in other domains and negated frames stay silent.
 */
const spans = predictedSpans;

describe('economic inducement (qa32)', () => {
  it('Russia reintegrated into the global economy', () => {
    expect(spans('Russia would be reintegrated into the global economy under the 28-point plan.', 'economic-inducement'))
      .toContain('Russia would be reintegrated into the global economy');
  });
  it('a deal with the US on rare earths', () => {
    expect(spans('Trump posted that Russia wants to do a deal with the US on rare earths.', 'economic-inducement'))
      .toContain('deal with the US on rare earths');
  });
  it('companies that left the Russian market lost billions', () => {
    expect(spans('Putin noted that American companies that left the Russian market lost some 300 billion dollars.', 'economic-inducement'))
      .toContain('companies that left the Russian market lost some 300 billion dollars');
  });
  it('jointly developing Arctic oil and gas fields', () => {
    expect(spans('Dmitriev said the two countries could jointly develop Arctic oil and gas fields.', 'economic-inducement'))
      .toContain('jointly develop Arctic oil and gas fields');
  });
  it('a tunnel linking Russia and Alaska', () => {
    expect(spans('Dmitriev hailed the prospect of a Putin-Trump tunnel linking Russia and Alaska.', 'economic-inducement'))
      .toContain('tunnel linking Russia and Alaska');
  });
  it('the US getting its money back', () => {
    expect(spans('Trump said the US would get its money back through the rare earth deal with Ukraine.', 'economic-inducement'))
      .toContain('US would get its money back');
  });
  it('negated frames and other domains are silent', () => {
    expect(spans('Kyiv said there will be no deal with Moscow on minerals.', 'economic-inducement')).toEqual([]);
    expect(spans('The US will not lift sanctions on Russia, Rubio said.', 'economic-inducement')).toEqual([]);
    expect(spans('The customer will get his money back, the shop said.', 'economic-inducement')).toEqual([]);
  });
});

describe('credit claiming (qa32)', () => {
  it('good personal chemistry between the presidents', () => {
    expect(spans('Peskov said Putin and Trump have good personal chemistry.', 'credit-claiming'))
      .toContain('Putin and Trump have good personal chemistry');
  });
  it('among the most meaningful talks in years', () => {
    expect(spans('The Kremlin said the talks with the Americans on Ukraine were among the most meaningful in years.', 'credit-claiming'))
      .toContain('most meaningful in years');
  });
  it('a very positive step forward', () => {
    expect(spans('The White House readout called the Ukraine talks a very positive step forward.', 'credit-claiming'))
      .toContain('positive step forward');
  });
  it('deserves full credit for the prisoner exchange', () => {
    expect(spans('Zelensky said Trump deserves full credit for the prisoner exchange.', 'credit-claiming'))
      .toContain('deserves full credit for the prisoner exchange');
  });
  it('a high level of mutual understanding between the presidents', () => {
    expect(spans('The Russian side noted the high level of mutual understanding between the presidents.', 'credit-claiming'))
      .toContain('high level of mutual understanding between the presidents');
  });
  it('negated claims and other domains are silent', () => {
    expect(spans('The talks with Russia in Riyadh did not go remarkably well, Ukrainian diplomats said.', 'credit-claiming')).toEqual([]);
    expect(spans('The goalkeeper deserves credit for the clean sheet.', 'credit-claiming')).toEqual([]);
    expect(spans('The new drug is a step forward in treating cancer.', 'credit-claiming')).toEqual([]);
  });
});

describe('loaded language (qa32)', () => {
  it('economic banditry', () => {
    expect(spans('The Russian embassy called the sanctions an act of economic banditry.', 'loaded-language')).toContain('economic banditry');
  });
  it('a dirty information war', () => {
    expect(spans('The Kremlin said London is waging a dirty information war against Russia.', 'loaded-language')).toContain('dirty information war');
  });
  it('drowning in their own lies', () => {
    expect(spans('Zakharova said Western elites were drowning in their own lies about Russia.', 'loaded-language')).toContain('drowning in their own lies');
  });
  it('outright insulting; rabidly hostile', () => {
    expect(spans('Zelensky called the Russian proposals outright insulting.', 'loaded-language')).toContain('outright insulting');
    expect(spans('Zakharova said the Brussels establishment is rabidly hostile to everything Russian.', 'loaded-language')).toContain('rabidly hostile');
  });
  it('technical and everyday uses are silent', () => {
    expect(spans('The Ukrainian central bank fined a Kyiv lender for predatory lending practices.', 'loaded-language')).toEqual([]);
    expect(spans('The boxer was insulting the referee.', 'loaded-language')).toEqual([]);
    expect(spans('A horror film about the war in Ukraine opens in Kyiv cinemas on Friday.', 'loaded-language')).toEqual([]);
  });
});
