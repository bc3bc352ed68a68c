import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { bin, type CliRun, repoPath } from './helpers.js';

// These tests spawn the built CLI (npm test builds first) on small inputs written to a temp folder.
const BIN = repoPath('bin/framelens.js');
const FIXTURE_LEXICON = repoPath('test/fixtures/engine-lexicon.yaml');

function framelens(args: string[], cwd: string, input?: string): CliRun {
  return bin(args, { cwd, input });
}

const jsonl = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-batch-'));
  writeFileSync(join(dir, 'records.jsonl'), [
    JSON.stringify({ id: 'long', date: '2025-03-18', text: `${'The talks went on for hours. '.repeat(150)}Moscow again spoke of the Kyiv regime.` }),
    '{"id": "broken", "text": ',
    JSON.stringify({ text: 'We call for a ceasefire now.', source: 'kremlin.ru', lang: 'en' }),
    '',
    JSON.stringify({ id: 'number', text: 42 }),
    JSON.stringify({ id: 'no-text', date: '2025-03-19' }),
    JSON.stringify({ id: 'short', text: 'The war should never have started.' }),
  ].join('\n'));
  writeFileSync(join(dir, 'rows.csv'), [
    'key,date,body',
    'c1,2025-01-01,"Lavrov said: ""The Kyiv regime,',
    'as always, refused."""',
    '',
    'c2,2025-01-02,plain words about peace talks',
    'c3,2025-01-03',
    ',2025-01-04,"no id here, but peace talks"',
  ].join('\r\n') + '\r\n');
  mkdirSync(join(dir, 'folder/nested'), { recursive: true });
  writeFileSync(join(dir, 'folder/b.txt'), 'The war should never have started.\n');
  writeFileSync(join(dir, 'folder/nested/a.md'), '# Notes\n\nA ceasefire, and then peace talks.\n');
  writeFileSync(join(dir, 'folder/ignored.json'), '{"text": "not read"}\n');
  writeFileSync(join(dir, 'folder/c.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01]));
});

