import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { notEnglishWarning } from '../src/io/script-check.js';
import type { AnalysisResult } from '../src/types.js';
import { cli } from './helpers.js';
import { testLexicon } from './helpers.js';

/** Analyse with the stable engine-test lexicon (fx-* markers), not the evolving built-in one. */
const run = (text: string) => analyze(text, { lexicon: testLexicon() });
const markers = (r: AnalysisResult) => r.annotations.map((a) => a.marker);

/** Every offset of a result lies in `text` and slices back to the reported text. */
function expectRoundTrip(text: string, r: AnalysisResult): void {
  for (const a of r.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const s of r.sentences) expect(s.start >= 0 && s.start <= s.end && s.end <= text.length).toBe(true);
}

const SENTENCE = 'The war should never have started, and the Kyiv regime refused peace talks.';

it('the reference sentence fires fixture markers (so the cases below compare something)', () => {
  expect(markers(run(SENTENCE))).toEqual(['fx-never-started', 'fx-kyiv-regime', 'fx-peace-talks']);
});

describe('empty and white-space input', () => {
  it.each(['', ' ', '\n\n\n', '\t \r\n \u00a0 \u2003', '\ufeff', '\ufeff  \n'])('gives a valid result with no annotations for %j', (text) => {
    const r = run(text);
    expect(r.annotations).toEqual([]);
    expect(r.quotes).toEqual([]);
    expect(Object.values(r.categories).every((c) => c.score === 0 && !c.detected)).toBe(true);
  });
  it('refuses empty stdin as an input error (exit 1, nothing on stdout); the library still gives a valid empty result', async () => {
    const r = await cli(['analyze', '-', '--format', 'json'], '');
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(analyze('')).toMatchObject({ stats: { characters: 0, tokens: 0 }, annotations: [] });
  });
});

describe('BOM, newlines, tabs and non-breaking spaces', () => {
  it('strips a leading BOM; offsets index the text after it', () => {
    const r = run(`\ufeff${SENTENCE}`);
    expect(r.stats.characters).toBe(SENTENCE.length);
    expect(markers(r)).toEqual(markers(run(SENTENCE)));
    expect(r.annotations.map((a) => a.start)).toEqual(run(SENTENCE).annotations.map((a) => a.start));
    expectRoundTrip(SENTENCE, r);
  });
  it('keeps CRLF and mixed newlines as they are: offsets index the input unchanged', () => {
    const text = `Title of the readout\r\n\r\n${SENTENCE}\r\nA second line.\rA third.\n\n${SENTENCE}`;
    const r = run(text);
    expect(r.stats.characters).toBe(text.length);
    expect(markers(r)).toEqual([...markers(run(SENTENCE)), ...markers(run(SENTENCE))]);
    expectRoundTrip(text, r);
    const lf = run(text.replace(/\r\n?/g, '\n'));
    expect(markers(lf)).toEqual(markers(r));
  });
  it('reads tabs and non-breaking spaces as white space between words', () => {
    const text = 'The\twar should\u00a0never have\u202fstarted, and the Kyiv\u00a0regime refused\tpeace\u00a0talks.';
    const r = run(text);
    expect(markers(r)).toEqual(markers(run(SENTENCE)));
    expectRoundTrip(text, r);
  });
});

describe('astral characters, emoji, flags, combining marks and right-to-left text', () => {
  const cases: [string, string][] = [
    ['emoji', `😀 ${SENTENCE} 👍🏽`],
    ['flags and ZWJ sequences', `🇺🇦🇷🇺 👨‍👩‍👧 ${SENTENCE} 🇺🇸`],
    ['astral letters', `𝐓𝐡𝐞 𝕨𝕒𝕣 𐍈 ${SENTENCE} 𠜎𠜱`],
    ['combining marks', `Zelenskỳ̈ said: ${SENTENCE} Cafe\u0301 de\u0301tente.`],
    ['right-to-left text', `قال الكرملين ${SENTENCE} \u202eשלום\u202c עולם`],
    ['lone surrogates and control characters', `\ud800 \u0000\u0007 ${SENTENCE} \udfff\u001b[31m`],
  ];
  it.each(cases)('%s: offsets round-trip and the markers are still found', (_name, text) => {
    const r = run(text);
    expect(markers(r)).toEqual(markers(run(SENTENCE)));
    expectRoundTrip(text, r);
  });
  it('keeps offsets in UTF-16 code units when astral characters sit inside a quotation', () => {
    const text = `Lavrov said: “🇷🇺 the Kyiv regime 😀 refused peace talks”. ${SENTENCE}`;
    const r = run(text);
    expect(r.quotes).toHaveLength(1);
    expectRoundTrip(text, r);
    expect(r.annotations.find((a) => a.marker === 'fx-kyiv-regime')?.voice).toBe('quoted');
  });
});

