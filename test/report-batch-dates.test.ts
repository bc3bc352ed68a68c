import { afterEach, describe, expect, it } from 'vitest';
import { batchHtmlReport } from '../src/report/batch-html.js';
import { readBatchRecords } from '../src/report/batch-records.js';
import { timelinePoints } from '../src/report/timeline.js';

const rec = (id: string, date: unknown) => JSON.stringify({ id, date, categories: { 'peace-process': 0.5 } });
const day = (date: unknown) => { const t = readBatchRecords(rec('x', date)).docs[0].time; return t === null ? null : new Date(t).toISOString().slice(0, 10); };
const tz = process.env.TZ;
afterEach(() => { if (tz === undefined) delete process.env.TZ; else process.env.TZ = tz; });

describe('batch report: the dates of the time line', () => {
  it('does not read a year into words and bare numbers ("March 18", "Call 12", "version 2" were plotted in 2001)', () => {
    expect(day('March 18')).toBeNull();
    expect(day('Call 12')).toBeNull();
    expect(day('version 2')).toBeNull();
    expect(day('1')).toBeNull();
    expect(day('2025-02-30')).toBeNull();
  });

  it('keeps the calendar day as written, whatever the time zone of the record or of the machine', () => {
    expect(day('2025-03-18T23:30:00-05:00')).toBe('2025-03-18');
    expect(day('2025-03-18')).toBe('2025-03-18');
    expect(day('2025-03')).toBe('2025-03-01');
    expect(day(2025)).toBe('2025-01-01');
    process.env.TZ = 'America/New_York';
    expect(day('18 March 2025')).toBe('2025-03-18');
    expect(day('March 18, 2025')).toBe('2025-03-18');
    expect(day('2025')).toBe('2025-01-01');
    process.env.TZ = 'Asia/Tokyo';
    expect(day('18 March 2025')).toBe('2025-03-18');
  });

  it('a time line of one span: an undated record does not stretch it, and the page says which records it leaves out', () => {
    const data = readBatchRecords([rec('a', '2026-10-14'), rec('b', '2026-10-15'), rec('c', 'March 18'), rec('d', null)].join('\n'));
    expect(timelinePoints(data.docs).map((p) => p.date)).toEqual(['2026-10-14', '2026-10-15']);
    expect(batchHtmlReport(data)).toContain('2 documents have no date the time line can read (c, d)');
  });
});

describe('batch report legend', () => {
  it('explains the category colours only: the page has no text, so no voice underlines or quotation italics to explain', () => {
    const html = batchHtmlReport(readBatchRecords(rec('a', '2026-10-14')));
    expect(html).toContain('class="legend-cats"');
    expect(html).not.toContain('class="legend-voices"');
  });
});
