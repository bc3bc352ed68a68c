import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const JSONL = '{"id":"a","categories":{"victimhood":{"score":0.5,"count":1,"detected":true}}}\n';

describe('report --batch with options that analyse a text', () => {
  it('says on stderr which options it ignores, and still writes the report', async () => {
    const r = await cli(['report', '--batch', '-', '-t', '0.9', '--top', '1', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], JSONL);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# framelens batch report/);
    expect(r.err).toBe('framelens: --threshold, --top, --lexicon have no effect with --batch (the records carry their scores)\n');
  });

  it('one option: "has"', async () => {
    expect((await cli(['report', '--batch', '-', '--strip', 'html'], JSONL)).err).toBe('framelens: --strip has no effect with --batch (the records carry their scores)\n');
  });

  it('says nothing when only the options that apply are given', async () => {
    const r = await cli(['report', '--batch', '-', '--title', 'Week 12', '-f', 'md'], JSONL);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^# Week 12/);
  });
});

describe('report --batch given a file that is not JSONL', () => {
  it.each([
    ['pretty-printed JSON (analyze --format json)', '{\n  "schemaVersion": 1,\n  "categories": {}\n}\n'],
    ['a text', 'The Kyiv regime refused peace talks.\nThe war should never have started.\n'],
    ['JSON values that are not objects', '[1, 2]\n"text"\n'],
  ])('%s: exit 1 with one line, not a report of 0 documents', async (_, content) => {
    const r = await cli(['report', '--batch', '-'], content);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^framelens: <stdin>: no line is a JSON object \(line 1: not (valid JSON|a JSON object)\); expected the JSONL output of framelens batch, one record per line\n$/);
  });

  it('a run whose records all failed is still reported, failures listed', async () => {
    const r = await cli(['report', '--batch', '-'], '{"source":"a.txt","line":1,"error":"no text field"}\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('- line 1 (a.txt): no text field');
  });
});