describe('framelens batch', { timeout: 60_000 }, () => {
  it('writes good JSONL records in input order with ids and passthrough fields, and reports bad ones by line', () => {
    const r = framelens(['batch', 'records.jsonl', '--jobs', '2', '--errors', 'errors.jsonl'], dir);
    expect(r.code).toBe(1);
    const out = jsonl(r.out);
    expect(out.map((o) => o.id)).toEqual(['long', 'records.jsonl:3', 'short']);
    expect(out[0]).toMatchObject({ source: 'records.jsonl', date: '2025-03-18' });
    expect(out[1]).toMatchObject({ source: 'kremlin.ru', lang: 'en' });
    expect(Object.keys(out[0]).slice(0, 3)).toEqual(['id', 'source', 'date']);
    for (const o of out) {
      expect(Object.keys(o.categories)).toEqual([...CATEGORY_IDS]);
      for (const c of Object.values(o.categories) as Record<string, unknown>[]) expect(Object.keys(c)).toEqual(['score', 'count', 'detected']);
      expect(o.stats.tokens).toBeGreaterThan(0);
    }
    expect(out[0].markers.map((m: { text: string }) => m.text).join('|')).toMatch(/Kyiv regime/);
    expect(r.err).toMatch(/^framelens: records\.jsonl:2: invalid JSON/m);
    expect(r.err).toMatch(/^framelens: records\.jsonl:5: "text" must be a string, got a number \(id "number"\)$/m);
    expect(r.err).toMatch(/^framelens: records\.jsonl:6: no "text" field/m);
    expect(r.err).toMatch(/^framelens: batch: 3 ok, 3 failed, /m);
    const errors = jsonl(readFileSync(join(dir, 'errors.jsonl'), 'utf8'));
    expect(errors.map((e) => [e.source, e.line, e.id])).toEqual([['records.jsonl', 2, undefined], ['records.jsonl', 5, 'number'], ['records.jsonl', 6, 'no-text']]);
    expect(errors[0].error).toMatch(/^invalid JSON/);
  });

  it('gives each record the same categories and annotations as analyze on its text', () => {
    const texts = ['Lavrov said the “Kyiv regime” refused peace talks.', 'We call for a ceasefire now.', 'The Kyiv regime must end. Peace talks, not war.'];
    const lex = ['--no-builtin', '--lexicon', FIXTURE_LEXICON];
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    const r = framelens(['batch', '-', '--jobs', '2', '--annotations', '--threshold', '0.3', ...lex], dir, input);
    expect(r.code).toBe(0);
    const out = jsonl(r.out);
    expect(out.map((o) => o.id)).toEqual([0, 1, 2]);
    texts.forEach((text, i) => {
      const one = JSON.parse(framelens(['analyze', '-', '--format', 'json', '--threshold', '0.3', ...lex], dir, text).out);
      const strip = (cats: Record<string, { score: number; count: number; detected: boolean }>) =>
        Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, { score: v.score, count: v.count, detected: v.detected }]));
      expect(out[i].categories).toEqual(strip(one.categories));
      expect(out[i].annotations).toEqual(one.annotations);
    });
    expect(out[0].annotations.map((a: { marker: string }) => a.marker)).toEqual(['fx-kyiv-regime', 'fx-peace-talks']);
  });

  it('reads CSV with quoted fields, embedded line breaks and CRLF, and writes CSV atomically to -o', () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const r = framelens(['batch', 'rows.csv', '--text-column', 'body', '--id-column', 'key', '--format', 'csv', '-o', 'out/rows.csv', '--jobs', '2'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^framelens: rows\.csv:6: invalid CSV: the row has 2 fields, the header has 3 \(id "c3"\)$/m);
    expect(readdirSync(join(dir, 'out'))).toEqual(['rows.csv']);
    const lines = readFileSync(join(dir, 'out/rows.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(['id', 'source', 'date', 'characters', 'tokens', 'sentences', ...CATEGORY_IDS, 'detected', 'markers'].join(','));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['c1', 'c2', 'rows.csv:7']);
    expect(lines[1]).toMatch(/^c1,rows\.csv,2025-01-01,52,/); // the text keeps its CRLF: 30 + 2 + 20 characters
    expect(lines[1]).toMatch(/Kyiv regime/);
  });

  it('an unclosed quote names the row\'s id and the lines it took in, and the summary counts them', () => {
    writeFileSync(join(dir, 'unclosed.csv'), 'id,date,text\nc1,2025-03-18,"The Kyiv regime, again."\nc4,2025-03-19,"unclosed, quote\nc5,2025-03-19,A ceasefire.\nc6,2025-03-19,Peace talks.\n');
    const r = framelens(['batch', 'unclosed.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe('framelens: unclosed.csv:3: invalid CSV: the quoted field 3 is not closed before the end of the file; 2 lines (4-5) were read into it, so their records are lost with it (close the quote) (id "c4")');
    expect(lines[1]).toMatch(/^framelens: batch: 1 ok, 1 failed \(and 2 lines read into an unclosed quote: their records are lost\), /);
  });

  it('reads folders (.txt and .md, recursively, sorted) and globs; a binary file is one failed record', () => {
    const r = framelens(['batch', 'folder', 'folder/*.txt', '--jobs', '2', '--top', '1'], dir);
    expect(r.code).toBe(1);
    expect(jsonl(r.out).map((o) => o.id)).toEqual(['folder/b.txt', 'folder/nested/a.md', 'folder/b.txt']);
    expect(r.err.match(/folder\/c\.txt: not a text file/g)).toHaveLength(2);
    expect(jsonl(r.out)[0].markers).toHaveLength(1);
  });

  it('finds .TXT and .Md files in a folder as .jsonl and .CSV arguments are recognised, whatever the case of the extension', () => {
    mkdirSync(join(dir, 'upper/Sub'), { recursive: true });
    writeFileSync(join(dir, 'upper/READOUT.TXT'), 'Moscow again spoke of the Kyiv regime.\n');
    writeFileSync(join(dir, 'upper/Sub/notes.Md'), 'We call for a ceasefire now.\n');
    writeFileSync(join(dir, 'upper/skip.json'), '{}\n');
    const r = framelens(['batch', 'upper', '--quiet'], dir);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(jsonl(r.out).map((o) => o.id)).toEqual(['upper/READOUT.TXT', 'upper/Sub/notes.Md']);
  });

  it('reads a Markdown or HTML file as analyze does: the prose, with offsets and texts in the file', () => {
    mkdirSync(join(dir, 'marked'), { recursive: true });
    writeFileSync(join(dir, 'marked/readout.md'), '# The Kyiv regime\n\nLavrov said the **Kyiv regime** refused [peace talks](https://example.org/kyiv-regime).\n\n```\nKyiv regime\n```\n');
    writeFileSync(join(dir, 'marked/page.txt'), '<html><body><p>The Kyiv regime refused peace talks.</p><script>var s = "Kyiv regime";</script></body></html>\n');
    for (const file of ['marked/readout.md', 'marked/page.txt']) {
      const analysed = JSON.parse(framelens(['analyze', file, '--format', 'json'], dir).out);
      const batch = framelens(['batch', file, '--annotations', '--quiet'], dir);
      const [row] = jsonl(batch.out);
      expect(row.stats, file).toEqual(analysed.stats);
      expect(row.annotations, file).toEqual(analysed.annotations);
      for (const id of CATEGORY_IDS) expect(row.categories[id], `${file} ${id}`).toEqual({ score: analysed.categories[id].score, count: analysed.categories[id].count, detected: analysed.categories[id].detected });
    }
    expect(framelens(['batch', 'marked/page.txt'], dir).err).toMatch(/^framelens: marked\/page\.txt: looks like HTML, read without its tags$/m);
    const raw = framelens(['batch', 'marked/page.txt', '--strip', 'none', '--annotations'], dir); // read as it is, and not said to be read without its tags
    expect(raw.err).not.toMatch(/looks like HTML/);
    expect(jsonl(raw.out)[0].stats).toEqual(JSON.parse(framelens(['analyze', 'marked/page.txt', '--strip', 'none', '--format', 'json'], dir).out).stats);
  });

  it('names the first JSONL record of an input that looks like Markdown, once, and reads it as it is unless --strip md', () => {
    const input = ['See [the talks](https://x.test) on the **Kyiv regime**.', 'The Kyiv regime refused peace talks.', '# Title\n\n**bold** words'].map((text, i) => JSON.stringify({ id: `m${i}`, text })).join('\n');
    const r = framelens(['batch', '-', '--quiet'], dir, input);
    expect(r.code).toBe(0);
    expect(r.err.match(/looks like Markdown/g)).toHaveLength(1);
    expect(r.err).toMatch(/^framelens: <stdin>:1: the text looks like Markdown .*--strip md reads the prose of every record$/m);
    expect(framelens(['batch', '-', '--quiet', '--strip', 'md'], dir, input).err).toBe('');
  });

  it('writes -o - to stdout (no file named -) and refuses --errors -', () => {
    const input = JSON.stringify({ id: 'a', text: 'We call for a ceasefire now.' });
    const r = framelens(['batch', '-', '-o', '-', '--quiet'], dir, input);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(jsonl(r.out).map((o) => o.id)).toEqual(['a']);
    expect(existsSync(join(dir, '-'))).toBe(false);
    const e = framelens(['batch', '-', '--errors', '-', '--quiet'], dir, input);
    expect([e.code, e.out]).toEqual([2, '']);
    expect(e.err).toMatch(/^framelens: --errors - would mix the bad records into the results on stdout/);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('refuses a folder without .txt or .md files, as a glob that matches nothing, instead of scoring nothing with exit 0', () => {
    mkdirSync(join(dir, 'shards'), { recursive: true });
    writeFileSync(join(dir, 'shards/part-1.jsonl'), `${JSON.stringify({ id: 'a', text: 'We call for a ceasefire now.' })}\n`);
    const r = framelens(['batch', 'shards'], dir);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toBe('framelens: shards: no .txt or .md files in this folder (give .jsonl, .csv or other files by name or glob)\n');
    expect(framelens(['batch', 'shards/*.jsonl', '--quiet'], dir).code).toBe(0);
  });

  it('reads each file of a folder once, by its shortest path, when a symbolic link loops back to a parent folder', () => {
    mkdirSync(join(dir, 'looped/sub/deep'), { recursive: true });
    writeFileSync(join(dir, 'looped/a.txt'), 'We call for a ceasefire now.\n');
    writeFileSync(join(dir, 'looped/sub/b.md'), 'The Kyiv regime refused peace talks.\n');
    writeFileSync(join(dir, 'looped/sub/deep/z.txt'), 'A cease-fire.\n');
    symlinkSync('..', join(dir, 'looped/sub/deep/loop'));
    const r = framelens(['batch', 'looped', '--quiet'], dir);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(jsonl(r.out).map((o) => o.id)).toEqual(['looped/a.txt', 'looped/sub/b.md', 'looped/sub/deep/z.txt']);
  });

  it('refuses texts over --max-chars and exits 0 when every record is good', () => {
    const input = [JSON.stringify({ id: 'a', text: 'A ceasefire now.' }), JSON.stringify({ id: 'b', text: 'x'.repeat(50) })].join('\n');
    const over = framelens(['batch', '-', '--max-chars', '40', '--jobs', '2', '--quiet'], dir, input);
    expect(over.code).toBe(1);
    expect(over.err.trim()).toBe('framelens: <stdin>:2: text has 50 characters, over --max-chars 40 (split the text, or raise --max-chars) (id "b")');
    const ok = framelens(['batch', '-', '--jobs', '2'], dir, input.split('\n')[0]);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/^framelens: batch: 1 ok, 0 failed, [\d.]+ s \(\d+ records\/s, 1 worker\)$/m); // --jobs 2, one record: the second worker never starts
    const many = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: 'A ceasefire now.' })).join('\n');
    expect(framelens(['batch', '-', '--jobs', '2'], dir, many).err).toMatch(/, 2 workers\)$/m); // records wait for the first: the second starts
    const sized = framelens(['batch', '-'], dir, many);
    expect(sized.err).toMatch(/, 1 worker\)$/m); // without --jobs: one worker for a small input
  });

  it('exits 2 on usage errors and 1 on a missing input, leaving no output file', () => {
    for (const args of [['batch'], ['batch', 'records.jsonl', '--jobs', '0'], ['batch', 'records.jsonl', '--format', 'xml'], ['batch', 'records.jsonl', '--format', 'csv', '--annotations']]) {
      expect(framelens(args, dir).code).toBe(2);
    }
    const missing = framelens(['batch', 'records.jsonl', 'nope.jsonl', '-o', 'never.jsonl'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe('framelens: nope.jsonl: no such file or folder');
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('gives the same output when a corpus is sharded and the outputs concatenated', () => {
    const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `s${i}`, text: i % 2 ? 'We call for a ceasefire.' : 'The war should never have started.' }));
    const whole = framelens(['batch', '-', '--jobs', '2', '--quiet'], dir, lines.join('\n'));
    const a = framelens(['batch', '-', '--jobs', '1', '--quiet'], dir, lines.slice(0, 4).join('\n'));
    const b = framelens(['batch', '-', '--jobs', '2', '--quiet'], dir, lines.slice(4).join('\n'));
    expect(whole.code).toBe(0);
    expect(a.out + b.out).toBe(whole.out);
  });

  it('reads a JSONL record whose text is HTML past its tags, as analyze reads it from stdin; --strip none reads it as it is', () => {
    const lexArgs = ['--no-builtin', '--lexicon', FIXTURE_LEXICON];
    const html = '<html><body><p>The <b>Kyiv regime</b> refused <a href="https://example.org/peace-talks">peace talks</a>.</p><script>var ceasefire = 1;</script></body></html>';
    const input = [JSON.stringify({ id: 'plain', text: 'A ceasefire now.' }), JSON.stringify({ id: 'page', text: html })].join('\n');
    const r = framelens(['batch', '-', '--annotations', ...lexArgs], dir, input);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^framelens: <stdin>:2: the text looks like HTML, read without its tags/m);
    const page = jsonl(r.out)[1];
    const alone = framelens(['analyze', '-', '-f', 'json', ...lexArgs], dir, html);
    expect(page.categories).toEqual(Object.fromEntries(Object.entries(JSON.parse(alone.out).categories).map(([c, v]) => [c, { score: (v as { score: number }).score, count: (v as { count: number }).count, detected: (v as { detected: boolean }).detected }])));
    for (const a of page.annotations) expect(html.slice(a.start, a.end)).toBe(a.text);
    const raw = framelens(['batch', '-', '--strip', 'none', '--quiet', ...lexArgs], dir, input);
    expect(raw.err).toBe('');
    expect(jsonl(raw.out)[1].stats.tokens).toBeGreaterThan(page.stats.tokens); // tags and the script counted
  });

  it('on Ctrl-C exits 130 and removes the temporary output file', async () => {
    const sub = join(dir, 'interrupt');
    mkdirSync(sub);
    const child = spawn(process.execPath, [BIN, 'batch', '-', '-o', 'out.jsonl', '--jobs', '2'], { cwd: sub });
    child.stdin.write(`${JSON.stringify({ id: 1, text: 'A ceasefire now.' })}\n`); // stdin stays open: the run waits for more
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    while (!readdirSync(sub).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 20));
    const code = await new Promise<number | null>((resolve) => { child.on('exit', (c) => resolve(c)); child.kill('SIGINT'); });
    expect(code).toBe(130);
    expect(err).toMatch(/framelens: interrupted; out\.jsonl was not written/);
    expect(readdirSync(sub)).toEqual([]);
    expect(existsSync(join(sub, 'out.jsonl'))).toBe(false);
  });

  it.each([
    ['a closed terminal (SIGHUP): exits 129', ['SIGHUP'] as const, 129, null],
    ['a second Ctrl-C while stopping: the signal ends it', ['SIGINT', 'SIGINT'] as const, null, 'SIGINT'],
  ])('on %s, leaving no temporary file', async (_, signals, exitCode, bySignal) => {
    const sub = join(dir, `signal-${signals.length}`);
    mkdirSync(sub);
    const child = spawn(process.execPath, [BIN, 'batch', '-', '-o', 'out.jsonl', '--quiet'], { cwd: sub });
    child.stdin.write(`${JSON.stringify({ id: 1, text: 'A ceasefire now.' })}\n`); // stdin stays open: the run waits for more
    while (!readdirSync(sub).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 20));
    const ended = await new Promise<[number | null, string | null]>((resolve) => {
      child.on('exit', (c, sig) => resolve([c, sig]));
      for (const sig of signals) child.kill(sig);
    });
    if (bySignal) expect(ended[1] === bySignal || ended[0] === 130).toBe(true); // the first may already have finished the run
    else expect(ended).toEqual([exitCode, null]);
    expect(readdirSync(sub)).toEqual([]);
  });
});
