import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { segment } from '../src/pipeline/tokenize.js';

/** The sentences of a text, as text. */
const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('closing quotation marks (pipeline/sentence-bounds.ts)', () => {
  it('end the sentence they close, not open the next one', () => {
    expect(sentences('Zakharova said: «The Kiev regime must withdraw.» She added that talks were possible.')).toEqual(['Zakharova said: «The Kiev regime must withdraw.»', 'She added that talks were possible.']);
    expect(sentences('He said: «Enough.» »Next« is a word.')).toEqual(['He said: «Enough.»', '»Next« is a word.']);
  });
});

describe('sentences at line breaks (pipeline/tokenize.ts)', () => {
  it('end at a blank line, and at a line that opens a list item or a new line of capitals', () => {
    expect(sentences('Talks went well\n\nthe sides met')).toEqual(['Talks went well', 'the sides met']);
    expect(sentences('Putin made three demands:\n1. No aid\n- No mobilization')).toEqual(['Putin made three demands:', '1. No aid', '- No mobilization']);
    expect(sentences('Readout of the call\nPresident Trump spoke with President Putin.')).toEqual(['Readout of the call', 'President Trump spoke with President Putin.']);
    expect(sentences('A full cessation of military aid\nNo Ukrainian mobilization')).toEqual(['A full cessation of military aid', 'No Ukrainian mobilization']);
  });
  it('end at a bar, which parts table cells and breadcrumbs, so no phrase runs across one', () => {
    expect(sentences('Home | News | Statements')).toEqual(['Home |', 'News |', 'Statements']);
    expect(analyze('| Kremlin | barbaric | aggression |').annotations.map((a) => a.text)).not.toContain('barbaric | aggression');
  });
  it('run on where a line ends with a word no sentence ends with, as prose wrapped at a fixed width does', () => {
    expect(sentences('Putin told the\nKyiv regime to stop. Trump spoke with\nPresident Zelensky and\nEuropean leaders.')).toEqual(['Putin told the\nKyiv regime to stop.', 'Trump spoke with\nPresident Zelensky and\nEuropean leaders.']);
    const r = analyze('Peskov said that the\nKyiv regime must stop.');
    expect(r.annotations.map((a) => [a.text, a.voice, a.speaker])).toEqual([['Kyiv regime', 'reported', 'Peskov']]);
  });
});

describe('tokens wink-nlp leaves whole (pipeline/split-tokens.ts)', () => {
  const words = (text: string) => { const t = segment(text).tokens; return Array.from({ length: t.count }, (_, i) => t.value[i]).filter((v) => v.trim() !== ''); };
  it('reads a number swap as "all-for-all" reads, with offsets into the text', () => {
    expect(words('a 1000-for-1000 exchange')).toEqual(['a', '1000', '-', 'for', '-', '1000', 'exchange']);
    const t = segment('a 84-FOR-84 swap').tokens;
    const i = Array.from({ length: t.count }, (_, k) => t.value[k]).indexOf('FOR');
    expect([t.start[i], t.end[i], t.pos[i]]).toEqual([5, 8, 'ADP']);
  });
  it('leaves other words with a number after a hyphen whole', () => {
    expect(words('covid-19 and F-16')).toEqual(['covid-19', 'and', 'F-16']);
  });
  it('parts a possessive from its word', () => {
    expect(words("Ukraine's army")).toEqual(['Ukraine', "'s", 'army']);
  });
});
