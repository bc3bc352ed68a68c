import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/pipeline/quotes.js';

const contents = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('finds straight, curly and guillemet quotes', () => {
    expect(contents('He said "no deal" and “good talks” and «Kiev regime».')).toEqual(['no deal', 'good talks', 'Kiev regime']);
  });
  it('finds low-high quotes in the German („...“) and Polish („...”) styles, nested English quotes kept', () => {
    expect(contents('„This war must end“, Wadephul said. Sikorski said: „The regime will not win.”')).toEqual(['This war must end', 'The regime will not win.']);
    expect(contents('„He called it “absurd” today“, she said.')).toEqual(['He called it “absurd” today', 'absurd']);
  });
  it('uses single curly quotes as quotes but not apostrophes', () => {
    expect(contents('Putin’s aide called it ‘a reset’ and Russia’s allies’ view.')).toEqual(['a reset']);
  });
  it('keeps nested quotes', () => {
    expect(contents('“He called it ‘absurd’ today,” she said.')).toEqual(['He called it ‘absurd’ today,', 'absurd']);
  });
  it('is not derailed by an unbalanced quote', () => {
    expect(contents('An “open quote never closes.\n\nLater “a real one” here.')).toEqual(['a real one']);
    expect(contents('A stray ” closer, then “fine”.')).toEqual(['fine']);
  });
  it('takes speech set out after a colon, opened once and closed at the end of a later paragraph, as one quotation', () => {
    const text = 'The Prime Minister said:\n\n“First paragraph.\n\nSecond paragraph.”\n\nThe visit ended.';
    expect(contents(text)).toEqual(['First paragraph.\n\nSecond paragraph.']);
    expect(contents('An opening “stray mark.\n\nA later paragraph.”')).toEqual([]); // not after a colon: a stray
  });
  it('continues a quote across paragraphs when the next paragraph reopens it', () => {
    const text = '“First paragraph of the statement.\n\n“Second paragraph,” he said.';
    expect(contents(text)).toEqual(['First paragraph of the statement.\n\n“Second paragraph,']);
  });
});

describe('straight single quotes', () => {
  it('reads them as quotation marks, as British style sets quotations', () => {
    expect(contents("Macron told Putin that 'Peace cannot be negotiated over the heads of Ukrainians.'")).toEqual(['Peace cannot be negotiated over the heads of Ukrainians.']);
    expect(contents("Lavrov said Kyiv's 'peace formula' was dead, and the allies' 'coalition of the willing' a bluff.")).toEqual(['peace formula', 'coalition of the willing']);
  });
  it('leaves apostrophes, plural possessives and elided years alone', () => {
    expect(contents("In the '90s the players' association met; Russia's envoy didn't.")).toEqual([]);
  });
});
