import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS } from '../src/io/max-chars.js';
import { bin, cli } from './helpers.js';
import { repoPath, seedText } from './helpers.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-bad-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true })); // the 100 MB and 10 MB files

/** True when the current user can read a file without read permission (root): the permission case is then skipped. */
function permissionsIgnored(): boolean {
  const probe = join(mkdtempSync(join(tmpdir(), 'framelens-perm-')), 'probe.txt');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return true;
  } catch {
    return false;
  }
}

describe('binary files are refused with `<path>: not a text file`, exit 1', () => {
  const cases: [string, Uint8Array][] = [
    ['nul.txt', Buffer.from('The war should never have started.\u0000\u0000\u0001 and more', 'utf8')],
    ['report.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.from([0, 1, 2, 255])])],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])],
    ['archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
  ];
  it.each(cases)('%s', async (name, bytes) => {
    writeFileSync(at(name), bytes);
    const r = await cli(['analyze', at(name), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${at(name)}: not a text file\n`);
    expect(r.out).toBe('');
  });
  it('refuses binary on stdin as <stdin>', async () => {
    const r = await cli(['analyze', '-'], Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0]));
    expect(r).toMatchObject({ code: 1, out: '', err: 'framelens: <stdin>: not a text file\n' });
  });
  it('prints one line and no stack trace from the installed binary', () => {
    writeFileSync(at('bin.pdf'), Buffer.from('%PDF-1.4\u0000'));
    const r = bin(['analyze', at('bin.pdf')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${at('bin.pdf')}: not a text file\n`);
  });
});

describe('UTF-16 without a byte order mark', () => {
  it.each([['utf16le'], ['utf16be']] as const)('%s: refused as binary, with a hint at the encoding', async (encoding) => {
    const le = Buffer.from('The war “should never have started”, Lavrov said of the Kyiv regime.\n', 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    writeFileSync(at(`${encoding}.txt`), bytes);
    const r = await cli(['analyze', at(`${encoding}.txt`)]);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toBe(`framelens: ${at(`${encoding}.txt`)}: not a text file (it looks like UTF-16 without a byte order mark: save it as UTF-8)\n`);
  });
});

describe('encodings', () => {
  it('decodes damaged UTF-8 with U+FFFD and a warning naming the file; offsets index the decoded text', async () => {
    const bytes = Buffer.concat([Buffer.from('Café talks: the Kyiv regime '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' refused peace talks.')]); // valid UTF-8 with stray bytes
    writeFileSync(at('latin1.txt'), bytes);
    const r = await cli(['analyze', at('latin1.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`framelens: ${at('latin1.txt')}: invalid UTF-8, decoded with replacement characters (U+FFFD)\n`);
    const json = JSON.parse(r.out);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\ufffd');
    expect(json.stats.characters).toBe(text.length);
    for (const a of json.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
  it('reads a Windows-1252 file (Word and Excel on Windows) as such, curly quotes and accents included, with a warning naming the file', async () => {
    const bytes = Buffer.concat([Buffer.from('Peskov said the '), Buffer.from([0x93]), Buffer.from('Kyiv regime'), Buffer.from([0x94]), Buffer.from(' must stop '), Buffer.from([0x96]), Buffer.from(' caf'), Buffer.from([0xe9]), Buffer.from(' talks.')]);
    writeFileSync(at('ansi.txt'), bytes);
    const r = await cli(['analyze', at('ansi.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`framelens: ${at('ansi.txt')}: not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)\n`);
    const json = JSON.parse(r.out);
    expect(json.quotes.map((q: { text: string }) => q.text)).toEqual(['Kyiv regime']);
    expect(json.annotations.map((a: { text: string; voice: string }) => [a.text, a.voice])).toEqual([['Kyiv regime', 'quoted']]);
    expect(json.stats.characters).toBe('Peskov said the “Kyiv regime” must stop – café talks.'.length);
  });
  it('reads UTF-16 with a byte order mark (little and big endian) as text', async () => {
    const text = 'Lavrov said the “Kyiv regime” refused peace talks. 😀';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const utf8 = JSON.parse((await cli(['analyze', '-', '-f', 'json'], text)).out);
    for (const [name, bytes] of [['utf16le.txt', le], ['utf16be.txt', be]] as const) {
      writeFileSync(at(name), bytes);
      const r = await cli(['analyze', at(name), '-f', 'json']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out).annotations).toEqual(utf8.annotations);
    }
  });
});

describe('paths that cannot be read or written: one line naming the path, exit 1', () => {
  it('a missing file', async () => {
    expect(await cli(['analyze', at('missing.txt')])).toEqual({ code: 1, out: '', err: `framelens: ${at('missing.txt')}: no such file\n` });
  });
  it('a folder where a file was expected', async () => {
    mkdirSync(at('a-folder'), { recursive: true });
    const said = `framelens: ${at('a-folder')}: is a folder, expected a file (framelens batch ${at('a-folder')} scores every .txt and .md file in it)\n`;
    expect(await cli(['analyze', at('a-folder')])).toEqual({ code: 1, out: '', err: said });
    expect(await cli(['report', at('a-folder')])).toEqual({ code: 1, out: '', err: said });
    expect(await cli(['compare', at('a-folder'), at('a-folder')])).toEqual({ code: 1, out: '', err: said });
  });
  it.skipIf(permissionsIgnored())('a file without read permission', async () => {
    writeFileSync(at('secret.txt'), 'The war should never have started.');
    chmodSync(at('secret.txt'), 0o000);
    expect(await cli(['analyze', at('secret.txt')])).toEqual({ code: 1, out: '', err: `framelens: ${at('secret.txt')}: permission denied\n` });
  });
  it.each([
    ['batch', (out: string) => ['batch', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out]],
    ['compare', (out: string) => ['compare', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out]],
    ['report', (out: string) => ['report', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out.replace(/\.txt$/, '.md')]],
  ] as const)('an output folder that does not exist (%s -o)', async (_name, argv) => {
    const args = argv(at('no-such-folder/out.txt'));
    const out = args[args.length - 1];
    const r = await cli([...args]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^framelens: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write \\([^)]+\\)\n$`));
    expect(r.out).toBe('');
  });
  it.each([
    ['batch', (out: string) => ['batch', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out]],
    ['compare', (out: string) => ['compare', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out, '--format', 'md']],
    ['report', (out: string) => ['report', repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), '-o', out, '--format', 'md']],
  ] as const)('an output path that is a folder (%s -o): one line, no temporary file left', (_name, argv) => {
    const folder = mkdtempSync(join(tmpdir(), 'framelens-out-folder-'));
    const r = bin([...argv(folder)]); // the built command: batch's workers run from dist/
    expect(r).toEqual({ code: 1, out: '', err: `framelens: ${folder}: cannot write (is a folder)\n` });
    expect(readdirSync(dirname(folder)).filter((f) => f.startsWith(`.${basename(folder)}.`))).toEqual([]);
  });
  it.runIf(permissionsIgnored() && existsSync('/usr/bin/setpriv'))('a file without read permission, read as user nobody (the tests run as root)', () => {
    const sub = mkdtempSync(join(tmpdir(), 'framelens-nobody-'));
    chmodSync(sub, 0o755);
    writeFileSync(join(sub, 'secret.txt'), 'The war should never have started.');
    chmodSync(join(sub, 'secret.txt'), 0o000);
    const r = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, repoPath('bin/framelens.js'), 'analyze', join(sub, 'secret.txt')], { encoding: 'utf8' });
    expect(r.stderr).toBe(`framelens: ${join(sub, 'secret.txt')}: permission denied\n`);
    expect(r.status).toBe(1);
  });
  it('a missing file from the installed binary: no stack trace', () => {
    const r = bin(['analyze', at('missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${at('missing.txt')}: no such file\n`);
  });
});

describe('paths that are not regular files', () => {
  it.skipIf(!existsSync('/dev/zero'))('refuses an endless device such as /dev/zero as not a text file, without reading it all', async () => {
    expect(await cli(['analyze', '/dev/zero'])).toEqual({ code: 1, out: '', err: 'framelens: /dev/zero: not a text file\n' });
  });
  it('reads a pipe given as a path (`framelens analyze <(command)`)', () => {
    const sh = `"${process.execPath}" "${repoPath('bin/framelens.js')}" analyze <(printf 'The war should never have started.') --format json`;
    const r = spawnSync('bash', ['-c', sh], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).stats.characters).toBe(34);
  });
});

describe('stdout closed early', () => {
  it('`framelens analyze x --format json | head -c 10` prints 10 bytes and no EPIPE noise', () => {
    writeFileSync(at('long.txt'), `${seedText()}\n\n`.repeat(20));
    const errFile = at('epipe-stderr.txt');
    const sh = `set -o pipefail; "${process.execPath}" "${repoPath('bin/framelens.js')}" analyze "${at('long.txt')}" --format json 2>"${errFile}" | head -c 10`;
    const r = spawnSync('bash', ['-c', sh], { encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "schem');
    expect(readFileSync(errFile, 'utf8')).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('very long input and --max-chars', () => {
  it(`documents the default --max-chars (${DEFAULT_MAX_CHARS}) in --help`, async () => {
    const r = await cli(['analyze', '--help']);
    expect(r.out).toMatch(/--max-chars <n>/);
    expect(r.out).toContain(String(DEFAULT_MAX_CHARS));
  });
  it('refuses a text over --max-chars with a clear message, exit 1, nothing on stdout', async () => {
    const r = await cli(['analyze', '-', '--max-chars', '100'], 'x'.repeat(101));
    expect(r).toEqual({ code: 1, out: '', err: 'framelens: <stdin>: 101 characters, over --max-chars 100 (split the text, or raise --max-chars)\n' });
    expect((await cli(['analyze', '-', '--max-chars', '101'], 'x'.repeat(101))).code).toBe(0);
  });
  it('stops reading stdin once it holds more than 3 bytes per allowed character', async () => {
    const r = await cli(['analyze', '-', '--max-chars', '10'], 'x'.repeat(31));
    expect(r).toEqual({ code: 1, out: '', err: 'framelens: <stdin>: more than 30 bytes, so more than 10 characters, over --max-chars 10 (split the text, or raise --max-chars)\n' });
  });
  it('rejects a --max-chars that is not a whole number as a usage error (exit 2)', async () => {
    for (const bad of ['0', '-5', '1.5', 'lots']) expect((await cli(['analyze', '-', '--max-chars', bad])).code).toBe(2);
  });
  it('refuses a 100 MB file above the default --max-chars before reading it', async () => {
    const path = at('huge.txt');
    writeFileSync(path, Buffer.alloc(100 * 1024 * 1024, 'The war should never have started. '));
    const r = await cli(['analyze', path]);
    expect(r).toEqual({ code: 1, out: '', err: `framelens: ${path}: 104857600 bytes, so more than ${DEFAULT_MAX_CHARS} characters, over --max-chars ${DEFAULT_MAX_CHARS} (split the text, or raise --max-chars)\n` });
  });
  it('completes a 10 MB single line (no newline at all)', () => {
    const line = seedText().replace(/\s+/g, ' ');
    const path = at('ten-mb.txt');
    writeFileSync(path, line.repeat(Math.ceil(10_000_000 / line.length)).slice(0, 10_000_000));
    const r = bin(['analyze', path, '--top', '3']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/10000000 characters/);
    expect(r.out).toMatch(/strongest markers:/);
  }, 300_000);
});
