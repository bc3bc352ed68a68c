import { describe, expect, it } from 'vitest';
import { binIndex, calibration } from '../src/eval/calibration.js';
import { docMetric } from '../src/eval/doc-metric.js';
import { prf } from '../src/eval/prf.js';
import { coveredLength, mergeIntervals, spanMetric, type LabelledSpan } from '../src/eval/span-metric.js';
import { voiceAgreement } from '../src/eval/voice.js';
import { isPredictedSpan } from '../src/eval/evaluate.js';
import { checkTargets } from '../src/eval/targets.js';
import { formatTarget } from '../src/eval/format-report.js';

const span = (start: number, end: number, category: LabelledSpan['category'] = 'peace-process'): LabelledSpan => ({ start, end, category });

describe('interval helpers', () => {
  it('merges overlapping and touching intervals', () => {
    expect(mergeIntervals([span(5, 8), span(0, 3), span(2, 4), span(8, 9)])).toEqual([[0, 4], [5, 9]]);
  });
  it('counts covered characters', () => {
    expect(coveredLength(2, 7, [[0, 3], [5, 6], [9, 12]])).toBe(2);
  });
});

describe('span metric (SemEval-2020 Task 11, partial credit)', () => {
  it('gives 1/1/1 for exact matches', () => {
    const t = spanMetric([{ predicted: [span(0, 10)], gold: [span(0, 10)] }]);
    expect(t.categories['peace-process']).toMatchObject({ precision: 1, recall: 1, f1: 1, predicted: 1, gold: 1 });
  });

  it('gives partial credit by the share of characters that overlap', () => {
    // predicted [0,10), gold [5,25): overlap 5 -> P = 5/10, R = 5/20
    const t = spanMetric([{ predicted: [span(0, 10)], gold: [span(5, 25)] }]);
    const c = t.categories['peace-process'];
    expect(c.precision).toBe(0.5);
    expect(c.recall).toBe(0.25);
    expect(c.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75, 4);
  });

  it('gives no credit across categories', () => {
    const t = spanMetric([{ predicted: [span(0, 10, 'loaded-language')], gold: [span(0, 10, 'victimhood')] }]);
    expect(t.categories['loaded-language']).toMatchObject({ precision: 0, recall: null, f1: 0, predicted: 1, gold: 0 });
    expect(t.categories.victimhood).toMatchObject({ precision: null, recall: 0, f1: 0, predicted: 0, gold: 1 });
    expect(t.micro).toMatchObject({ precision: 0, recall: 0, f1: 0, predicted: 1, gold: 1 });
  });

  it('averages over spans: one exact hit and one miss halve precision', () => {
    const t = spanMetric([{ predicted: [span(0, 4), span(20, 30)], gold: [span(0, 4)] }]);
    expect(t.categories['peace-process']).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('caps a span at full credit when it overlaps several spans of the other side', () => {
    // gold [0,10) is covered by two overlapping predictions; recall credit is the covered share, 1, not 1.5
    const t = spanMetric([{ predicted: [span(0, 6), span(4, 10)], gold: [span(0, 10)] }]);
    expect(t.categories['peace-process'].recall).toBe(1);
    expect(t.categories['peace-process'].precision).toBe(1);
  });

  it('counts exact duplicate predictions once', () => {
    const t = spanMetric([{ predicted: [span(0, 4), span(0, 4)], gold: [span(0, 4)] }]);
    expect(t.categories['peace-process'].predicted).toBe(1);
  });

  it('pools credits for micro and averages F1 over occurring categories for macro', () => {
    const t = spanMetric([
      { predicted: [span(0, 10)], gold: [span(0, 10)] },
      { predicted: [span(0, 10, 'fear-appeal')], gold: [span(5, 15, 'fear-appeal'), span(40, 50, 'fear-appeal')] },
    ]);
    // peace-process: P 1, R 1, F1 1. fear-appeal: P 0.5, R (0.5 + 0)/2 = 0.25, F1 1/3.
    expect(t.categories['fear-appeal']).toMatchObject({ precision: 0.5, recall: 0.25, f1: 0.3333 });
    expect(t.micro).toMatchObject({ precision: 0.75, recall: 0.5, predicted: 2, gold: 3 });
    expect(t.micro.f1).toBeCloseTo(0.6, 4);
    expect(t.macro.categories).toBe(2);
    expect(t.macro.f1).toBeCloseTo((1 + 1 / 3) / 2, 3);
    expect(t.categories.victimhood).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('scores nothing predicted against gold as recall and F1 zero, precision n/a (0 of 0 is undefined)', () => {
    expect(prf(0, 0, 0, 3)).toEqual({ precision: null, recall: 0, f1: 0, predicted: 0, gold: 3 });
  });

  it('scores predictions without gold as precision and F1 zero, recall n/a', () => {
    expect(prf(0, 2, 0, 0)).toEqual({ precision: 0, recall: null, f1: 0, predicted: 2, gold: 0 });
  });

  it('averages each macro figure over the categories where it is defined', () => {
    // peace-process found (P 1, R 1); fear-appeal predicted without gold (P 0, R n/a); victimhood gold never predicted (P n/a, R 0); the rest absent
    const t = spanMetric([{ predicted: [span(0, 10), span(20, 30, 'fear-appeal')], gold: [span(0, 10), span(40, 50, 'victimhood')] }]);
    expect(t.categories['fear-appeal']).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(t.categories.victimhood).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(t.categories['loaded-language']).toMatchObject({ precision: null, recall: null, f1: null });
    expect(t.macro).toEqual({ precision: 0.5, recall: 0.5, f1: 0.3333, categories: 3 });
  });
});

describe('document metric', () => {
  it('counts true and false positives and negatives per category', () => {
    const t = docMetric([
      { detected: ['peace-process', 'victimhood'], gold: ['peace-process'] },
      { detected: [], gold: ['peace-process'] },
      { detected: [], gold: [] },
    ]);
    expect(t.categories['peace-process']).toMatchObject({ precision: 1, recall: 0.5, predicted: 1, gold: 2 });
    expect(t.categories['peace-process'].f1).toBeCloseTo(2 / 3, 4);
    expect(t.categories.victimhood).toMatchObject({ precision: 0, recall: null, f1: 0, predicted: 1, gold: 0 });
    // micro: tp 1, predicted 2, gold 2 -> P = R = F1 = 0.5
    expect(t.micro).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(t.macro.f1).toBeCloseTo((2 / 3 + 0) / 2, 3);
  });
});

describe('calibration', () => {
  it('bins scores with the last bin closed at 1', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(binIndex)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
  it('gives the share of annotations that overlap a gold span of their category', () => {
    const gold = [span(0, 10)];
    const bins = calibration([
      { annotation: { ...span(2, 5), score: 0.9 }, gold },
      { annotation: { ...span(20, 25), score: 0.85 }, gold },
      { annotation: { ...span(0, 10, 'victimhood'), score: 0.1 }, gold },
    ]);
    expect(bins.map((b) => [b.from, b.to, b.annotations, b.matched, b.precision])).toEqual([
      [0, 0.2, 1, 0, 0], [0.2, 0.4, 0, 0, null], [0.4, 0.6, 0, 0, null], [0.6, 0.8, 0, 0, null], [0.8, 1, 2, 1, 0.5],
    ]);
  });
});

describe('voice agreement and predicted spans', () => {
  it('compares with the gold span of most overlap', () => {
    const v = voiceAgreement([{
      predicted: [{ ...span(0, 10), voice: 'quoted' }, { ...span(30, 40), voice: 'author' }, { ...span(60, 70), voice: 'author' }],
      gold: [{ ...span(0, 2), voice: 'author' }, { ...span(2, 10), voice: 'quoted' }, { ...span(30, 40), voice: 'reported' }],
    }]);
    expect(v).toEqual({ matched: 2, agree: 1, share: 0.5 });
  });
  it('does not count negated annotations as predicted spans', () => {
    expect(isPredictedSpan({ modifiers: ['negated', 'hedged'], score: 0.9 })).toBe(false);
    expect(isPredictedSpan({ modifiers: ['boosted'], score: 0.9 })).toBe(true);
  });
  it('does not count annotations scored under the floor, which is 0.2 by default and can be lowered to 0', () => {
    expect(isPredictedSpan({ modifiers: ['off-topic'], score: 0.105 })).toBe(false);
    expect(isPredictedSpan({ modifiers: [], score: 0.2 })).toBe(true);
    expect(isPredictedSpan({ modifiers: ['off-topic'], score: 0.105 }, 0)).toBe(true);
  });
});

describe('targets', () => {
  it('checks the issue targets against measured figures', () => {
    const doc = docMetric([{ detected: ['peace-process'], gold: ['peace-process'] }]);
    const spans = spanMetric([{ predicted: [span(0, 10)], gold: [span(0, 20)] }]);
    const bins = calibration([{ annotation: { ...span(0, 10), score: 0.9 }, gold: [span(0, 20)] }]);
    const t = checkTargets({ span: spans, document: doc, calibration: bins, controls: { texts: 2, withDetections: 1 } });
    expect(t.map((x) => [x.name, x.measured, x.met])).toEqual([
      ['document micro-F1', 1, true],
      ['document macro-F1', 1, true],
      ['span micro-F1', 0.6667, false],
      ['control texts with a detected category', 1, false],
      ['precision of annotations scored >= 0.8', 1, true],
    ]);
    expect(t.map((x) => x.unit)).toEqual(['share', 'share', 'share', 'texts', 'share']);
    // the text report prints a share of 1 as 1.000 (it printed "1", unlike every other figure) and a count of texts whole
    expect(t.map(formatTarget)).toEqual([
      '  met      document micro-F1: 1.000 (target >= 0.9)',
      '  met      document macro-F1: 1.000 (target >= 0.85)',
      '  not met  span micro-F1: 0.667 (target >= 0.75)',
      '  not met  control texts with a detected category: 1 (target <= 0)',
      '  met      precision of annotations scored >= 0.8: 1.000 (target >= 0.8)',
    ]);
    const noControls = checkTargets({ span: spans, document: doc, calibration: bins, controls: { texts: 0, withDetections: 0 } });
    expect(noControls[3]).toMatchObject({ measured: null, met: false }); // a split without controls cannot show the target met
  });
});
