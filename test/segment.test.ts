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
