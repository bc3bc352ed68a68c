import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { batchHtmlReport } from '../src/report/batch-html.js';
import { batchMarkdownReport } from '../src/report/batch-markdown.js';
import { readBatchRecords } from '../src/report/batch-records.js';
import { spreadLabels, timelinePoints } from '../src/report/timeline.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { repoPath } from './helpers.js';

const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });

/** A JSONL line shaped like `framelens batch` output (id, source, passthrough fields, stats, categories, markers). */
function batchLine(id: string, file: string, extra: Record<string, unknown>): string {
  const r = analyze(readFileSync(repoPath(file), 'utf8'), { lexicon });
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, { score: r.categories[c].score, count: r.categories[c].count, detected: r.categories[c].detected }]));
  const markers = [...r.annotations].sort((a, b) => b.score - a.score).slice(0, 3).map((a) => ({ category: a.category, marker: a.marker, text: a.text, voice: a.voice, score: a.score }));
  return JSON.stringify({ id, source: file, ...extra, stats: r.stats, categories, markers });
}

const jsonl = [
  batchLine('ru-call', 'corpus/pairs/ru-readout-2026-10-14-call.txt', { date: '2026-10-14', title: 'Kremlin readout' }),
  batchLine('us-call', 'corpus/pairs/us-readout-2026-10-14-call.txt', { date: '2026-10-14', title: 'White House readout <b>' }),
  batchLine('seed', 'corpus/dev/trump-putin-call-2025-03-18.txt', { date: '2025-03-18' }),
  '',
  JSON.stringify({ source: 'in.jsonl', line: 7, id: 'bad', error: 'no text field' }),
  '{not json',
].join('\n');

describe('readBatchRecords', () => {
  const data = readBatchRecords(jsonl);
  it("keeps each marker's speaker and shows the strongest one's beside it, escaped", () => {
    const line = (speaker: unknown) => JSON.stringify({ id: 'brief', categories: { delegitimization: { score: 0.95, detected: true } }, markers: [{ category: 'delegitimization', marker: 'm', text: 'Kyiv regime', score: 0.95, speaker }] });
    const read = readBatchRecords([line('Maria <Zakharova>'), line(null)].join('\n'));
    expect(read.docs.map((d) => d.markers[0].speaker)).toEqual(['Maria <Zakharova>', null]);
    const html = batchHtmlReport(read);
    expect(html).toContain('0.95 <span class="why">Maria &lt;Zakharova&gt;</span>');
    expect(html).not.toContain('<Zakharova>');
  });
  it('reads documents with ids, dates, titles and every category score; lists failed lines', () => {
    expect(data.docs.map((d) => d.id)).toEqual(['ru-call', 'us-call', 'seed']);
    expect(data.docs[0]).toMatchObject({ n: 1, date: '2026-10-14', title: 'Kremlin readout' });
    expect(data.docs[0].scores.delegitimization).toBeGreaterThan(0.5);
    expect(data.docs[0].detected).toContain('delegitimization');
    expect(data.docs[2].scores['blame-shifting']).toBeGreaterThan(0);
    expect(data.failed).toEqual([{ line: 5, id: 'bad', message: 'no text field' }, { line: 6, id: null, message: 'not valid JSON' }]);
  });

  it('accepts bare scores and dates under passthrough, and refuses a file with no records', () => {
    const d = readBatchRecords(JSON.stringify({ id: 7, passthrough: { date: '2024-01-02' }, categories: { 'root-causes': 0.35 } }));
    expect(d.docs[0]).toMatchObject({ id: '7', date: '2024-01-02' });
    expect(d.docs[0].scores['root-causes']).toBe(0.35);
    expect(d.docs[0].detected).toEqual(['root-causes']); // a bare score is detected at the default threshold, 0.35
    expect(readBatchRecords(JSON.stringify({ id: 8, categories: { 'root-causes': 0.34 } })).docs[0].detected).toEqual([]);
    expect(() => readBatchRecords('\n\n', 'empty.jsonl')).toThrow(/empty\.jsonl: no records/);
  });

  it('lists a record whose category score is not a number from 0 to 1 as failed, not as a zero', () => {
    const rows = [{ id: 'ok', categories: { victimhood: 0.5 } }, { id: 'seven', categories: { victimhood: 7 } }, { id: 'text', categories: { victimhood: { score: '0.5' } } }, { id: 'neg', categories: { 'fear-appeal': -3 } }];
    const d = readBatchRecords(rows.map((r) => JSON.stringify(r)).join('\n'));
    expect(d.docs.map((x) => x.id)).toEqual(['ok']);
    expect(d.failed).toEqual([
      { line: 2, id: 'seven', message: 'category victimhood: the score must be a number from 0 to 1' },
      { line: 3, id: 'text', message: 'category victimhood: the score must be a number from 0 to 1' },
      { line: 4, id: 'neg', message: 'category fear-appeal: the score must be a number from 0 to 1' },
    ]);
  });

  it('averages scores per month for the time line when the dates span more than 120 days, oldest first', () => {
    const pts = timelinePoints(data.docs);
    expect(pts.map((p) => p.date)).toEqual(['2025-03', '2026-10']);
    const mean = (data.docs[0].scores['peace-process'] + data.docs[1].scores['peace-process']) / 2;
    expect(pts[1]).toMatchObject({ n: 1, docs: 2 });
    expect(pts[1].means['peace-process']).toBeCloseTo(mean, 6);
  });

  it('keeps one point per day over a short span', () => {
    const short = readBatchRecords(jsonl.replace('"date":"2025-03-18"', '"date":"2026-10-01"'));
    expect(timelinePoints(short.docs).map((p) => [p.date, p.docs])).toEqual([['2026-10-01', 1], ['2026-10-14', 2]]);
  });
});

describe('batch reports', () => {
  const data = readBatchRecords(jsonl);
  it('HTML: a sortable heat map with one anchored row per document, a time line linking to rows, failures, escaped titles', () => {
    const html = batchHtmlReport(data, { source: 'results.jsonl' });
    expect(html).toContain('<table class="heat sortable">');
    expect(html.match(/<tr id="doc-\d+">/g)).toHaveLength(3);
    expect(html).toMatch(/<tr id="doc-1">[\s\S]*?class="cell c-delegitimization" style="background:#[0-9a-f]{6};color:#(000000|ffffff)" data-sort="0\.9\d*"/);
    expect(html).toMatch(/<svg class="chart timeline"[\s\S]*<a href="#doc-3">/);
    expect(html).toContain('White House readout &lt;b&gt;');
    expect(html).not.toContain('readout <b>');
    expect(html).toContain('line 5 (bad): no text field');
  });

  it('HTML without dates has no time line; Markdown lists every document and category', () => {
    const noDates = readBatchRecords(jsonl.replace(/"date":"[^"]+",/g, ''));
    expect(batchHtmlReport(noDates)).not.toContain('class="chart timeline"');
    const md = batchMarkdownReport(data);
    expect(md).toContain('| document | date | BS | SI | RC | DL | MD | EI | PP | HA | CC | VH | FA | LL |');
    expect(md).toMatch(/\| Kremlin readout \| 2026-10-14 \| .*0\.9\d\*/);
    expect(md).toContain('- line 6: not valid JSON');
  });
});

describe('spreadLabels', () => {
  it('moves end labels of the time line apart, keeping their order', () => {
    expect(spreadLabels([100, 50, 100, 101], 12)).toEqual([100, 50, 112, 124]);
    expect(spreadLabels([10, 40], 12)).toEqual([10, 40]);
    expect(spreadLabels([200, 200, 150], 12, 200)).toEqual([188, 200, 150]);
  });
});
