import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { balanceQuotes } from '../src/pipeline/balance-quotes.js';
import { testLexicon } from './helpers.js';

const span = (text: string, marker: string) => analyze(text, { lexicon: testLexicon() }).annotations.find((a) => a.marker === marker);

describe('spans take the quoted words (clip-quotes)', () => {
  it('drops lead-in words before a quotation the match runs into', () => {
    expect(span('Lavrov offered “enormous economic deals” to Washington.', 'fx-economic-deals')?.text).toBe('enormous economic deals');
    expect(span('Lavrov offered enormous “economic deals” to Washington.', 'fx-economic-deals')).toMatchObject({ text: 'economic deals', voice: 'quoted' });
  });
  it('drops outside words that are no more than the quoted ones', () => {
    expect(span('Officials said the war “should never have started” at all.', 'fx-never-started')?.text).toBe('should never have started');
    expect(span('Officials said the war should “never have started” at all.', 'fx-never-started')?.text).toBe('never have started');
  });
  it('drops the words after a quotation the match runs out of, when they are no more than the quoted ones', () => {
    expect(span('Peskov said the war “should never have” started, he added.', 'fx-never-started')).toMatchObject({ text: 'should never have', voice: 'quoted' });
    expect(span('Lavrov named the “enormous economic” deals on offer.', 'fx-economic-deals')).toMatchObject({ text: 'enormous economic', voice: 'quoted' });
    expect(span('It should “never” have started.', 'fx-never-started')?.text).toBe('should “never” have started'); // a quotation in its middle
    expect(span('Putin spoke of “initial” causes of the crisis.', 'fx-root-causes')?.text).toBe('“initial” causes of the crisis'); // more words outside: whole, with both marks (balance-quotes.ts)
  });
  it('keeps a match whole when more of its words stand outside the quotation', () => {
    expect(span('He said it should never have “begun”.', 'fx-never-started')?.text).toBe('should never have “begun”'); // with both marks (balance-quotes.ts)
  });
  it('keeps a match whole when the quotation sits in its middle or the match is all outside', () => {
    expect(span('They discussed the initial causes of the “Ukrainian” crisis.', 'fx-root-causes')?.text).toBe('initial causes of the “Ukrainian” crisis');
    expect(span('Lavrov offered enormous economic deals.', 'fx-economic-deals')?.text).toBe('enormous economic deals');
  });
});

describe('a span across one end of a quotation takes the partner mark', () => {
  it('widens by the closing or opening mark next to it, for straight, curly and angle quotes', () => {
    const cut = (text: string, from: string, to: string) => { const s = text.indexOf(from); const r = balanceQuotes(text, s, text.indexOf(to) + to.length); return text.slice(r.start, r.end); };
    expect(cut('The regime is barbaric and "illegitimate".', 'barbaric', 'illegitimate')).toBe('barbaric and "illegitimate"');
    expect(cut('The strike was "barbaric" and cruel.', 'barbaric', 'cruel')).toBe('"barbaric" and cruel');
    expect(cut('The strike was “barbaric” and cruel.', 'barbaric', 'cruel')).toBe('“barbaric” and cruel');
    expect(cut('It is «barbaric» and cruel.', 'barbaric', 'cruel')).toBe('«barbaric» and cruel');
    expect(cut('The "Kiev regime" must go.', 'Kiev', 'regime')).toBe('Kiev regime'); // no mark inside: unchanged
    expect(cut('They said "peace" and "talks" at once.', 'peace', 'talks')).toBe('peace" and "talks'); // balanced inside: unchanged
  });
  it('widens to a partner anywhere in the same sentence, and no further', () => {
    const cut = (text: string, from: string, to: string) => { const s = text.indexOf(from); const r = balanceQuotes(text, s, text.indexOf(to) + to.length); return text.slice(r.start, r.end); };
    expect(cut('Zelensky said "we will never recognise" the annexation of Crimea.', 'recognise', 'Crimea')).toBe('"we will never recognise" the annexation of Crimea');
    expect(cut('They described the talks as “constructive, substantive and long overdue” again.', 'talks', 'constructive')).toBe('talks as “constructive, substantive and long overdue”');
    expect(cut('Then "an illegal regime, as everyone in this room and beyond has always known" was his line.', '"an', 'regime')).toBe('"an illegal regime, as everyone in this room and beyond has always known"'); // further on in its sentence
    expect(cut('The Kremlin says a settlement is "only possible if the root causes of the crisis are eliminated".', 'a settlement', 'possible')).toBe('a settlement is "only possible if the root causes of the crisis are eliminated"');
    expect(cut('Then "an illegal regime. As known" was his line.', '"an', 'regime')).toBe('"an illegal regime'); // not past the sentence's end
    expect(cut('They called it "an illegal regime of thugs" on Monday.', '"an', 'regime')).toBe('"an illegal regime of thugs"'); // a straight mark that opens: on to its partner
    expect(cut('It was said. "Enough" was the word of "the Kyiv regime.', 'Kyiv', 'regime')).toBe('Kyiv regime'); // no mark inside: unchanged
  });
  it('takes the partner of a curly single quotation mark, not an apostrophe', () => {
    const cut = (text: string, from: string, to: string) => { const s = text.indexOf(from); const r = balanceQuotes(text, s, text.indexOf(to) + to.length); return text.slice(r.start, r.end); };
    expect(cut('Moscow demands ‘recognition of the new realities on the ground’ first.', 'demands', 'recognition')).toBe('demands ‘recognition of the new realities on the ground’');
    expect(cut('The strike was ‘barbaric’ and cruel.', 'barbaric', 'cruel')).toBe('‘barbaric’ and cruel');
    expect(cut('They called it ‘the Kyiv regime’s war’ today.', '‘the', 'regime’s')).toBe('‘the Kyiv regime’s war’'); // the apostrophe of regime’s closes nothing
    expect(cut('The ‘talks’ were Russia’s idea.', 'Russia’s', 'idea')).toBe('Russia’s idea'); // an apostrophe alone: unchanged
    expect(cut('Germany called it „barbarisch” and cruel.', 'barbarisch', 'cruel')).toBe('„barbarisch” and cruel'); // „...” as findQuotes pairs it
  });
  it('gives analyze spans with both marks', () => {
    const a = analyze('The strike was "barbaric" and cruel.').annotations.find((x) => x.category === 'loaded-language');
    expect(a?.text).toBe('"barbaric" and cruel');
  });
});
