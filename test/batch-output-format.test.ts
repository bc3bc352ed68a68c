import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchFormat } from '../src/cli/commands/batch.js';
import { bin } from './helpers.js';

// The output format of `framelens batch -o FILE` when --format is not given: from the file's extension.
const dir = mkdtempSync(join(tmpdir(), 'framelens-batch-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = `${JSON.stringify({ id: 'a', text: 'The Kyiv regime refused peace talks.' })}\n`;

describe('framelens batch -o: the format from the extension', { timeout: 60_000 }, () => {
  it('writes CSV to a .csv file without --format (it wrote JSONL there), JSONL otherwise; --format wins', () => {
    expect(batchFormat('scored.CSV', undefined)).toBe('csv');
    expect(batchFormat('scored.jsonl', undefined)).toBe('jsonl');
    expect(batchFormat(undefined, undefined)).toBe('jsonl');
    expect(batchFormat('-', undefined)).toBe('jsonl');
    expect(batchFormat('scored.csv', 'jsonl')).toBe('jsonl');
    const out = join(dir, 'scored.csv');
    const r = bin(['batch', '-', '--quiet', '-o', out], { input });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^id,source,characters,/);
  });
  it('refuses a report name (.html, .md) and --annotations with a .csv file, naming why (exit 2, nothing written)', () => {
    for (const name of ['summary.html', 'summary.md']) {
      const out = join(dir, name);
      const r = bin(['batch', '-', '--quiet', '-o', out], { input });
      expect(r.code).toBe(2);
      expect(r.err).toBe(`framelens: ${out}: batch writes JSONL or CSV records, not a report: write them with -o scored.jsonl, then framelens report --batch scored.jsonl -o ${out}\n`);
      expect(existsSync(out)).toBe(false);
    }
    const csv = join(dir, 'notes.csv');
    const r = bin(['batch', '-', '--quiet', '-o', csv, '--annotations'], { input });
    expect(r).toMatchObject({ code: 2, err: `framelens: --annotations needs --format jsonl (-o ${csv} writes CSV)\n` });
  });
});
