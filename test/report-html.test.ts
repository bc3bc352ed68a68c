import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { displayGap } from '../src/report/highlight.js';
import { htmlReport } from '../src/report/html-report.js';
import { markdownReport } from '../src/report/markdown-report.js';
import { speakerRows } from '../src/report/speakers.js';
import { overlapCounter, quotesTable } from '../src/report/tables.js';
import fc from 'fast-check';
import { repoPath } from './helpers.js';

const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
const usText = readFileSync(repoPath('corpus/pairs/us-readout-2026-10-14-call.txt'), 'utf8');
const us = analyze(usText, { lexicon, source: 'us-readout.txt' });

/** The opening tags of the first piece of each highlight, by annotation id. */
function firstMarks(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<mark [^>]*class="hl [^"]*first[^>]*>/g)].map((m) => [/data-id="([^"]+)"/.exec(m[0])![1], m[0]]));
}

describe('htmlReport', () => {
  const html = htmlReport(us, { text: usText });

  it('highlights every annotation once, focusable, with its category, voice and abbreviation', () => {
    const marks = firstMarks(html);
    expect(marks.size).toBe(us.annotations.length);
    for (const a of us.annotations) {
      const tag = marks.get(a.id)!;
      expect(tag).toContain(`data-cat="${a.category}"`);
      expect(tag).toContain(`data-voice="${a.voice}"`);
      expect(tag).toContain('tabindex="0"');
    }
    const never = us.annotations.find((a) => a.text === 'should never have started')!;
    expect(marks.get(never.id)).toContain('data-tag="BS·Q"');
    expect(marks.get(never.id)).toContain('v-quoted');
  });

  it('keeps the text: removing the markup gives the input back', () => {
    const body = /<div class="text" id="text-body">([\s\S]*?)<\/div>\n<h2/.exec(html)![1];
    const plain = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(plain).toBe(usText);
  });

  it('carries the details of each annotation for the tooltip, and the chart, legend, filters and tables', () => {
    const data = JSON.parse(/<script type="application\/json" id="fl-data">([\s\S]*?)<\/script>/.exec(html)![1]);
    const never = us.annotations.find((a) => a.text === 'should never have started')!;
    expect(data.annotations[never.id]).toMatchObject({ category: 'blame-shifting', marker: 't-never-started', voice: 'quoted', speaker: 'President', score: never.score });
    expect(html).toMatch(/<svg class="chart"[\s\S]*data-cat="peace-process"/);
    expect(html).toContain('data-filter="cat:root-causes"');
    expect(html).toContain('data-filter="voice:reported"');
    expect(html).toContain('Quotations and their speakers');
    expect(html).toMatch(/<table class="speakers">[\s\S]*<th scope="row">President<\/th><td>quoted<\/td><td>1<\/td>/);
    expect(html).toMatch(/<section class="strong" data-cat="economic-inducement">[\s\S]*enormous economic deals/);
    const all = /<table class="all">([\s\S]*?)<\/table>/.exec(html)![1];
    expect(all.match(/<tr data-cat=/g)).toHaveLength(us.annotations.length);
    expect(all).toContain(`<a href="#${never.id}" class="goto">${never.id}</a>`);
  });

  it('says how a category score is made from its annotations, in HTML, Markdown and text', async () => {
    const { formatText } = await import('../src/format/text.js');
    expect(html).toContain('as 1 − Π(1 − s): two markers of 0.95 and 0.55 give 0.98');
    expect(1 - (1 - 0.95) * (1 - 0.55)).toBeCloseTo(0.98, 2); // the example holds
    expect(markdownReport(us, { text: usText })).toContain('combines the scores s of its annotations as 1 − Π(1 − s)');
    expect(formatText(us, { text: usText })).toContain("a category's score combines its annotations' scores s as 1 - Π(1 - s)");
  });

  it('is self-contained: no external script, style, image or link', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes hostile input everywhere: text, quotes, speakers, source and JSON data', () => {
    const evil = 'The President said "<script>alert(1)</script> the war should never have started <img src=x onerror=alert(2)>" and </script><b>bold</b>.';
    const r = analyze(evil, { lexicon, source: '<img src=x onerror=alert(3)>.txt' });
    expect(r.annotations.length).toBeGreaterThan(0);
    const out = htmlReport(r, { text: evil });
    expect(out).not.toMatch(/<script>alert|<img src=x|<b>bold/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(out.match(/<script\b/g)!.length).toBe(2);
    expect(out.match(/<\/script>/g)!.length).toBe(2);
  });
});

