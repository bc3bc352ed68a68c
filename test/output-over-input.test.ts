import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, repoPath } from './helpers.js';

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

  it('batch: -o or --errors naming an input file, or a file inside an input folder, is refused before anything is read', async () => {
    const records = '{"id":"a","text":"Lavrov said the Kyiv regime refused peace talks."}\n';
    writeFileSync(join(dir, 'records.jsonl'), records);
    const o = await cli(['batch', 'records.jsonl', '-o', 'records.jsonl', '--quiet', ...fixture], '', dir);
    expect([o.code, o.out, o.err]).toEqual([2, '', 'framelens: records.jsonl: is the input records.jsonl; writing there would overwrite it (choose another -o path)\n']);
    const e = await cli(['batch', 'records.jsonl', '--errors', './records.jsonl', '--quiet', ...fixture], '', dir);
    expect([e.code, e.err]).toEqual([2, 'framelens: ./records.jsonl: is the input records.jsonl; writing there would overwrite it (choose another --errors path)\n']);
    expect(readFileSync(join(dir, 'records.jsonl'), 'utf8')).toBe(records);
    writeFileSync(other, 'The war should never have started.\n');
    const inFolder = await cli(['batch', dir, '-o', other, '--quiet', ...fixture]);
    expect(inFolder.code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe('The war should never have started.\n');
  });

  it('batch: --errors naming the -o file (new, existing, or by another name) is refused before anything is read', async () => {
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"a","text":"Lavrov said the Kyiv regime refused peace talks."}\n{"id":"b"}\n');
    const fresh = await cli(['batch', 'in.jsonl', '-o', 'both.jsonl', '--errors', './both.jsonl', '--quiet', ...fixture], '', dir);
    expect([fresh.code, fresh.out, fresh.err]).toEqual([2, '', 'framelens: ./both.jsonl: is also the -o output; the errors would overwrite the results (choose another --errors path)\n']);
    writeFileSync(join(dir, 'kept.jsonl'), 'old\n');
    const existing = await cli(['batch', 'in.jsonl', '-o', join(dir, 'kept.jsonl'), '--errors', 'kept.jsonl', '--quiet', ...fixture], '', dir);
    expect(existing.code).toBe(2);
    expect(readFileSync(join(dir, 'kept.jsonl'), 'utf8')).toBe('old\n');
  });

  it('another path is written as before', async () => {
    writeFileSync(readout, TEXT);
    const r = await cli(['report', readout, '-o', join(dir, 'readout.report.md'), ...fixture]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'readout.report.md'), 'utf8')).toMatch(/^# framelens report/);
  });
});

describe('batch -o inside an input folder', () => {
  it('names a .txt or .md output there (a later batch over the folder would read it), not a .jsonl one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-out-in-folder-'));
    writeFileSync(join(dir, 'readout.txt'), TEXT);
    const txt = bin(['batch', '.', '-o', 'scored.txt', '-q', ...fixture], { cwd: dir }); // the built command: batch's workers run dist/
    expect(txt.code).toBe(0);
    expect(txt.err).toBe('framelens: scored.txt: is inside the input folder ., so a later batch over . would read it as a text (name it .jsonl or .csv, or write it elsewhere)\n');
    expect(readFileSync(join(dir, 'scored.txt'), 'utf8')).toMatch(/^\{"id":"readout\.txt"/);
    const jsonl = bin(['batch', '.', '-o', 'scored.jsonl', '-q', ...fixture], { cwd: dir });
    expect(jsonl.err).toBe('');
  });
});
