import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, repoPath } from './helpers.js';

// Where `framelens batch -o` and `--errors` write: a device, FIFO or symbolic link is not replaced by a plain file. Spawns the built CLI.
let dir: string;
const lex = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const input = `${JSON.stringify({ id: 'a', text: 'The Kyiv regime refused peace talks.' })}\n${JSON.stringify({ id: 'b' })}\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-batch-target-'));
  writeFileSync(join(dir, 'in.jsonl'), input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `cmd args` in `dir` and resolve with its stdout and exit code. */
function runAsync(cmd: string, args: string[], started: (kill: () => void) => void = () => {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: dir });
    started(() => child.kill());
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('framelens batch output targets', { timeout: 30_000 }, () => {
  it('writes to a FIFO in place (a reader gets the records) instead of renaming a file over it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    let killReader = () => {};
    const reader = runAsync('cat', ['pipe'], (kill) => { killReader = kill; });
    const batch = await runAsync(process.execPath, [repoPath('bin/framelens.js'), 'batch', 'in.jsonl', '-q', '-o', 'pipe', ...lex]);
    const isFifo = lstatSync(join(dir, 'pipe')).isFIFO();
    if (!isFifo) killReader(); // replaced by a file: the reader would wait for a writer for ever
    expect(batch.code).toBe(1);
    expect(isFifo).toBe(true);
    const read = await reader;
    expect(read.out.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a']);
  });

  it('writes through a symbolic link to the file it names, keeping the link', () => {
    writeFileSync(join(dir, 'real.jsonl'), 'old\n');
    writeFileSync(join(dir, 'real-errors.jsonl'), 'old\n');
    symlinkSync('real.jsonl', join(dir, 'link.jsonl'));
    symlinkSync('real-errors.jsonl', join(dir, 'link-errors.jsonl'));
    const r = bin(['batch', 'in.jsonl', '-q', '-o', 'link.jsonl', '--errors', 'link-errors.jsonl', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link-errors.jsonl')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.jsonl'), 'utf8')).id).toBe('a');
    expect(JSON.parse(readFileSync(join(dir, 'real-errors.jsonl'), 'utf8')).id).toBe('b');
  });
});

describe('a standard output that cannot be written', { timeout: 30_000 }, () => {
  it.skipIf(!existsSync('/dev/full'))('reports a full device in one line, exit 1, no stack trace (batch and analyze)', () => {
    for (const args of [['batch', 'in.jsonl', '-q', ...lex], ['analyze', 'in.jsonl', ...lex]]) {
      const fd = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [repoPath('bin/framelens.js'), ...args], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(r.status, args[0]).toBe(1);
      expect(r.stderr, args[0]).toMatch(/^framelens: cannot write the output \(ENOSPC\)$/m);
      expect(r.stderr, args[0]).not.toMatch(/\n\s+at /);
    }
  });
});

describe('an -o or --errors file that fails while written', { timeout: 60_000 }, () => {
  it.skipIf(!existsSync('/dev/full'))('stops the run with one line naming it, exit 1, instead of waiting for ever for it to drain', () => {
    const many = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: `The Kyiv regime refused peace talks ${i}.` })).join('\n');
    for (const args of [['-o', '/dev/full'], ['-o', 'fine.jsonl', '--errors', '/dev/full']]) {
      const r = spawnSync(process.execPath, [repoPath('bin/framelens.js'), 'batch', '-', '-q', ...args, ...lex], { cwd: dir, input: `${many}\nbad\n${many}`, encoding: 'utf8', timeout: 30_000 });
      expect(r.signal, args.join(' ')).toBe(null); // not killed by the timeout
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/^framelens: \/dev\/full: cannot write \(ENOSPC\)$/m);
    }
  });
});

describe('report and compare -o targets', { timeout: 30_000 }, () => {
  it('write through a symbolic link and into a device in place, never renaming a plain file over them', () => {
    writeFileSync(join(dir, 'readout.txt'), 'Lavrov said the Kyiv regime refused peace talks.\n');
    writeFileSync(join(dir, 'real-report.md'), 'old\n');
    symlinkSync('real-report.md', join(dir, 'link-report.md'));
    const r = bin(['report', 'readout.txt', '-o', 'link-report.md', ...lex], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link-report.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real-report.md'), 'utf8')).toMatch(/^# framelens report/);
    if (existsSync('/dev/full')) {
      for (const args of [['report', 'readout.txt', '-f', 'md', '-o', '/dev/full'], ['compare', 'readout.txt', 'in.jsonl', '-f', 'text', '-o', '/dev/full']]) {
        const d = bin([...args, ...lex], { cwd: dir });
        expect(d.code, args[0]).toBe(1);
        expect(d.err, args[0]).toMatch(/^framelens: \/dev\/full: cannot write \(ENOSPC\)$/m);
        expect(lstatSync('/dev/full').isCharacterDevice(), args[0]).toBe(true);
      }
    }
  });
});

describe('an --errors file that fails at the end', { timeout: 30_000 }, () => {
  it.skipIf(!existsSync('/dev/full'))('leaves the -o file unwritten too: every output is flushed before any is renamed into place', () => {
    rmSync(join(dir, 'placed.jsonl'), { force: true });
    const r = bin(['batch', 'in.jsonl', '-q', '-o', 'placed.jsonl', '--errors', '/dev/full', ...lex], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^framelens: \/dev\/full: cannot write \(ENOSPC\)$/m);
    expect(existsSync(join(dir, 'placed.jsonl'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('temporary files that a killed run left beside -o', { timeout: 30_000 }, () => {
  it('are removed with a note when their process is gone and they are old; others are kept', () => {
    const dead = spawnSync('true').pid!; // exited: its id names no process
    const hourAgo = new Date(Date.now() - 3600_000);
    const old = join(dir, `.swept.jsonl.${dead}.deadbeef.tmp`);
    const fresh = join(dir, `.swept.jsonl.${dead}.0badf00d.tmp`);
    const alive = join(dir, `.swept.jsonl.${process.pid}.cafe0123.tmp`); // the test runner: still running
    const other = join(dir, `.other.jsonl.${dead}.deadbeef.tmp`);
    for (const f of [old, fresh, alive, other]) writeFileSync(f, 'partial\n');
    for (const f of [old, alive, other]) utimesSync(f, hourAgo, hourAgo);
    const r = bin(['batch', 'in.jsonl', '-o', 'swept.jsonl', ...lex], { cwd: dir });
    expect(r.code).toBe(1); // the record without text
    expect(existsSync(old)).toBe(false);
    expect([fresh, alive, other].filter((f) => existsSync(f))).toEqual([fresh, alive, other]);
    expect(r.err).toContain(`framelens: swept.jsonl: removed .swept.jsonl.${dead}.deadbeef.tmp, a temporary file left by an earlier run that was killed`);
    expect(r.err.match(/removed/g)).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'swept.jsonl'), 'utf8')).id).toBe('a');
  });
});
