import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { toAnalysisRow } from '../src/batch/analysis-row.js';
import { csvColumns, csvLine, jsonLine } from '../src/batch/format-row.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { batchHtmlReport } from '../src/report/batch-html.js';
import { readBatchRecords } from '../src/report/batch-records.js';
import { repoPath } from './helpers.js';

const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
// a statement that denies the frame: its only marker fires negated, and a spreadsheet row must not read as if it framed it
const result = analyze('There is no Kyiv regime.', { lexicon });
const row = toAnalysisRow(result, 5, false);
const record = { id: 'denial', source: 'x.jsonl', passthrough: {} };

describe('batch: a negated marker says so', () => {
  it('JSONL markers carry negated: true, and plain ones no such field', () => {
    expect(row.markers).toEqual([expect.objectContaining({ marker: 't-kyiv-regime', text: 'Kyiv regime', negated: true })]);
    expect(toAnalysisRow(analyze('The Kyiv regime refused.', { lexicon }), 5, false).markers[0]).not.toHaveProperty('negated');
  });

  it('the CSV markers column adds (negated)', () => {
    expect(csvLine(csvColumns(record), record, row)).toContain(',delegitimization: Kyiv regime (negated)\n');
  });

  it('the batch report shows it beside the strongest marker', () => {
    const html = batchHtmlReport(readBatchRecords(jsonLine(record, JSON.stringify(row))));
    expect(html).toContain('“Kyiv regime” (negated) 0.09');
  });
});
