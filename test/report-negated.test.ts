import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { highlightText } from '../src/report/highlight.js';
import { legendHtml } from '../src/report/tables.js';
import { repoPath } from './helpers.js';

const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
const text = 'There is no Kyiv regime. The Kyiv regime refused.';
const result = analyze(text, { lexicon });

describe('HTML highlights: a negated annotation is told apart at a glance', () => {
  it('marks the negated one with class neg and a ¬ before its tag; the plain one keeps its tag', () => {
    const html = highlightText(result, text);
    const marks = [...html.matchAll(/<mark [^>]*>/g)].map((m) => m[0]);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toContain('class="hl c-delegitimization v-author neg first"');
    expect(marks[0]).toContain('data-tag="¬DL·A"');
    expect(marks[1]).not.toContain('neg');
    expect(marks[1]).toContain('data-tag="DL·A"');
  });

  it('the legend explains the ¬', () => {
    expect(legendHtml()).toContain('before a tag: negated, the text denies the frame');
  });
});
