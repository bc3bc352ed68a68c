import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const fixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const TEXT = 'Lavrov said the “Kyiv regime” refused peace talks.\n';

describe('-o naming an input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-over-input-'));
  const readout = join(dir, 'readout.md');
  const other = join(dir, 'other.txt');
  writeFileSync(other, 'The war should never have started.\n');

  it.each([
    ['report', (o: string) => ['report', readout, '-o', o]],
    ['compare A', (o: string) => ['compare', readout, other, '-o', o]],
    ['compare B', (o: string) => ['compare', other, readout, '-o', o]],
  ])('%s: refused as a usage error, the input left as it was', async (_, argv) => {
    writeFileSync(readout, TEXT);
    for (const o of [readout, join(dir, '.', 'readout.md')]) {
      const r = await cli([...argv(o), ...fixture]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`framelens: ${o}: is the input ${readout}; writing there would overwrite it (choose another -o path)\n`);
      expect(readFileSync(readout, 'utf8')).toBe(TEXT);
    }
  });

  it('relative paths from the working folder count too, and the batch JSONL of report --batch', async () => {
    writeFileSync(readout, TEXT);
    const r = await cli(['report', 'readout.md', '-o', './readout.md', ...fixture], '', dir);
    expect(r.code).toBe(2);
    writeFileSync(join(dir, 'runs.jsonl'), '{"id":"a","categories":{"victimhood":0.5}}\n');
    const b = await cli(['report', '--batch', 'runs.jsonl', '-o', 'runs.jsonl', '-f', 'md'], '', dir);
    expect(b.code).toBe(2);
    expect(readFileSync(join(dir, 'runs.jsonl'), 'utf8')).toBe('{"id":"a","categories":{"victimhood":0.5}}\n');
  });

  it('another path is written as before', async () => {
    writeFileSync(readout, TEXT);
    const r = await cli(['report', readout, '-o', join(dir, 'readout.report.md'), ...fixture]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'readout.report.md'), 'utf8')).toMatch(/^# framelens report/);
  });
});
