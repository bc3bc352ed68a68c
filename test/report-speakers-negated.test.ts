import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { markdownReport } from '../src/report/markdown-report.js';
import { speakerRows } from '../src/report/speakers.js';
import { speakersTable } from '../src/report/tables.js';
import { repoPath } from './helpers.js';

const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
// Macron denies one frame and uses another: "who said what" must not list the denied one as his framing, bare
const text = 'Macron said that there is no Kyiv regime. Macron said that the root causes of the crisis were clear.';
const result = analyze(text, { lexicon });

describe('who said what: a category a speaker only negates is marked (negated)', () => {
  it('speakerRows names it in denied; a category used plainly too is not denied', () => {
    const macron = speakerRows(result).find((r) => r.speaker === 'Macron')!;
    expect(macron.categories).toEqual(['root-causes', 'delegitimization']);
    expect(macron.denied).toEqual(['delegitimization']);
    const both = speakerRows(analyze('Macron said that there is no Kyiv regime. Macron said that the Kyiv regime left.', { lexicon }))[0];
    expect(both.denied).toEqual([]);
  });

  it('Markdown and HTML print (negated) after it', () => {
    expect(markdownReport(result, { text })).toContain('| Macron | reported | 2 | root-causes, delegitimization (negated) |');
    expect(speakersTable(result)).toMatch(/delegitimization<\/span> \(negated\)/);
  });
});
