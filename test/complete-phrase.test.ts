import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { testLexicon } from './helpers.js';

const texts = (text: string) => analyze(text, { lexicon: testLexicon() }).annotations.map((a) => a.text);

describe('a match that stops inside a noun phrase is carried on to its head noun (complete-phrase)', () => {
  it('takes the head noun after a match that ends on a modifier', () => {
    expect(texts('Both sides signed a ceasefire agreement in Geneva.')).toEqual(['ceasefire agreement']);
    expect(texts('He wants a ceasefire deal with long transitional arrangements signed.')).toEqual(['ceasefire deal']);
  });
  it('stays inside the clause, and leaves nouns of time and verbs read as nouns out', () => {
    expect(texts('They wanted a ceasefire, agreements and trade.')).toEqual(['ceasefire']);
    expect(texts('They agreed a ceasefire today.')).toEqual(['ceasefire']);
    expect(texts('Moscow violated the ceasefire dozens of times.')).toEqual(['ceasefire']); // a noun of number opens a phrase of its own
    expect(texts('They broke the ceasefire hundreds of times.')).toEqual(['ceasefire']);
    expect(texts('The ceasefire proposals point to a settlement.')).toEqual(['ceasefire proposals']); // a plural noun heads its phrase: "point" is its verb
    expect(texts('The ceasefire talks format was agreed.')).toEqual(['ceasefire talks format']); // unless it is a plural that modifies ("talks format", "arms supplies")
    expect(texts('They agreed a ceasefire.')).toEqual(['ceasefire']);
    expect(texts('They agreed a ceasefire/agreement text.')).toEqual(['ceasefire']); // a slash (or a tag, a bracket) between the words
    expect(texts('They agreed a cease-fire agreement.')).toEqual(['cease-fire agreement']);
  });
  it('takes a name only after a title or another name', () => {
    const blame = analyze('This war would never have happened if President Trump had been in office.').annotations.find((a) => a.category === 'blame-shifting');
    expect(blame?.text).toBe('would never have happened if President Trump');
    expect(texts('They accepted the ceasefire Kyiv had proposed.')).toEqual(['ceasefire']);
  });
  it('takes the second party after "between X and"', () => {
    const inducement = (text: string) => analyze(text).annotations.find((a) => a.category === 'economic-inducement')?.text;
    expect(inducement('They discussed mutually beneficial cooperation between Russia and the United States in energy.')).toBe('mutually beneficial cooperation between Russia and the United States');
    expect(inducement('They discussed mutually beneficial cooperation between Russia and its neighbours.')).toBe('mutually beneficial cooperation between Russia');
  });
  it('does not carry a match out of a quotation into the words after it', () => {
    expect(texts('Lavrov named the “enormous economic” deals on offer.')).toEqual(['enormous economic']);
  });
});
