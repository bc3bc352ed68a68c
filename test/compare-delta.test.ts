import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { formatDelta } from '../src/compare/delta.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import type { CompareResult } from '../src/compare/types.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { compareSide as side } from './helpers.js';

describe('compare: the B - A column agrees with the two scores printed beside it', () => {
  it('formatDelta: no "-0.00" or "+0.00", and the difference of the rounded scores', () => {
    expect(formatDelta(1, 0.996)).toBe('0.00');
    expect(formatDelta(0.996, 1)).toBe('0.00');
    expect(formatDelta(0.344, 0.356)).toBe('+0.02'); // printed 0.34 and 0.36
    expect(formatDelta(0.85, 0)).toBe('-0.85');
    expect(formatDelta(0, 0.775)).toBe('+0.78'); // printed 0.00 and 0.78
    expect(formatDelta(0, 0)).toBe('0.00');
  });

  it('text, Markdown and the HTML chart print it so', () => {
    const A = side('The Kyiv regime refused.');
    const r: CompareResult = compare(A, A);
    r.categories.delegitimization = { a: 0.996, b: 0.992, delta: -0.004, detected: { a: true, b: true }, own: { a: 0.996, b: 0 } };
    expect(formatCompareText(r)).toMatch(/^delegitimization\s+1\.00\s+0\.99\s+-0\.01\s+1\.00\s+0\.00\s+A B$/m);
    r.categories.delegitimization = { a: 1, b: 0.996, delta: -0.004, detected: { a: true, b: true }, own: { a: 1, b: 0.5 } };
    expect(formatCompareText(r)).toMatch(/^delegitimization\s+1\.00\s+1\.00\s+0\.00\s+1\.00\s+0\.50\s+A B$/m);
    expect(formatCompareMarkdown(r)).toContain('| delegitimization | 1.00 | 1.00 | 0.00 |');
    expect(compareHtmlReport(r, A, A)).not.toContain('-0.00');
  });
});

describe('compare: each side\'s own words apart from what it reports', () => {
  it('scores the author voice on its own, so a readout that reports a demand does not look like one that makes it', () => {
    const a = side('The Kremlin demands a halt to arms supplies.');
    const r = compare(a, side('A halt to arms supplies is essential.'));
    for (const c of Object.values(r.categories)) {
      expect(c.own.a).toBeLessThanOrEqual(c.a);
      expect(c.own.b).toBeLessThanOrEqual(c.b);
    }
  });
});
