import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, repoPath } from './helpers.js';

// batch reads, analyses and formats a JSONL line in the worker that gets it (line-task.ts): the main thread passes bytes
// on and says each file's once-only messages in input order (jsonl-notes.ts). These runs use two workers and enough lines
// that both get some, and check that nothing depends on which worker read which line.
let dir: string;
const lex = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const rows = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; stats: { characters: number }; markers: { text: string }[] });
const texts = ['The Kyiv regime must go, Moscow said.', 'Кремль: переговоры «полезны». The Kyiv regime 🙂 again.', 'Peace talks resumed in Geneva on Monday.', 'Ceasefire — “a pause”, not peace; the Kyiv regime’s claims.'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-lines-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('framelens batch with JSONL lines read in worker threads', { timeout: 120_000 }, () => {
  it('writes every record in input order, the same with one worker and two, non-ASCII text included', () => {
    const input = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `r${i}`, text: texts[i % texts.length], n: i })).join('\n') + '\n';
    const one = bin(['batch', '-', '--jobs', '1', '--quiet', ...lex], { input });
    const two = bin(['batch', '-', '--jobs', '2', '--quiet', ...lex], { input });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    const got = rows(two.out);
    expect(got.map((r) => r.id)).toEqual(Array.from({ length: 400 }, (_, i) => `r${i}`));
    expect(got.map((r) => r.stats.characters)).toEqual(Array.from({ length: 400 }, (_, i) => texts[i % texts.length].length));
    expect(got[1].markers.map((m) => m.text)).toContain('Kyiv regime');
  });

  it('gives the "one JSON object" hint once, on the first line that is not JSON, and names every bad line in input order', () => {
    const input = Array.from({ length: 300 }, (_, i) => (i % 3 === 1 ? `plain text line ${i}` : JSON.stringify({ id: `r${i}`, text: texts[i % texts.length] }))).join('\n') + '\n';
    const r = bin(['batch', '-', '--jobs', '2', '--quiet', ...lex], { input });
    expect(r.code).toBe(1);
    const errors = r.err.split('\n').filter(Boolean);
    expect(errors).toHaveLength(100);
    expect(errors.filter((e) => e.includes('each line must be one JSON object'))).toEqual([expect.stringMatching(/^framelens: <stdin>:2: invalid JSON/)]);
    expect(errors.map((e) => Number(/<stdin>:(\d+):/.exec(e)![1]))).toEqual(Array.from({ length: 100 }, (_, i) => 3 * i + 2));
    expect(rows(r.out)).toHaveLength(200);
  });

  it('says a file read as Windows-1252 once, and a passthrough number too large once per record, in input order', () => {
    const good = (i: number) => Buffer.from(JSON.stringify({ id: `r${i}`, text: texts[i % texts.length] }) + '\n');
    const parts: Buffer[] = [];
    for (let i = 0; i < 200; i++) {
      if (i === 50 || i === 150) parts.push(Buffer.concat([Buffer.from(`{"id":"r${i}","text":"caf`), Buffer.from([0xe9]), Buffer.from(' talks"}\n')]));
      else if (i === 120 || i === 121) parts.push(Buffer.from(`{"id":"r${i}","text":"Peace talks.","tweet":12345678901234567890}\n`));
      else parts.push(good(i));
    }
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, Buffer.concat(parts));
    const r = bin(['batch', file, '--jobs', '2', '--quiet', ...lex]);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/mixed\.jsonl:51: not UTF-8; read as Windows-1252/),
      expect.stringMatching(/mixed\.jsonl:121: field "tweet" is a number too large/),
      expect.stringMatching(/mixed\.jsonl:122: field "tweet" is a number too large/),
    ]);
    const out = rows(r.out);
    expect(out).toHaveLength(200);
    expect(out[150].stats.characters).toBe('café talks'.length);
  });

  it('writes text files and JSONL lines together in input order, as JSONL and as CSV', () => {
    writeFileSync(join(dir, 'a.txt'), 'The Kyiv regime, a text file.');
    writeFileSync(join(dir, 'b.jsonl'), Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `b${i}`, text: texts[i % texts.length], date: `2025-03-${10 + (i % 9)}` })).join('\n'));
    writeFileSync(join(dir, 'c.txt'), 'Peace talks, another text file.');
    const jsonl = bin(['batch', 'a.txt', 'b.jsonl', 'c.txt', '--jobs', '2', '--quiet', ...lex], { cwd: dir });
    expect(jsonl.code).toBe(0);
    const ids = ['a.txt', ...Array.from({ length: 40 }, (_, i) => `b${i}`), 'c.txt'];
    expect(rows(jsonl.out).map((r) => r.id)).toEqual(ids);
    expect((JSON.parse(jsonl.out.split('\n')[5]) as { date: string }).date).toBe('2025-03-14');
    const csv = bin(['batch', 'a.txt', 'b.jsonl', 'c.txt', '--jobs', '2', '--quiet', '--format', 'csv', ...lex], { cwd: dir });
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toMatch(/^id,source,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);
  });
});
