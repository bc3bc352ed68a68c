import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const TEXT = 'The Kyiv regime refused a ceasefire.';

/** One dev text whose gold has only "Kyiv regime" (delegitimization): the analyzer's "ceasefire" (peace-process) has no gold. */
function goldFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-eval-na-'));
  mkdirSync(join(dir, 'dev'), { recursive: true });
  mkdirSync(join(dir, 'heldout'));
  writeFileSync(join(dir, 'dev', 'one.txt'), TEXT);
  writeFileSync(join(dir, 'dev', 'one.meta.json'), JSON.stringify({ id: 'one', kind: 'statement', split: 'dev' }));
  const spans = [{ start: 4, end: 15, category: 'delegitimization', voice: 'author', text: 'Kyiv regime', speaker: null }];
  writeFileSync(join(dir, 'dev', 'one.gold.json'), JSON.stringify({ schemaVersion: 1, id: 'one', categories: ['delegitimization'], spans }));
  return dir;
}

describe('framelens eval on a category without gold', () => {
  it('shows recall n/a, not 0.000, and leaves it out of the macro recall (JSON null)', async () => {
    const dir = goldFolder();
    const json = await cli(['eval', dir, '--format', 'json']);
    expect(json.code, json.err).toBe(0);
    const report = JSON.parse(json.out);
    const pp = report.span.categories['peace-process'];
    expect(pp).toMatchObject({ precision: 0, recall: null, f1: 0, gold: 0 });
    expect(pp.predicted).toBeGreaterThan(0);
    expect(report.span.categories.delegitimization).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(report.span.macro).toEqual({ precision: 0.5, recall: 1, f1: 0.5, categories: 2 });
    const text = await cli(['eval', dir]);
    expect(text.out).toMatch(/^peace-process +0\.000 +n\/a +0\.000 +\d+ +0 /m);
    expect(text.out).toMatch(/^victimhood +n\/a +n\/a +n\/a +0 +0 /m);
  });
});
