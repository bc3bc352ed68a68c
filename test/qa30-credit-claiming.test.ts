import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 30 (lexicons only): "the talks did not produce tremendous progress", "failed to produce a
 * breakthrough". The negator stands before a verb of yielding, which the engine's negation does not
 * reach across (by design: "we do not accept groundless accusations"), so the progress markers carry
 * an `unless` for a negated or failed yield. A boast with "never" ("never seen such progress") stays.
 */
const spans = (text: string) =>
  analyze(text).annotations.filter((a) => a.category === 'credit-claiming' && isPredictedSpan(a)).map((a) => a.text);

describe('progress denied is no progress claimed (qa30)', () => {
  it.each([
    'The meeting on Ukraine did not produce tremendous progress, the Ukrainian envoy said.',
    'Kyiv does not see great progress in the talks with Russia, Zelensky said.',
    'The Istanbul talks on Ukraine did not bring any real progress, the Ukrainian foreign minister said.',
    'The meeting on Ukraine did not yield significant progress, the EU envoy said.',
    'The Alaska summit failed to produce a breakthrough on Ukraine, European officials said.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
  it('the claims still fire', () => {
    expect(spans('Witkoff said the Ukraine talks in Miami had produced tremendous progress.')).toContain('tremendous progress');
    expect(spans('The White House said the summit on Ukraine was a historic breakthrough.')).toContain('historic breakthrough');
    expect(spans('We have never seen such tremendous progress on Ukraine, the envoy said.')).toContain('tremendous progress');
    expect(spans('The envoy said significant progress had been made in the Ukraine talks.')).toContain('significant progress');
  });
});
