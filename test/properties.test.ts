import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { formatJson } from '../src/format/json.js';
import { formatJsonChunks } from '../src/format/json-chunks.js';
import { decodeText } from '../src/pipeline/decode.js';
import { remapResult, stripMarkup } from '../src/io/strip-markup.js';
import type { AnalysisResult } from '../src/types.js';
import { repoPath } from './helpers.js';

const RUNS = { numRuns: 200 };

/** Any UTF-16 code unit, so lone surrogates and control characters come up. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const rawText = fc.string({ unit: codeUnit, maxLength: 300 });
/** Whole code points, astral ones (emoji) included. */
const unicodeText = fc.string({ unit: 'binary', maxLength: 300 });

const PIECES = [
  'Putin', 'Trump', 'Zelensky', 'the Kremlin', 'the White House', 'said', 'stressed', 'according to', 'that',
  'the war', 'should never have started', 'the Kyiv regime', 'so-called', 'Nazi', 'root causes', 'NATO', 'expansion',
  'ceasefire', 'peace', 'not', 'perhaps', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'clearly', 'Russia', 'Ukraine', 'sphere of influence', 'provocation',
  '"', '“', '”', '‘', '’', '«', '»', '„', '.', ',', ':', ';', '—', '-', '(', ')', '!', '?', ' ', ' ', ' ', '\n', '\n\n',
  '\r\n', '\t', '\u00a0', '\ufeff', '😀', '🇺🇦', 'é', 'e\u0301', 'שלום', 'Путин', '\ud800', '\u0000', '\u001b',
];
/** Texts built from readout words, quote marks, punctuation and odd characters. */
const readoutText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' ').replace(/ {2,}/g, (s) => s.slice(0, 1 + (s.length % 2))));
const anyText = fc.oneof(rawText, unicodeText, readoutText, readoutText);

/** Every structural property of a result for the input it came from. */
function checkResult(input: string, r: AnalysisResult): void {
  const text = decodeText(input);
  expect(r.stats.characters).toBe(text.length);
  for (const s of r.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  for (const q of r.quotes) {
    expect(0 <= q.start && q.start <= q.end && q.end <= text.length).toBe(true);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  let prev = -1;
  for (const a of r.annotations) {
    expect(0 <= a.start && a.start < a.end && a.end <= text.length).toBe(true);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.start).toBeGreaterThanOrEqual(prev);
    prev = a.start;
    expect(a.score >= 0 && a.score <= 1).toBe(true);
    expect(a.sentence >= 0 && a.sentence < r.sentences.length).toBe(true);
  }
  for (const c of Object.values(r.categories)) {
    expect(c.score >= 0 && c.score <= 1).toBe(true);
    for (const v of Object.values(c.byVoice)) expect(v >= 0 && v <= 1).toBe(true);
  }
}

describe('analyze on arbitrary input (fast-check)', () => {
  it('never throws, keeps offsets inside the text, round-trips them, sorts annotations and bounds scores', () => {
    fc.assert(fc.property(anyText, (input) => checkResult(input, analyze(input))), RUNS);
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(fc.property(anyText, (input) => { expect(analyze(input)).toEqual(analyze(input)); }), RUNS);
  });

  it('leaves the annotations of a text unchanged when an unrelated paragraph follows it', () => {
    const control = 'Tomatoes grow best in warm soil, and the gardeners water them every evening.';
    const strip = (r: AnalysisResult) => r.annotations.map(({ id: _id, ...rest }) => rest);
    fc.assert(fc.property(fc.oneof(readoutText, unicodeText), (input) => {
      expect(strip(analyze(`${input}\n\n${control}`))).toEqual(strip(analyze(input)));
    }), RUNS);
  });

  it('reads arbitrary HTML and Markdown without throwing; offsets map back into the original and round-trip', () => {
    const tags = ['<p>', '</p>', '<b>', '</b>', '<br>', '<script>', '</script>', '<!--', '-->', '&amp;', '&rsquo;', '&#128512;', '&#65279;', '\ufeff', '&bogus;', '<a href="x>y">', '**', '_', '`', '[', '](http://x)', '# ', '> ', '```', '\n', '\n\n'];
    const marked = fc.array(fc.oneof(fc.constantFrom(...tags), fc.constantFrom(...PIECES), rawText.map((t) => t.slice(0, 20))), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(marked, fc.constantFrom('html' as const, 'md' as const), (original, kind) => {
      const mapped = stripMarkup(original, kind);
      for (let i = 0; i < mapped.text.length; i++) {
        expect(0 <= mapped.from[i] && mapped.from[i] <= mapped.to[i] && mapped.to[i] <= original.length).toBe(true);
        if (i > 0) expect(mapped.from[i]).toBeGreaterThanOrEqual(mapped.from[i - 1]);
      }
      const r = remapResult(analyze(mapped.text), mapped, original);
      for (const a of r.annotations) expect(original.slice(a.start, a.end)).toBe(a.text);
      for (const q of r.quotes) expect(original.slice(q.start, q.end)).toBe(q.text);
    }), RUNS);
  });

  it('writes a large JSON result in chunks of about 1 MB that join to the one-string output', () => {
    const result = analyze('The war should never have started, and the Kyiv regime refused peace talks. '.repeat(3000));
    const chunks = [...formatJsonChunks(result)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(formatJson(result));
  });

  it('writes JSON that always validates against schema/result.schema.json', () => {
    const schema = JSON.parse(readFileSync(repoPath('schema/result.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    fc.assert(fc.property(anyText, (input) => {
      const result = analyze(input, { source: 'fuzz.txt' });
      const text = formatJson(result);
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
      expect([...formatJsonChunks(result)].join('')).toBe(text); // what analyze --format json writes, in chunks
    }), RUNS);
  });
});
