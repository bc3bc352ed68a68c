import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const TEXT = 'The Kyiv regime must go, Lavrov said about the war in Ukraine.';

describe('framelens analyze -o', () => {
  it('writes the result to a file (JSON for a .json file), nothing on stdout, and says so on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-analyze-o-'));
    const json = join(dir, 'result.json');
    const r = await cli(['analyze', '-', '-o', json], TEXT);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toBe(`framelens: wrote ${json}\n`);
    expect(JSON.parse(readFileSync(json, 'utf8')).annotations.map((a: { marker: string }) => a.marker)).toContain('del-kyiv-regime');
    const txt = join(dir, 'result.txt');
    expect((await cli(['analyze', '-', '-o', txt], TEXT)).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toMatch(/^framelens: <stdin> {2}\d+ characters/);
    expect(readFileSync(txt, 'utf8')).not.toContain('\u001b['); // no colour in a file
  });
  it('refuses to write over its input (usage error, the input kept)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-analyze-o-'));
    const input = join(dir, 'readout.txt');
    writeFileSync(input, TEXT);
    const r = await cli(['analyze', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(TEXT);
  });
  it('refuses an .html or .md -o without --format (a terminal summary is no report) and names framelens report; --format text writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-analyze-o-'));
    for (const [name, kind] of [['r.html', 'HTML'], ['r.MD', 'Markdown']]) {
      const out = join(dir, name);
      const r = await cli(['analyze', '-', '-o', out], TEXT);
      expect(r).toMatchObject({ code: 2, out: '' });
      expect(r.err).toBe(`framelens: ${out}: analyze writes text or JSON, not ${kind}: for ${kind === 'HTML' ? 'an' : 'a'} ${kind} report, framelens report - -o ${out} (or give --format text to write the summary there)\n`);
      expect(existsSync(out)).toBe(false);
    }
    const html = join(dir, 'r.html');
    expect((await cli(['analyze', '-', '-o', html, '-f', 'text'], TEXT)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^framelens: <stdin>/);
  });
});
