import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { nearSentences } from '../src/compare/near.js';
import type { CompareSide } from '../src/compare/types.js';

const side = (text: string): CompareSide => ({ text, result: analyze(text) });
const pairs = (a: string, b: string) => nearSentences(side(a), side(b)).map((p) => [p.a.text, p.b.text, p.similarity]);

const A = 'The presidents discussed the exchange of prisoners in Istanbul. Putin stressed the root causes of the crisis. The weather was fine.';
const B = 'The two presidents discussed a new exchange of prisoners in Istanbul. Macron stressed that Ukraine must be at the table. It rained.';

describe('near sentences on long and repetitive texts (compare/near.ts)', () => {
  it('finds the same pairs when each side is one text pasted many times', () => {
    const once = pairs(A, B);
    expect(once.length).toBeGreaterThan(0);
    const many = (t: string) => Array.from({ length: 40 }, () => t).join('\n\n');
    expect(pairs(many(A), many(B))).toEqual(once);
  });
  it('still pairs sentences in a long text whose common words are in most sentences', () => {
    const filler = Array.from({ length: 600 }, (_, i) => `The committee of the region met on day ${i} of the season.`).join(' ');
    const found = pairs(`${filler} ${A}`, `${B} ${filler.replace(/committee/g, 'council')}`);
    expect(found.map((p) => p[0])).toContain('The presidents discussed the exchange of prisoners in Istanbul.');
  });
});
