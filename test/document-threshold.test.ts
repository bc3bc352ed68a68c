import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { DEFAULT_THRESHOLD, OFF_TOPIC_FACTOR, scoreAnnotation } from '../src/pipeline/score.js';
import { summarizeCategories } from '../src/pipeline/summarize.js';
import type { Annotation } from '../src/types.js';

describe('document threshold', () => {
  it('lies above the most an off-topic text can score in a category, so an off-topic text detects nothing', () => {
    expect(DEFAULT_THRESHOLD).toBe(0.35);
    const strongest = scoreAnnotation(1, [{ modifier: 'boosted', cue: 'firmly' }], false).score;
    expect(strongest).toBeCloseTo(OFF_TOPIC_FACTOR, 10);
    const annotation = (id: string) => ({ id, category: 'root-causes', voice: 'author', score: strongest, explanation: { factors: [{ factor: 'off-topic', cue: null, effect: 'x0.3', value: strongest }] } }) as unknown as Annotation;
    const summary = summarizeCategories([annotation('a1'), annotation('a2'), annotation('a3')], DEFAULT_THRESHOLD);
    expect(summary['root-causes']).toMatchObject({ score: strongest, count: 3, detected: false });
  });
  it('detects a category in a war text from one marker of weight 0.35 to 0.4, which the old threshold of 0.4 left out', () => {
    const text = 'The leaders discussed the war in Ukraine in a positive conversation.'; // cc-good-call, weight 0.35
    const result = analyze(text);
    expect(result.threshold).toBe(0.35);
    expect(result.categories['credit-claiming']).toMatchObject({ score: 0.35, count: 1, detected: true });
    expect(analyze(text, { threshold: 0.4 }).categories['credit-claiming'].detected).toBe(false);
  });
});
