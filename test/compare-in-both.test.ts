import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { cli, compareSide as side, repoPath } from './helpers.js';

const A = side('Sergei Lavrov said: "The Kyiv regime refused to talk." The war should never have started.', 'a');
const B = side('The Kyiv regime refused again. They must remove the root causes of the crisis.', 'b');
const r = compare(A, B);

describe('compare: what both texts say', () => {
  it('lists a marker that fires in both, with each side\'s words and voice, and the categories both use', () => {
    expect(r.inBoth.markers).toEqual([{
      marker: 't-kyiv-regime', category: 'delegitimization',
      a: { count: 1, score: expect.any(Number), texts: ['Kyiv regime'], wordings: [{ text: 'Kyiv regime', voice: 'quoted', speaker: 'Sergei Lavrov', count: 1 }] },
      b: { count: 1, score: expect.any(Number), texts: ['Kyiv regime'], wordings: [{ text: 'Kyiv regime', voice: 'author', speaker: null, count: 1 }] },
    }]);
    expect(r.inBoth.categories.map((c) => c.category)).toEqual(['delegitimization']);
    expect(r.inBoth.categories[0].a).toMatchObject({ score: r.categories.delegitimization.a, markers: ['t-kyiv-regime'] });
    expect([...r.onlyA, ...r.onlyB].map((u) => u.marker)).not.toContain('t-kyiv-regime');
  });

  it('a text compared with itself: every marker is in both, nothing only in one', () => {
    const same = compare(A, A);
    expect(same.inBoth.markers.map((m) => m.marker).sort()).toEqual(['t-kyiv-regime', 't-never-started']);
    expect(same.onlyA).toEqual([]);
    expect(compare(A, side('Nothing here.', 'x')).inBoth).toEqual({ categories: [], markers: [] });
  });

  it('text, Markdown and HTML print an "in both" section before the only-in lists', () => {
    const text = formatCompareText(r);
    expect(text).toContain([
      'in both:',
      '  categories (score in A, in B):',
      `    delegitimization ${r.categories.delegitimization.a.toFixed(2)}, ${r.categories.delegitimization.b.toFixed(2)}`,
      '      A: "Kyiv regime" (quoted, Sergei Lavrov)',
      '      B: "Kyiv regime" (author)',
      '  markers (score ×count in A, in B):',
    ].join('\n'));
    expect(text.indexOf('in both:')).toBeLessThan(text.indexOf('only in A:'));
    expect(formatCompareText(compare(A, side('Nothing here.', 'x')))).toContain('\nin both: none\n');
    const md = formatCompareMarkdown(r);
    expect(md).toMatch(/## In both\n\nCategories with annotations in both texts:\n\n\| category \| A \| B \| wording in A \| wording in B \|/);
    expect(md).toMatch(/\| delegitimization \| t-kyiv-regime \| \d\.\d\d ×1 \| \d\.\d\d ×1 \| “Kyiv regime” \(quoted, Sergei Lavrov\) \| “Kyiv regime” \(author\) \|/);
    const html = compareHtmlReport(r, A, B);
    expect(html).toMatch(/<h2 id="both">What both say<\/h2>[\s\S]*<table class="both both-markers">[\s\S]*<tr data-marker="t-kyiv-regime">/);
  });

  it('escapes the wordings it prints in every format', () => {
    const bad = compare(A, B);
    bad.inBoth.categories[0].a.wordings[0].text = '<script>alert(1)</script>\u001b[2J';
    bad.inBoth.markers[0].b.wordings[0].speaker = '<img src=x onerror=alert(1)>';
    const html = compareHtmlReport(bad, A, B);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(formatCompareText(bad)).not.toContain('\u001b');
    expect(formatCompareMarkdown(bad)).not.toMatch(/<script>|<img/);
  });

  it('JSON (the CLI) has inBoth', async () => {
    const pair = [repoPath('corpus/pairs/us-readout-2026-10-14-call.txt'), repoPath('corpus/pairs/ru-readout-2026-10-14-call.txt')];
    const json = JSON.parse((await cli(['compare', ...pair, '-f', 'json', '--no-builtin', '--lexicon', repoPath('test/fixtures/compare-lexicon.yaml')])).out);
    expect(json.inBoth.markers.map((m: { marker: string }) => m.marker)).toEqual(expect.arrayContaining(['t-ceasefire', 't-prisoners']));
  });
});
