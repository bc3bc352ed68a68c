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
