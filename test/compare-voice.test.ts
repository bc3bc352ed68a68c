import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { compareSide as side } from './helpers.js';

const A = side('Foreign Minister Sergei Lavrov said: "The Kyiv regime refused to talk." The Kyiv regime refused again. The Kyiv regime left.', 'a');
const B = side('The war should never have started.', 'b');

describe('compare: each marker says whose words they are (voice and speaker)', () => {
  const r = compare(A, B);

  it('groups a marker\'s words by voice and speaker, with counts', () => {
    expect(r.onlyA.find((u) => u.marker === 't-kyiv-regime')!.wordings).toEqual([
      { text: 'Kyiv regime', voice: 'quoted', speaker: 'Foreign Minister Sergei Lavrov', count: 1 },
      { text: 'Kyiv regime', voice: 'author', speaker: null, count: 2 },
    ]);
    expect(r.onlyB[0].wordings).toEqual([{ text: 'should never have started', voice: 'author', speaker: null, count: 1 }]);
  });

  it('text, Markdown and HTML print the voice and the speaker after the words', () => {
    expect(formatCompareText(r)).toContain('t-kyiv-regime ×3: "Kyiv regime" (quoted, Foreign Minister Sergei Lavrov), "Kyiv regime" ×2 (author)');
    expect(formatCompareMarkdown(r)).toContain('| t-kyiv-regime | 3 | “Kyiv regime” (quoted, Foreign Minister Sergei Lavrov), “Kyiv regime” ×2 (author) |');
    expect(compareHtmlReport(r, A, B)).toContain('<span class="wording" data-voice="quoted">“Kyiv regime” <span class="voice">(quoted, Foreign Minister Sergei Lavrov)</span></span>');
  });

  it('escapes the speaker as it escapes the words', () => {
    const bad = compare(A, B);
    bad.onlyA[0].wordings[0].speaker = '<img src=x onerror=alert(1)> \u001b[31m|x';
    const html = compareHtmlReport(bad, A, B);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(formatCompareText(bad)).not.toContain('\u001b');
    expect(formatCompareMarkdown(bad)).toContain('&lt;img src=x onerror=alert(1)&gt; \\u{1b}\\[31m\\|x');
  });
});
