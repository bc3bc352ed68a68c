import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin } from './helpers.js';
import { repoPath } from './helpers.js';

// Bad input cases of issue 6 for `framelens batch` that test/batch-cli.test.ts does not cover. Spawns the built CLI.
let dir: string;
const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lex = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-bad-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('framelens batch on broken records', { timeout: 60_000 }, () => {
  it('says what a JSONL line must be on the first line that is not JSON at all (plain text piped to batch -)', () => {
    const r = bin(['batch', '-', '--quiet', ...lex], { input: 'The Kremlin said the talks were useful.\n\nThe Kyiv regime must go.\n{"id":"a","text":"Peace talks."}\n' });
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^framelens: <stdin>:1: invalid JSON \(.*\); each line must be one JSON object, such as \{"id": "a", "text": "\.\.\."\} \(plain text goes in \.txt or \.md files\)$/),
      expect.stringMatching(/^framelens: <stdin>:3: invalid JSON \([^;]*\)$/),
    ]);
    expect(lines(r.out).map((x) => x.id)).toEqual(['a']);
  });
  it('names carriage returns without line feeds as the cause of a JSONL line that does not parse, and says when the input holds no record', () => {
    const cr = bin(['batch', '-', '--quiet', ...lex], { input: '{"id":"a","text":"Peace talks."}\r{"id":"b","text":"A truce."}\r' });
    expect(cr.code).toBe(1);
    expect(cr.err).toMatch(/^framelens: <stdin>:1: invalid JSON \(.*\); the line holds carriage returns without line feeds \(old Mac line ends\): save the file with LF or CRLF line ends$/m);
    const empty = bin(['batch', '-', '--quiet', ...lex], { input: '' });
    expect(empty).toMatchObject({ code: 0, out: '' });
    expect(empty.err).toBe('framelens: batch: no records in the input (empty files or an empty stdin)\n');
  });
  it('refuses an output path that ends in a slash (a folder), before reading', () => {
    const r = bin(['batch', '-', '-o', 'out/', '--quiet', ...lex], { input: '{"id":"a","text":"Peace talks."}\n', cwd: dir });
    expect([r.code, r.err]).toEqual([2, `framelens: ${join(dir, 'out')}/: ends in a slash, so it names a folder; give a file name\n`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
  it('refuses a CSV without the column named with --id-column and warns when JSONL records lack that field; the default id column may be absent', () => {
    writeFileSync(join(dir, 'keys.csv'), 'key,text\nk1,The Kyiv regime refused peace talks.\n');
    writeFileSync(join(dir, 'keys.jsonl'), `${JSON.stringify({ id: 'kr', text: 'The Kyiv regime refused peace talks.' })}\n`);
    const typo = bin(['batch', 'keys.csv', '--id-column', 'nope', '--quiet', ...lex], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.err).toBe('framelens: keys.csv:1: no column "nope" in the CSV header (columns: key, text); choose one with --id-column\n');
    const byDefault = bin(['batch', 'keys.csv', '--quiet', ...lex], { cwd: dir });
    expect([byDefault.code, lines(byDefault.out)[0].id]).toEqual([0, 'keys.csv:2']);
    const jsonl = bin(['batch', 'keys.jsonl', '--id-column', 'nope', '--quiet', ...lex], { cwd: dir });
    expect([jsonl.code, lines(jsonl.out)[0].id]).toEqual([0, 'keys.jsonl:1']);
    expect(jsonl.err).toBe('framelens: keys.jsonl:1: no field "nope" (--id-column); records without it get their file and line as id\n');
  });
  it('writes every good JSONL record (BOM, CRLF, emoji, lone surrogates, no final newline) and reports each bad line by number', () => {
    const records = [
      `\ufeff${JSON.stringify({ id: 'bom', text: 'The war should never have started.' })}`,
      `${JSON.stringify({ id: 'crlf', text: 'Lavrov said the Kyiv regime refused peace talks.' })}\r`,
      '[1, 2, 3]',
      'null',
      JSON.stringify({ id: 'lone', text: 'The Kyiv \ud800 regime refused peace talks.' }),
      '{"id": "cut", "text": "The Kyiv reg',
      JSON.stringify({ id: 'emoji', text: '😀🇺🇦 The Kyiv regime 👨‍👩‍👧 refused peace talks.' }),
      JSON.stringify({ id: 'last', text: 'A cease-fire.' }),
    ];
    writeFileSync(join(dir, 'mixed.jsonl'), records.join('\n'));
    const r = bin(['batch', 'mixed.jsonl', '--jobs', '2', '--annotations', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    const out = lines(r.out);
    expect(out.map((o) => o.id)).toEqual(['bom', 'crlf', 'lone', 'emoji', 'last']);
    expect(r.err).toMatch(/^framelens: mixed\.jsonl:3: /m);
    expect(r.err).toMatch(/^framelens: mixed\.jsonl:4: /m);
    expect(r.err).toMatch(/^framelens: mixed\.jsonl:6: invalid JSON/m);
    expect(r.err).toMatch(/^framelens: batch: 5 ok, 3 failed/m);
    const texts = Object.fromEntries(records.flatMap((l) => { try { const o = JSON.parse(l.replace(/^\ufeff/, '')); return o?.id ? [[o.id, o.text]] : []; } catch { return []; } }));
    for (const o of out) {
      expect(o.annotations.length, o.id).toBeGreaterThan(0);
      for (const a of o.annotations) expect(texts[o.id].slice(a.start, a.end)).toBe(a.text);
    }
  });

  it('decodes a JSONL line that is not UTF-8 as Windows-1252 with a warning naming file and line, and keeps every record', () => {
    writeFileSync(join(dir, 'latin1.jsonl'), Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'a', text: 'Peace talks.' })}\n`),
      Buffer.from('{"id": "b", "text": "Caf'), Buffer.from([0xe9]), Buffer.from(' peace talks."}\n'),
      Buffer.from(`${JSON.stringify({ id: 'c', text: 'A cease-fire.' })}\n`),
    ]));
    const r = bin(['batch', 'latin1.jsonl', '--jobs', '2', ...lex], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lines(r.out).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(r.err).toMatch(/^framelens: latin1\.jsonl:2: not UTF-8; read as Windows-1252/m);
  });

  it('keeps the CSV rows before a quoted field that never closes, and reports its line', () => {
    writeFileSync(join(dir, 'open.csv'), '\ufeffid,text\r\na,Peace talks now\r\nb,"The Kyiv regime\r\nnever closes\r\n');
    const r = bin(['batch', 'open.csv', '--jobs', '2', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.out).map((o) => o.id)).toEqual(['a']);
    expect(r.err).toMatch(/^framelens: open\.csv:3: invalid CSV/m);
  });

  it('reports a bad record in one line with no escape sequence, whatever its CSV header or file name holds', () => {
    writeFileSync(join(dir, 'odd\nname.csv'), '"a\nb\u001b[31m",body\n1,Peace talks.\n');
    const r = bin(['batch', 'odd\nname.csv', '--quiet', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toMatch(/^framelens: odd.*name\.csv:1: no column "text"/);
    expect(r.err).not.toContain('\u001b');
  });

  it.skipIf(!existsSync('/dev/zero'))('reads a device or FIFO given as a text input within --max-chars: /dev/zero is refused from its first 8 KiB, not read for ever', () => {
    const zero = spawnSync(process.execPath, [repoPath('bin/framelens.js'), 'batch', '/dev/zero', '--quiet', ...lex], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    expect([zero.signal, zero.status, zero.stdout]).toEqual([null, 1, '']);
    expect(zero.stderr).toBe('framelens: /dev/zero: not a text file\n');
    execFileSync('mkfifo', [join(dir, 'long.fifo')]);
    const writer = spawn('sh', ['-c', 'yes "The Kyiv regime refused peace talks." | head -c 100000 > long.fifo'], { cwd: dir });
    const r = bin(['batch', 'long.fifo', '--max-chars', '1000', '--quiet', ...lex], { cwd: dir });
    writer.kill();
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toMatch(/^framelens: long\.fifo: more than 3000 bytes, so more than 1000 characters, over --max-chars 1000/);
  });

  it('refuses a binary file given as JSONL as one failed record, writing nothing', () => {
    writeFileSync(join(dir, 'scan.jsonl'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01, 0x02]));
    const r = bin(['batch', 'scan.jsonl', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^framelens: scan\.jsonl(:1)?: (binary data, not text|not a text file)/m);
  });
});

/** Start a batch run reading stdin, feed it one record and keep stdin open so that it waits; resolve once `ready` holds. */
async function startWaiting(cwd: string, args: string[], ready: (out: string) => boolean) {
  const child = spawn(process.execPath, [repoPath('bin/framelens.js'), 'batch', '-', '--jobs', '2', ...lex, ...args], { cwd });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  for (let i = 0; i < 20; i++) child.stdin.write(`${JSON.stringify({ id: i, text: 'The Kyiv regime refused peace talks. '.repeat(20) })}\n`);
  while (!ready(out)) await new Promise((r) => setTimeout(r, 20));
  const code = await new Promise<number | null>((resolve) => { child.on('exit', (c) => resolve(c)); child.kill('SIGINT'); });
  return { code, out: () => out, err: () => err };
}

describe('framelens batch interrupted (Ctrl-C)', { timeout: 60_000 }, () => {
  it('leaves an existing output file as it was: no torn output, no temporary file', async () => {
    const sub = join(dir, 'keep');
    mkdirSync(sub);
    writeFileSync(join(sub, 'out.jsonl'), '{"id":"old"}\n');
    const run = await startWaiting(sub, ['-o', 'out.jsonl'], () => readdirSync(sub).some((f) => f.endsWith('.tmp')));
    expect(run.code).toBe(130);
    expect(readdirSync(sub)).toEqual(['out.jsonl']);
    expect(readFileSync(join(sub, 'out.jsonl'), 'utf8')).toBe('{"id":"old"}\n');
  });

  it('writes only whole records to stdout before stopping', async () => {
    const sub = join(dir, 'stdout');
    mkdirSync(sub);
    const run = await startWaiting(sub, ['--annotations'], (out) => out.includes('\n')); // output goes down in 64 KB chunks: records with annotations fill one
    expect(run.code).toBe(130);
    expect(run.out().endsWith('\n')).toBe(true);
    const ids = lines(run.out()).map((o) => o.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, i) => i));
    expect(readdirSync(sub)).toEqual([]);
  });
});
