import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { compareSide as side, repoPath } from './helpers.js';

// the second account denies the frame the first one uses: its marker fires, negated, and must not read as if it framed it
const A = side('The Kyiv regime refused to talk.', 'kremlin');
const B = side('There is no Kyiv regime. The Kyiv regime is a slur.', 'elysee');

describe('compare: a negated wording says so', () => {
  const r = compare(A, B);
  const b = r.inBoth.markers.find((m) => m.marker === 't-kyiv-regime')!.b;

  it('keeps negated and plain uses of the same words apart, and marks the negated one', () => {
    expect(b.wordings).toEqual([
      { text: 'Kyiv regime', voice: 'author', speaker: null, count: 1, negated: true },
      { text: 'Kyiv regime', voice: 'author', speaker: null, count: 1 },
    ]);
    expect(r.inBoth.markers[0].a.wordings[0]).not.toHaveProperty('negated');
  });

  it('text, Markdown and HTML print "negated" beside the voice', () => {
    expect(formatCompareText(r)).toContain('B: "Kyiv regime" (author; negated), "Kyiv regime" (author)');
    expect(formatCompareMarkdown(r)).toContain('“Kyiv regime” (author; negated), “Kyiv regime” (author)');
    expect(compareHtmlReport(r, A, B)).toContain('“Kyiv regime” <span class="voice">(author; negated)</span>');
  });

  it('is valid against schema/compare.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(repoPath('schema/compare.schema.json'), 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
  });
});
