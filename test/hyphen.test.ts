import { describe, expect, it } from 'vitest';
import { isHyphen } from '../src/pipeline/hyphen.js';
import { analyze } from '../src/analyze.js';

describe('isHyphen', () => {
  it('accepts hyphen-minus, U+2010 and U+2011, not dashes', () => {
    expect(['-', '\u2010', '\u2011'].map(isHyphen)).toEqual([true, true, true]);
    expect(['–', '—', '', '--'].map(isHyphen)).toEqual([false, false, false, false]);
  });
  it('gives a span with a U+2010 hyphen the same words as with a hyphen-minus', () => {
    const spans = (text: string) => analyze(text).annotations.map((a) => [a.category, a.start, a.end]);
    for (const text of ['Russian missiles struck residential high-rise buildings in Kharkiv.', 'The so-called Kyiv regime is a neo-Nazi junta.']) {
      expect(spans(text).length, text).toBeGreaterThan(0);
      expect(spans(text.replace(/-/g, '\u2010')), text).toEqual(spans(text));
      expect(spans(text.replace(/-/g, '\u2011')), text).toEqual(spans(text));
    }
  });
});
