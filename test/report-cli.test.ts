import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const fixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/compare-lexicon.yaml')];
const US = repoPath('corpus/pairs/us-readout-2026-10-14-call.txt');
const RU = repoPath('corpus/pairs/ru-readout-2026-10-14-call.txt');
const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));

describe('framelens report', () => {
  it('writes a self-contained HTML report with -o, nothing on stdout', async () => {
    const target = join(dir, 'us.html');
    const r = await cli(['report', US, '-o', target, ...fixture]);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toContain('wrote');
    const html = readFileSync(target, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<mark [^>]*data-cat="blame-shifting"[^>]*data-voice="quoted"/);
  });

  it('keeps the default title for a blank --title instead of an empty heading', async () => {
    for (const blank of ['', '  ']) {
      const md = await cli(['report', US, '--title', blank, ...fixture]);
      expect(md.out).toMatch(/^# framelens report: .*us-readout-2026-10-14-call\.txt\n/);
      const html = await cli(['report', US, '--title', blank, '-f', 'html', ...fixture]);
      expect(html.out).toMatch(/<title>framelens report: [^<]*us-readout-2026-10-14-call\.txt<\/title>/);
      expect(html.out).toMatch(/<h1>framelens report: [^<]*us-readout-2026-10-14-call\.txt<\/h1>/);
    }
  });

  it('prints Markdown without -o, reads stdin with -, and takes --format html', async () => {
    const md = await cli(['report', US, ...fixture]);
    expect(md.code).toBe(0);
    expect(md.out).toContain('| blame-shifting | 0.80 | 1 | yes |');
    const stdin = await cli(['report', '-', '--format', 'html', ...fixture], readFileSync(RU, 'utf8'));
    expect(stdin.code).toBe(0);
    expect(stdin.out).toContain('framelens report: &lt;stdin&gt;');
    expect(stdin.out).toMatch(/data-cat="delegitimization"/);
  });

  it('refuses usage errors with exit 2 and bad input with exit 1, one line each', async () => {
    expect((await cli(['report', US, '-o', join(dir, 'r.txt')])).code).toBe(2);
    expect(existsSync(join(dir, 'r.txt'))).toBe(false);
    expect((await cli(['report'])).code).toBe(2);
    expect((await cli(['report', US, '--batch', 'x.jsonl'])).code).toBe(2);
    const missing = await cli(['report', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`framelens: ${join(dir, 'missing.txt')}: no such file\n`);
    const noFolder = await cli(['report', US, '-o', join(dir, 'no/such/folder/r.html'), ...fixture]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toContain('cannot write (no such folder)');
    const noCreate = await cli(['report', US, '-o', '/proc/framelens-report.html', ...fixture]); // the folder is there, but takes no new files
    expect([noCreate.code, noCreate.err]).toEqual([1, 'framelens: /proc/framelens-report.html: cannot write (cannot create a file in its folder)\n']);
    const folder = join(dir, 'a-folder.html');
    mkdirSync(folder);
    const onFolder = await cli(['report', US, '-o', folder, ...fixture]);
    expect(onFolder.code).toBe(1);
    expect(onFolder.err).toBe(`framelens: ${folder}: cannot write (is a folder)\n`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // the temporary file is removed
  });

  it('reads past HTML markup (detected or --strip) and reports the prose; --strip none shows the markup as text; --max-chars refuses long input', async () => {
    const page = join(dir, 'readout.html');
    writeFileSync(page, '<html><body><h1>Readout</h1><p>The war <b>should never have started</b>, and the <i>Kyiv regime</i> agreed to a ceasefire.</p><script>var x = "Kyiv regime";</script></body></html>');
    const html = await cli(['report', page, '--format', 'html', ...fixture]);
    expect(html.code).toBe(0);
    const body = /<div class="text" id="text-body">([\s\S]*?)<\/div>/.exec(html.out)![1];
    expect(body).toMatch(/^Readout\n/);
    expect(body).not.toMatch(/&lt;b&gt;|var x/);
    expect(body.match(/<mark [^>]*first/g)).toHaveLength(3);
    const raw = await cli(['report', page, '--strip', 'none', ...fixture]);
    expect(raw.out).toContain('&lt;script&gt;');
    const compared = await cli(['compare', page, US, '-f', 'json', ...fixture]);
    expect(JSON.parse(compared.out).onlyA.map((u: { marker: string }) => u.marker)).toContain('t-kyiv-regime');
    const tooLong = await cli(['report', US, '--max-chars', '100', ...fixture]);
    expect(tooLong.code).toBe(1);
    expect(tooLong.err).toMatch(/^framelens: .*100/);
  });

  it('--batch turns batch JSONL into a heat map page (or Markdown)', async () => {
    const jsonl = join(dir, 'results.jsonl');
    const cats = (s: number) => ({ 'root-causes': { score: s, count: 1, detected: s >= 0.5 }, 'peace-process': { score: 1 - s, count: 2, detected: s < 0.5 } });
    writeFileSync(jsonl, `${JSON.stringify({ id: 'a', date: '2025-01-01', categories: cats(0.9) })}\n${JSON.stringify({ id: 'b', date: '2025-02-01', categories: cats(0.2) })}\n`);
    const out = join(dir, 'summary.html');
    expect((await cli(['report', '--batch', jsonl, '-o', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<tr id="doc-\d">/g)).toHaveLength(2);
    expect(html).toContain('class="chart timeline"');
    const md = await cli(['report', '--batch', jsonl]);
    expect(md.out).toMatch(/\| a \| 2025-01-01 \| 0\.00 \| 0\.00 \| 0\.90\* \|/);
    expect((await cli(['report', '--batch', join(dir, 'none.jsonl')])).code).toBe(1);
  });
});

describe('framelens compare', () => {
  it('--format json has categories {a, b, delta, detected, own}, onlyA, onlyB, shared and echo', async () => {
    const r = await cli(['compare', US, RU, '--format', 'json', ...fixture]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.categories['root-causes']).toEqual({ a: 0, b: 0.9, delta: 0.9, detected: { a: false, b: true }, own: { a: 0, b: 0 } }); // B reports Putin's words: none of its own
    expect(j.onlyA.map((u: { marker: string }) => u.marker)).toContain('t-never-started');
    expect(j.onlyB.map((u: { marker: string }) => u.marker)).toContain('t-kyiv-regime');
    expect(j.shared.some((p: { kind: string; a: { text: string } }) => p.kind === 'exact' && p.a.text.includes('exchange of 175 prisoners'))).toBe(true);
    expect(typeof j.echo).toBe('number');
    expect(j.echo).toBeGreaterThan(0);
    expect(j.echo).toBeLessThan(1);
    expect(j.echoDetail.items.length).toBe(j.echoDetail.annotations);
  });

  it('with the built-in lexicons, finds the planted "Kyiv regime" only in B and "should never have started" only in A', async () => {
    const j = JSON.parse((await cli(['compare', US, RU, '-f', 'json'])).out);
    const has = (list: { texts: string[] }[], phrase: RegExp) => list.some((u) => u.texts.some((t) => phrase.test(t)));
    expect(has(j.onlyA, /should never have started/)).toBe(true);
    expect(has(j.onlyB, /Kyiv regime/)).toBe(true);
    expect(has(j.onlyB, /root causes of the crisis/)).toBe(true);
    expect(has(j.onlyA, /Kyiv regime/) || has(j.onlyB, /should never have started/)).toBe(false);
    expect(j.categories.delegitimization.delta).toBeGreaterThan(0.5);
  });

  it('writes text by default and HTML with -o; refuses two stdins', async () => {
    const t = await cli(['compare', US, RU, ...fixture]);
    expect(t.out).toContain('only in A:');
    const target = join(dir, 'cmp.html');
    expect((await cli(['compare', US, RU, '-f', 'html', '-o', target, ...fixture])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('id="B-text"');
    expect((await cli(['compare', '-', '-'])).code).toBe(2);
  });

  it('takes the format from the -o extension as report does, when --format is not given', async () => {
    const expected: [string, RegExp][] = [['cmp-ext.html', /^<!doctype html>/], ['cmp-ext.HTM', /^<!doctype html>/], ['cmp-ext.md', /^# framelens compare\n/], ['cmp-ext.markdown', /^# framelens compare\n/], ['cmp-ext.json', /^\{\n {2}"schemaVersion": 1,/], ['cmp-ext.txt', /^A: /]];
    for (const [name, start] of expected) {
      const target = join(dir, name);
      const r = await cli(['compare', US, RU, '-o', target, ...fixture]);
      expect(r).toMatchObject({ code: 0, out: '' });
      expect(readFileSync(target, 'utf8')).toMatch(start);
    }
    const given = join(dir, 'cmp-given.html');
    expect((await cli(['compare', US, RU, '-o', given, '-f', 'text', ...fixture])).code).toBe(0);
    expect(readFileSync(given, 'utf8')).toMatch(/^A: /);
  });
});