describe('unbalanced, nested and mixed quotation marks', () => {
  it.each([
    ['an opener that never closes', '“The Kyiv regime refused peace talks, he said.'],
    ['a closer without an opener', 'The Kyiv regime” refused peace talks.'],
    ['mixed marks that do not pair', '«The Kyiv regime” refused "peace talks».'],
    ['nested quotes', '“He called it ‘the Kyiv regime’ and «a so-called Zelensky regime»,” she said.'],
    ['deep nesting', `${'“'.repeat(40)}the Kyiv regime${'”'.repeat(40)}`],
    ['hundreds of strays', `${'" “ « ‘ '.repeat(300)}${SENTENCE}`],
  ])('%s: no crash, offsets round-trip', (_name, text) => {
    const r = run(text);
    expectRoundTrip(text, r);
    for (const q of r.quotes) expect(q.start).toBeLessThanOrEqual(q.end);
  });
  it('drops a quote left open at a paragraph end, so the next paragraph is the author again', () => {
    const text = '“The Kyiv regime refused peace talks.\n\nThe Kyiv regime refused peace talks.';
    const r = run(text);
    expect(r.quotes).toEqual([]);
    expect(r.annotations.every((a) => a.voice !== 'quoted')).toBe(true);
  });
  it('keeps a quote across paragraphs when the next paragraph reopens it', () => {
    const text = '“The Kyiv regime refused peace talks.\n\n“The war should never have started,” Lavrov said.';
    const r = run(text);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].text).toContain('\n\n');
    expect(r.annotations.every((a) => a.voice === 'quoted')).toBe(true);
    expectRoundTrip(text, r);
  });
});

describe('text that is not English', () => {
  const russian = 'Президент России Владимир Путин заявил, что война должна закончиться, а киевский режим отказался от мирных переговоров. '.repeat(3);
  const ukrainian = 'Президент України заявив, що війна має закінчитися справедливим миром, а Росія повинна вивести свої війська. '.repeat(3);
  it.each([['Russian', russian], ['Ukrainian', ukrainian]])('%s (Cyrillic): no crash, a warning that the lexicons are English', async (_name, text) => {
    expectRoundTrip(text, analyze(text));
    expect(notEnglishWarning(text)).toMatch(/Cyrillic script, not English; the lexicons are English/);
    const r = await cli(['analyze', '-', '--format', 'json'], text);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^framelens: <stdin>: the text is mostly in Cyrillic script, not English; the lexicons are English/);
    expect(JSON.parse(r.out).schemaVersion).toBe(1);
  });
  it('warns for Latin-script text without common English words, not for English readouts or short snippets', () => {
    expect(notEnglishWarning('Der Krieg hätte nie beginnen dürfen, sagte der Kanzler gestern vor der Presse in Berlin. '.repeat(3))).toMatch(/does not look like English/);
    expect(notEnglishWarning(`${SENTENCE} `.repeat(5))).toBeNull();
    expect(notEnglishWarning('Путин')).toBeNull();
  });
  it('does not warn for an English readout with a few Cyrillic names', async () => {
    const r = await cli(['analyze', '-'], `${SENTENCE} Путин (Putin) said so. `.repeat(4));
    expect(r.err).toBe('');
  });
});

describe('run-on text without sentence punctuation', () => {
  const words = (r: AnalysisResult, text: string) => r.sentences.map((s) => text.slice(s.start, s.end).split(/\s+/).length);

  it('ends a sentence at a comma past 150 words and after 250 words at the latest, and still finds every marker', () => {
    const clause = 'Putin said "the Kyiv regime must go" and Lavrov said';
    const commas = Array.from({ length: 60 }, () => clause).join(', ');
    const bare = Array.from({ length: 60 }, () => clause).join(' ');
    for (const text of [commas, bare]) {
      const r = run(text);
      expectRoundTrip(text, r);
      expect(r.sentences.length).toBeGreaterThan(1);
      expect(Math.max(...words(r, text))).toBeLessThanOrEqual(250);
      expect(markers(r).filter((m) => m === 'fx-kyiv-regime')).toHaveLength(60);
    }
    expect(Math.max(...words(run(commas), commas))).toBeLessThan(170); // the comma after word 150, not word 250
  });

  it('leaves ordinary long sentences whole', () => {
    const text = `${Array.from({ length: 12 }, () => 'the delegations met again in Riyadh').join(' and ')}.`; // 72 words
    expect(run(text).sentences).toHaveLength(1);
  });
});
