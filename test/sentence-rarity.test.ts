import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/lexicon/pattern.js';
import { rarity } from '../src/lexicon/sentence-rarity.js';
import { SENTENCES } from '../src/lexicon/sentence-frequency.js';
import { wordKey } from '../src/pipeline/normalize.js';

describe('sentence rarity (how the index keys patterns)', () => {
  it('measures how often dev sentences hold a word: "the" near always, a field word often, a rare word seldom', () => {
    const the = rarity([wordKey('the')], []);
    const russia = rarity([wordKey('Russia')], []);
    const operation = rarity([wordKey('operation')], []);
    expect(the).toBeGreaterThan(0.5);
    expect(russia).toBeGreaterThan(operation);
    expect(operation).toBeLessThan(0.05);
  });
  it('counts a word no dev sentence holds as rarest, any word of a part of speech as every sentence, and a list as the sum of its words', () => {
    expect(rarity(['zyxquux'], [])).toBe(1 / SENTENCES);
    expect(rarity([], [], true)).toBe(1);
    expect(rarity([wordKey('talks'), wordKey('meeting')], [])).toBeCloseTo(rarity([wordKey('talks')], []) + rarity([wordKey('meeting')], []), 10);
  });
  it('anchors a pattern at its rarest required word, and checks the rarest must-words first', () => {
    const plan = compilePattern("russia's (special)? military operation").plan!;
    expect(plan.keyedBy.keys).toEqual([wordKey('operation')]);
    expect(plan.before).toEqual([3, 4]); // russia, 's, (special), military
    const must = compilePattern('ukraine (must|should) (renounce|abandon) nato').plan!.must;
    const shares = must.map((m) => rarity(m.keys, m.exact));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});
