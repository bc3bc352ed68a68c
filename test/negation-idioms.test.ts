import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { ON_TOPIC } from './helpers.js';

const find = (sentence: string, category: string) => analyze(ON_TOPIC + sentence).annotations.find((a) => a.category === category);

describe('a negator inside a set phrase that asserts what follows does not negate it (negation-idioms.ts)', () => {
  it.each([
    ['There is no doubt that NATO expansion is the root cause of the crisis.', 'root-causes'],
    ['It is no coincidence that the Kyiv regime shelled the city.', 'delegitimization'],
    ['This is not a coincidence: the Kyiv regime shelled the city.', 'delegitimization'],
    ['It is no secret that the West wants to inflict a strategic defeat on Russia.', 'victimhood'],
    ['Trump wasted no time declaring the Istanbul exchange a personal triumph.', 'credit-claiming'],
    ['Russia spared no effort to sabotage the talks.', 'loaded-language'],
  ])('%s', (sentence, category) => {
    const a = find(sentence, category);
    expect(a).toBeDefined();
    expect(a!.modifiers).not.toContain('negated');
  });
  it('still negates what a plain "no" denies', () => {
    expect(find('Moscow made no concessions on the root causes of the crisis.', 'root-causes')?.modifiers).toContain('negated');
  });
});

describe('a negator that denies the grounds for a clause negates the frame in it', () => {
  it.each([
    'We have not seen any evidence that Russia intends to use nuclear weapons.',
    'Putin has given no indication that he is interested in negotiating in good faith.',
    'There is no evidence of genocide in Donbas, the UN said.',
  ])('%s', (sentence) => {
    const spans = analyze(ON_TOPIC + sentence).annotations.filter((a) => a.score >= 0.2);
    expect(spans).toEqual([]);
  });
  it('does not reach a frame in the next sentence', () => {
    const a = analyze(ON_TOPIC + 'There is no sign of a deal yet. Russia threatens to use nuclear weapons.').annotations.find((x) => x.category === 'fear-appeal');
    expect(a?.modifiers).not.toContain('negated');
  });
});

describe('a frame after "without" is the condition a negated settlement sets, not negated by it', () => {
  it.each([
    ['There can be no peace without eliminating the root causes of the conflict.', 'root-causes'],
    ["There can be no settlement without regard for Russia's security concerns.", 'root-causes'],
  ])('%s', (sentence, category) => {
    expect(find(sentence, category)?.modifiers).toEqual([]);
  });
});
