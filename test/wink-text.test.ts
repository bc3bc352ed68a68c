import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { textForWink } from '../src/pipeline/wink-text.js';
import { segment, TokenKind } from '../src/pipeline/tokenize.js';

/** The non-space token values of a text. */
const tokens = (text: string) => {
  const t = segment(text).tokens;
  return [...t.value].filter((_, i) => t.kind[i] !== TokenKind.Space);
};

describe('the text wink reads (pipeline/wink-text.ts)', () => {
  it('keeps names with Latin Extended letters one token each, with their letters as written', () => {
    expect(tokens('Erdoğan, Radosław Sikorski, Nausėda, Vučić and Nicușor Dan met in İstanbul.')).toEqual(['Erdoğan', ',', 'Radosław', 'Sikorski', ',', 'Nausėda', ',', 'Vučić', 'and', 'Nicușor', 'Dan', 'met', 'in', 'İstanbul', '.']);
  });
  it('ends a sentence at "in." before a capital or the line end, not at the inch of "12 in. pipe"', () => {
    expect(tokens('The war drags on as winter sets in. Putin said the talks failed.')).toEqual(['The', 'war', 'drags', 'on', 'as', 'winter', 'sets', 'in', '.', 'Putin', 'said', 'the', 'talks', 'failed', '.']);
    expect(segment('The war drags on as winter sets in. Putin said the talks failed.').sentences).toHaveLength(2);
    expect(tokens('A 12 in. pipe burst.')).toContain('in.');
    expect(textForWink('Talks set in. Then')).toHaveLength('Talks set in. Then'.length);
  });
  it('changes letters one for one, so offsets into it are offsets into the text', () => {
    const text = 'Łukasz Wałęsa, Đoković, Nguyễn Phú Trọng, Œuvre; negoti-\n  ations';
    expect(textForWink(text)).toBe('Lukasz Walesa, Dokovic, Nguyen Phú Trong, Ouvre; negotixxxxations');
    expect(textForWink(text)).toHaveLength(text.length);
    expect(textForWink('plain text, café, a well-known - and\n- listed')).toBe('plain text, café, a well-known - and\n- listed');
  });
  it('names such speakers and does not match words they hold a piece of', () => {
    const r = analyze('“This war must end now,” Erdoğan said. Foreign Minister Radosław Sikorski met his counterpart in Kraków.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Erdoğan']);
    expect(r.annotations.filter((a) => a.category === 'loaded-language')).toEqual([]); // "aw" of Radosław once matched "awful"
  });
  it('reads a word hyphenated across a line break whole, as text pasted from a PDF has it', () => {
    const text = 'Lavrov said the root causes of the cri-\nsis must be eliminated before any cease-\r\nfire.';
    expect(tokens(text)).toContain('cri-\nsis');
    const r = analyze(text);
    expect(r.annotations.map((a) => [a.category, a.text])).toEqual([['root-causes', 'root causes of the cri-\nsis must be eliminated'], ['peace-process', 'any cease-\r\nfire']]);
  });
  it('reads a word with a soft hyphen in it whole, as text copied from a web page has it', () => {
    const r = analyze('Peskov said the Kyiv re\u00adgime must stop.');
    expect(r.annotations.map((a) => [a.category, a.text, a.speaker])).toEqual([['delegitimization', 'Kyiv re\u00adgime', 'Peskov']]);
  });
  it('leaves annotation offsets indexing the text', () => {
    const text = 'Zieliński said the Kyiv regime must be held to account; Nausėda called it a cynical provo-\ncation.';
    const r = analyze(text);
    expect(r.annotations.length).toBeGreaterThan(1);
    for (const a of r.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});
