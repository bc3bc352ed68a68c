import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 30 (lexicons only): the Kremlin answers the human cost in its own words by calling it
 * invented, staged, fabricated, a hoax or lies ("the Kyiv regime invented the civilian casualties in
 * Bucha"). That is a denial of the human cost, not an appeal to it (victimhood's vic-staged marks the
 * denial), so the casualty, killing and deported-children markers carry an `unless` for it. Ukraine's
 * answer to the denial keeps its appeal.
 */
const spans = (text: string) =>
  analyze(text).annotations.filter((a) => a.category === 'humanitarian-appeal' && isPredictedSpan(a)).map((a) => a.text);

describe('the human cost called staged is no appeal to it (qa30)', () => {
  it.each([
    'Zakharova claimed the Kyiv regime invented the civilian casualties in Bucha.',
    'Moscow called the reports of civilian deaths in Bucha a staged provocation.',
    'The Russian embassy said the so-called massacre of civilians in Bucha was fabricated by Kyiv.',
    'Lavrov said reports of the deportation of Ukrainian children are lies.',
    'The Kremlin said the deaths of civilians in Kramatorsk were staged by Kyiv.',
    'Russia\'s envoy called the killing of civilians in Bucha a hoax.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
  it('the appeal and the answer to the denial still fire', () => {
    expect(spans('Zelensky said Russia\'s claim that the Bucha massacre was staged cannot hide the killing of civilians.')).toContain('killing of civilians');
    expect(spans('Kyiv said the massacre of civilians in Bucha was no fake: the bodies lay in the streets.')).toContain('massacre of civilians');
    expect(spans('Ukraine said Russian troops killed hundreds of civilians in Bucha.')).toContain('killed hundreds of civilians');
    expect(spans('Thousands of Ukrainian children have been deported to Russia, the ombudsman said.').length).toBeGreaterThan(0);
    expect(spans('The UN documented civilian casualties in Kharkiv after the strike.')).toContain('civilian casualties');
  });
});
