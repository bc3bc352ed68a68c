import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** The speaker of the first annotation of a text (every text here has one quoted marker). */
const speaker = (text: string) => analyze(text).annotations[0]?.speaker;

describe('a bare title is named after the one holder the text has named (resolve-titles.ts)', () => {
  it('adds the name of the office holder the text named before, in brackets', () => {
    expect(speaker('Vladimir Putin had a telephone conversation with Donald Trump. The Russian President noted that "the root causes of the crisis" must be eliminated.'))
      .toBe('Russian President (Vladimir Putin)');
    expect(speaker('Vladimir Putin had a telephone conversation with President of the United States Donald Trump. The American leader said the war "should never have started".'))
      .toBe('American leader (Donald Trump)');
    expect(speaker('Prime Minister Narendra Modi spoke with President Zelenskyy. Prime Minister reiterated that "the root causes" must be addressed.'))
      .toBe('Prime Minister (Narendra Modi)');
    expect(speaker('Prime Minister Jan Novak met the press. The Prime Minister said "the Kyiv regime" cannot be trusted.')).toBe('Prime Minister (Jan Novak)');
  });
  it('leaves a title as written when two people could hold it, or none of its country was named', () => {
    expect(speaker('Today, President Trump and President Putin spoke. The President said the war "should never have started".')).toBe('President');
    expect(speaker('President Trump spoke to reporters. The Russian President said "the root causes of the crisis" must be eliminated.')).toBe('Russian President');
    expect(speaker('Foreign Minister Andrii Sybiha met his British counterpart. The Foreign Secretary said "the Kyiv regime" is a Russian slur.')).toBe('Foreign Secretary');
    expect(speaker('The Russian President said "the root causes of the crisis" must be eliminated. Vladimir Putin then left.')).toBe('Russian President');
  });
});
