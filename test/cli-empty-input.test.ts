import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli } from './helpers.js';

const EMPTY = 'the text is empty or only white space, nothing to analyse (was the file saved or downloaded whole?)';

// An analyst whose download failed gets an empty file; its zero scores must not read as a text without framing.
describe('an empty single input is an input error: one line naming it, exit 1, nothing on stdout', () => {
  it.each([[''], [' \n\t\n'], ['\ufeff']])('analyze of %j', async (text) => {
    const r = await cli(['analyze', '-', '--format', 'json'], text);
    expect(r).toMatchObject({ code: 1, out: '', err: `framelens: <stdin>: ${EMPTY}\n` });
  });

  it('report and compare too', async () => {
    expect(await cli(['report', '-'], '')).toMatchObject({ code: 1, out: '', err: `framelens: <stdin>: ${EMPTY}\n` });
    expect(await cli(['compare', '-', '/dev/null'], 'The Kyiv regime refused.')).toMatchObject({ code: 1, out: '', err: `framelens: /dev/null: ${EMPTY}\n` });
  });

  it('markup without prose is named so, with the way to read it as it is (a warning: the file is not empty)', async () => {
    const r = await cli(['analyze', '-', '--strip', 'html'], '<html><head><script>var a = 1;</script></head><body></body></html>');
    expect(r.code).toBe(0);
    expect(r.err).toBe('framelens: <stdin>: no prose left once the markup is read past, so nothing was found in it (--strip none reads it as it is)\n');
  });

  it('a text with words gets no such warning', async () => {
    expect((await cli(['analyze', '-'], 'The Kyiv regime refused.')).err).toBe('');
  });
});

describe('batch: an input file that holds no records is named', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-empty-'));
  writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'good.jsonl'), '{"id":"a","text":"The Kyiv regime refused."}\n');

  it('a JSONL file with no records is a warning naming it; the other files are read', async () => {
    const r = bin(['batch', 'empty.jsonl', 'good.jsonl', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toBe('framelens: empty.jsonl: no records in this file (it is empty)\n');
  });

  it('a CSV without a header row is an error for that file, as a text file without text is', async () => {
    const csv = bin(['batch', 'empty.csv', 'good.jsonl', '-q'], { cwd: dir });
    expect(csv.code).toBe(1);
    expect(csv.err).toBe('framelens: empty.csv: invalid CSV: no header row (the file is empty)\n');
    expect(csv.out.trim().split('\n')).toHaveLength(1);
    const txt = bin(['batch', 'empty.txt', '-q'], { cwd: dir });
    expect(txt.code).toBe(1);
    expect(txt.err).toBe('framelens: empty.txt: no text (the text is empty)\n');
  });
});
