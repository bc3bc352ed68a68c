import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('a run whose records all failed is still reported, failures listed (and named on stderr, exit 1)', async () => {
    const r = await cli(['report', '--batch', '-'], '{"source":"a.txt","line":1,"error":"no text field"}\n');
    expect(r.code).toBe(1); // written, and the exit code says a record failed, as batch's does
    expect(r.out).toContain('- line 1 (a.txt): no text field');
    expect(r.err).toMatch(/^framelens: .*:1: record "a\.txt": no text field; listed under "Failed records"\n$/);
  });
});

describe('report and compare when --format and the -o extension disagree', () => {
  it('write what --format says and name the mismatch on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-format-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'The Kremlin said the Kyiv regime must end the war.');
      writeFileSync(join(dir, 'b.txt'), 'The White House said the talks on a ceasefire were productive.');
      const report = await cli(['report', 'a.txt', '-o', 'r.md', '-f', 'html'], '', dir);
      expect(report.code).toBe(0);
      expect(report.err).toContain('framelens: r.md: writing html (--format html), though its extension says md\n');
      expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
      const compare = await cli(['compare', 'a.txt', 'b.txt', '-o', 'c.md', '-f', 'json'], '', dir);
      expect(compare.err).toContain('framelens: c.md: writing json (--format json), though its extension says md\n');
      const agreeing = await cli(['compare', 'a.txt', 'b.txt', '-o', 'c.json', '-f', 'json'], '', dir);
      expect(agreeing.err).not.toContain('writing json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report --batch given the input of batch instead of its output', () => {
  it('says in one line to run framelens batch first, instead of failing every record', async () => {
    const input = '{"id":"a","text":"The Kyiv regime refused peace talks."}\n{"id":"b","text":"A ceasefire."}\n{"broken\n';
    const r = await cli(['report', '--batch', '-', '-f', 'md'], input);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('framelens: <stdin>: 2 of its records have a text but no categories: this is input for framelens batch, not its output; run `framelens batch FILE -o out.jsonl` first, then `framelens report --batch out.jsonl`\n');
  });

  it('names such a record among the output records of a run', async () => {
    const r = await cli(['report', '--batch', '-', '-f', 'md'], `${JSONL}{"id":"b","text":"A ceasefire."}\n`);
    expect(r.code).toBe(1);
    expect(r.err).toContain('record "b": no categories (it has text: a record for framelens batch, not one of its output?)');
  });
});
