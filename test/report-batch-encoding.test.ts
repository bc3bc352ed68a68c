import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const JSONL = '{"id":"a","categories":{"victimhood":0.5}}\n{"id":"b","categories":{"victimhood":0.2}}\n';
const dir = mkdtempSync(join(tmpdir(), 'framelens-report-batch-enc-'));

describe('report --batch reads the JSONL as batch reads its input', () => {
  it('a UTF-8 byte order mark (Notepad, Excel) does not make the first record "not valid JSON"', async () => {
    const file = join(dir, 'bom.jsonl');
    writeFileSync(file, `\ufeff${JSONL}`);
    const r = await cli(['report', '--batch', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 documents.');
    expect(r.out).not.toContain('Failed records');
    expect((await cli(['report', '--batch', '-'], Buffer.from(`\ufeff${JSONL}`))).out).toContain('2 documents.');
  });

  it('UTF-16 with a byte order mark (Windows PowerShell 5 redirection) is decoded; binary is refused in one line', async () => {
    const file = join(dir, 'utf16.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSONL, 'utf16le')]));
    const r = await cli(['report', '--batch', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 documents.');
    const gz = join(dir, 'results.jsonl.gz');
    writeFileSync(gz, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
    const bad = await cli(['report', '--batch', gz]);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`framelens: ${gz}: not a text file\n`);
  });

  it('names stdin <stdin> in the HTML title, not "-"', async () => {
    const r = await cli(['report', '--batch', '-', '-f', 'html'], JSONL);
    expect(r.out).toContain('<h1>framelens batch report: &lt;stdin&gt;</h1>');
  });
});

describe('report --batch - on a terminal', () => {
  it('says on stderr that it reads the JSONL from the terminal, as analyze - does, instead of waiting silently', async () => {
    const { PassThrough } = await import('node:stream');
    const { run } = await import('../src/cli/run.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(JSONL);
    let out = ''; let err = '';
    const code = await run(['report', '--batch', '-'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin });
    expect(code).toBe(0);
    expect(err).toBe('framelens: reading the JSONL from the terminal (end with Ctrl-D), or give a file such as the output of framelens batch\n');
    expect(out).toContain('2 documents.');
  });
});
