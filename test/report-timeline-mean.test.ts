import { describe, expect, it } from 'vitest';
import { batchHtmlReport } from '../src/report/batch-html.js';
import { readBatchRecords } from '../src/report/batch-records.js';

// Two governments' readouts of one call carry the same date: the time line's point for that day is their mean
// (delegitimization 0.49 from 0.98 and 0), a score neither has; the page must say so where it can be read, not only in a tooltip.
const line = (id: string, date: string, dl: number) => JSON.stringify({ id, date, categories: { delegitimization: { score: dl, count: 1, detected: dl >= 0.4 } } });

describe('batch report time line: a point that averages several documents says so', () => {
  it('names the day and how many documents its point averages', () => {
    const html = batchHtmlReport(readBatchRecords([line('kremlin', '2026-11-24', 0.98), line('elysee', '2026-11-24', 0), line('comment', '2026-11-25', 0.95)].join('\n')));
    expect(html).toContain('<p class="why">A point on a day with several documents shows the mean of their scores, which none of them need have (2026-11-24: 2 documents); the table above has each document\'s own.</p>');
  });

  it('says nothing when each point is one document', () => {
    const html = batchHtmlReport(readBatchRecords([line('kremlin', '2026-11-24', 0.98), line('comment', '2026-11-25', 0.95)].join('\n')));
    expect(html).not.toContain('shows the mean of their scores');
  });
});
