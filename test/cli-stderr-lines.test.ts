import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { cli, repoPath } from './helpers.js';

const onlyFixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('stderr lines with hostile file names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-stderr-'));
  const evil = join(dir, 'evil\u001b[31m\nline\u202e.txt');

  it('an error naming a missing file is one line without escape sequences', async () => {
    const r = await cli(['analyze', evil]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${dir}/evil\\u{1b}[31m line\\u{202e}.txt: no such file\n`);
  });

  it('a warning naming the file and the note after -o are one line each without escape sequences', async () => {
    writeFileSync(evil, Buffer.from([0x54, 0x68, 0x65, 0x20, 0xff, 0x0a]));
    const r = await cli(['report', evil, '-o', `${evil}.md`, ...onlyFixture]);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n').slice(0, -1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/evil\\u\{1b\}\[31m line\\u\{202e\}\.txt: not UTF-8; read as Windows-1252/);
    expect(lines[1]).toMatch(/^framelens: wrote .*evil\\u\{1b\}\[31m line\\u\{202e\}\.txt\.md$/);
    expect(r.err).not.toMatch(CONTROL);
  });
});

describe('stdin on a terminal', () => {
  it('analyze - says on stderr that it reads the text from the terminal, then analyses it', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end('The Kyiv regime refused peace talks.');
    let out = '';
    let err = '';
    const code = await run(['analyze', '-', '-f', 'json'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin });
    expect(code).toBe(0);
    expect(err).toBe('framelens: reading the text from the terminal (end with Ctrl-D), or give a file\n');
    expect(JSON.parse(out).source).toBe('<stdin>');
  });
});
