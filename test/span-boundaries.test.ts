import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** The span text of the first annotation of a category, with the built-in lexicon. */
const spanOf = (text: string, category: string) => analyze(text).annotations.find((a) => a.category === category)?.text;

describe('spans start and end on whole hyphenated words (whole-words)', () => {
  it('takes the whole word when a match ends inside one', () => {
    expect(spanOf('The talks were held in a friendly and trust-based atmosphere.', 'credit-claiming')).toBe('friendly and trust-based atmosphere');
    expect(spanOf('Moscow demanded the lifting of sanctions on Russian-flagged vessels.', 'economic-inducement')).toBe('lifting of sanctions on Russian-flagged vessels');
  });
  it('takes the whole word when a match starts inside one', () => {
    expect(spanOf('They praised the peace-loving Zelensky regime for nothing.', 'delegitimization')).toBe('peace-loving Zelensky regime');
    expect(spanOf('Twenty-eight people were killed, among them a child.', 'humanitarian-appeal')).toBe('Twenty-eight people were killed, among them a child');
  });
  it('does not join words across a spaced dash', () => {
    expect(spanOf('They praised the peace - Zelensky regime for nothing.', 'delegitimization')).toBe('Zelensky regime');
  });
});

describe('a match that starts on one of coordinated adjectives takes the others (coordinated-adjectives)', () => {
  it('takes adjectives joined by "and" or listed with commas before the conjunction', () => {
    expect(spanOf('Both leaders called for a solid and lasting settlement of the conflict.', 'peace-process')).toBe('solid and lasting settlement of the conflict');
    expect(spanOf('We demand a full, immediate and unconditional ceasefire.', 'peace-process')).toBe('full, immediate and unconditional ceasefire');
    expect(spanOf('It was a positive, very substantive and frank conversation.', 'credit-claiming')).toBe('positive, very substantive and frank conversation');
  });
  it('takes the coordinated adjectives of a predicate that is adjectives alone', () => {
    expect(spanOf('In Ukraine, the strikes on Kyiv were horrific and unconscionable.', 'loaded-language')).toBe('horrific and unconscionable');
    expect(spanOf('On the war in Ukraine, these accusations are absolutely absurd and baseless.', 'loaded-language')).toBe('absolutely absurd and baseless');
  });
  it('leaves an adjective alone when the match is a predicate with more than adjectives, and a comma list no conjunction closes', () => {
    expect(spanOf('Such a settlement must be sustainable and acceptable to all sides.', 'blame-shifting')).toBe('acceptable to all sides');
    expect(spanOf('The weather was cold, lasting settlement of the conflict came later.', 'peace-process')).toBe('lasting settlement of the conflict');
  });
  it('takes an adverb before the first adjective, but never one that changes its meaning', () => {
    expect(spanOf('Both leaders called for a truly solid and lasting settlement of the conflict.', 'peace-process')).toBe('truly solid and lasting settlement of the conflict');
    expect(spanOf('Both leaders called for a never solid and lasting settlement of the conflict.', 'peace-process')).toBe('solid and lasting settlement of the conflict');
    expect(spanOf('Both leaders called for a nearly solid and lasting settlement of the conflict.', 'peace-process')).toBe('solid and lasting settlement of the conflict');
  });
});

describe('a match that ends on an adjective coordinated with another modifier runs on to the head noun (complete-phrase)', () => {
  it('takes "and" and the modifier after it when a noun ends the run', () => {
    expect(spanOf('The deal would restore access to the world market for agricultural and fertiliser exports.', 'economic-inducement')).toBe('access to the world market for agricultural and fertiliser exports');
  });
});

describe('a span does not end on an auxiliary or relative word, nor begin on a word a comma parts from it (trim-span-ends)', () => {
  it('leaves out the words a pattern holds only to be precise', () => {
    expect(spanOf('Vladimir Putin stressed that any settlement must eliminate the causes of the war.', 'peace-process')).toBe('any settlement');
    expect(spanOf('Moscow wants a settlement that leaves Ukraine without allies.', 'peace-process')).toBe('settlement');
  });
  it('leaves out a leading word before a comma, but keeps a list of adjectives', () => {
    expect(spanOf('Russia launched 400 drones at Kyiv overnight, killing 12 civilians, Zelensky said.', 'humanitarian-appeal')).toBe('killing 12 civilians');
    expect(spanOf('Lavrov said Ukraine must accept a neutral, non-bloc status.', 'maximalist-demands')).toBe('neutral, non-bloc status');
  });
});