describe('displayGap', () => {
  it('shows runs of blank lines as one and drops blank lines before the text', () => {
    expect(displayGap('a\n\n\n \n\nb', false)).toBe('a\n\nb');
    expect(displayGap('a\n\nb\nc', false)).toBe('a\n\nb\nc');
    expect(displayGap('\n\n  Readout', true)).toBe('Readout');
    expect(displayGap('\n\n  Readout', false)).toBe('\n\n  Readout');
  });
});

describe('speakerRows', () => {
  it('groups markers by who says them: the author, named speakers of reported and quoted speech', () => {
    const ruText = readFileSync(repoPath('corpus/pairs/ru-readout-2026-10-14-call.txt'), 'utf8');
    const rows = speakerRows(analyze(ruText, { lexicon }));
    const putin = rows.find((r) => r.speaker === 'Vladimir Putin')!;
    expect(putin.voices).toEqual(['reported']);
    expect(putin.categories).toContain('root-causes');
    expect(putin.strongest.text).toBe('root causes of the crisis');
    expect(rows.find((r) => r.speaker === 'author')!.categories).toContain('peace-process');
    expect(putin.categories).toContain('delegitimization'); // "The Russian President pointed to ... the Kyiv regime": Putin's words, reported (resolve-titles.ts)
    expect(rows.find((r) => r.speaker.includes('Russian President'))).toBeUndefined();
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(analyze(ruText, { lexicon }).annotations.length);
    const us2 = speakerRows(us);
    expect(us2.find((r) => r.speaker === 'President')).toMatchObject({ voices: ['quoted'], count: 1, categories: ['blame-shifting'] });
  });
});

describe('quotesTable', () => {
  it('counts the markers that overlap each quotation, also those that start before its opening mark', () => {
    const text = 'Putin again spoke of the Kyiv “regime” and called it a “lasting peace” plan. He said “nothing else”.';
    const r = analyze(text, { lexicon });
    const rows = [...quotesTable(r).matchAll(/<tr><td>(q\d+)<\/td>.*?<td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual([['q1', 1], ['q2', 1], ['q3', 0]]);
  });
});

describe('overlapCounter', () => {
  it('property: counts the spans that overlap a range, as a filter would', () => {
    const span = fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 10 })).map(([s, n]) => ({ start: s, end: s + n }));
    fc.assert(fc.property(fc.array(span, { maxLength: 30 }), span, (spans, q) => {
      expect(overlapCounter(spans)(q.start, q.end)).toBe(spans.filter((a) => a.start < q.end && a.end > q.start).length);
    }));
  });
});

describe('markdownReport', () => {
  const md = markdownReport(us, { text: usText });

  it('has the category table, the quotations and the strongest markers with quoted excerpts', () => {
    expect(md).toMatch(/^# framelens report: us-readout\.txt/);
    expect(md).toContain('| category | score | count | detected | author | quoted | reported |');
    const row = md.split('\n').find((l) => l.startsWith('| peace-process |'))!;
    expect(row).toContain(`| ${us.categories['peace-process'].count} | yes |`);
    expect(md).toMatch(/\| q\d+ \| President \| “should never have started” \|/);
    expect(md).toMatch(/### blame-shifting[\s\S]*“should never have started” \(quoted, President\)/);
    expect(md).toContain('| President | quoted | 1 | blame-shifting | “should never have started” 0.80 |');
    expect(md).toContain('> The President said the war "**should never have started**" and');
  });

  it('escapes Markdown and HTML in the text', () => {
    const evil = 'A <script>x</script> and the *war* should never have started | a pipe.'; // a bar ends a sentence: it closes the quoted one
    const out = markdownReport(analyze(evil, { lexicon }), { text: evil });
    expect(out).not.toContain('<script>');
    expect(out).toContain('started** \\|');
    expect(out).toContain('\\*war\\*');
  });
});
