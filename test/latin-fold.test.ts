import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { foldForWink } from '../src/pipeline/latin-fold.js';
import { segment, TokenKind } from '../src/pipeline/tokenize.js';

/** The non-space token values of a text. */
const tokens = (text: string) => {
  const t = segment(text).tokens;
  return [...t.value].filter((_, i) => t.kind[i] !== TokenKind.Space);
};

describe('names with Latin Extended letters (pipeline/latin-fold.ts)', () => {
  it('stay one token each, with their letters as written', () => {
    expect(tokens('Erdoğan, Radosław Sikorski, Nausėda, Vučić and Nicușor Dan met in İstanbul.')).toEqual(['Erdoğan', ',', 'Radosław', 'Sikorski', ',', 'Nausėda', ',', 'Vučić', 'and', 'Nicușor', 'Dan', 'met', 'in', 'İstanbul', '.']);
  });
  it('are folded letter for letter, so offsets into the folded text are offsets into the text', () => {
    const text = 'Łukasz Wałęsa, Đoković, Nguyễn Phú Trọng, Œuvre';
    expect(foldForWink(text)).toBe('Lukasz Walesa, Dokovic, Nguyen Phú Trong, Ouvre');
    expect(foldForWink(text)).toHaveLength(text.length);
    expect(foldForWink('plain text, café')).toBe('plain text, café');
  });
  it('are named as speakers and do not match words they hold a piece of', () => {
    const r = analyze('“This war must end now,” Erdoğan said. Foreign Minister Radosław Sikorski met his counterpart in Kraków.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Erdoğan']);
    expect(r.annotations.filter((a) => a.category === 'loaded-language')).toEqual([]); // "aw" of Radosław once matched "awful"
  });
  it('leave annotation offsets indexing the text', () => {
    const text = 'Zieliński said the Kyiv regime must be held to account; Nausėda called it a cynical provocation.';
    const r = analyze(text);
    expect(r.annotations.length).toBeGreaterThan(0);
    for (const a of r.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});
