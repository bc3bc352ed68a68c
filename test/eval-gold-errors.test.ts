import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const TEXT = 'The Kyiv regime refused a ceasefire.';

/** A gold folder with one dev text whose gold file holds `gold` as written. */
function goldFolder(gold: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-gold-errors-'));
  mkdirSync(join(dir, 'dev'));
  mkdirSync(join(dir, 'heldout'));
  writeFileSync(join(dir, 'dev', 'one.txt'), TEXT);
  writeFileSync(join(dir, 'dev', 'one.gold.json'), gold);
  writeFileSync(join(dir, 'dev', 'one.meta.json'), JSON.stringify({ id: 'one', kind: 'statement', split: 'dev' }));
  return dir;
}

/** A gold file for TEXT with `spans`. */
const goldJson = (spans: unknown[]) => JSON.stringify({ schemaVersion: 1, id: 'one', categories: ['delegitimization'], spans });

describe('framelens eval on a malformed gold file', () => {
  it('gives the whole JSON parser message on one line, not cut at the first line break of the quoted text', async () => {
    const dir = goldFolder('not\njson\n');
    const r = await cli(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'one.gold.json')}: cannot read gold data (Unexpected token 'o', "not json " is not valid JSON)\n`);
  });
});

describe('framelens eval on gold spans whose offsets do not fit the text', () => {
  const span = { category: 'delegitimization', voice: 'author', speaker: null };
  it.each([
    ['past the end', { ...span, start: 30, end: 99, text: 'x' }, /span 1: 30-99 is outside the text \(0-36\) or empty$/],
    ['negative', { ...span, start: -1, end: 3, text: 'The' }, /span 1: -1-3 is outside the text \(0-36\) or empty$/],
    ['inverted', { ...span, start: 15, end: 4, text: 'Kyiv' }, /span 1: 15-4 is outside the text \(0-36\) or empty$/],
    ['empty', { ...span, start: 4, end: 4, text: '' }, /span 1: 4-4 is outside the text \(0-36\) or empty$/],
    ['off its text', { ...span, start: 0, end: 8, text: 'Kyiv reg' }, /span 1 \(0-8\): text "Kyiv reg" is not the text at those offsets, "The Kyiv"$/],
  ])('a span %s is an error naming the gold file, not silently wrong figures', async (_, bad, message) => {
    const dir = goldFolder(goldJson([bad]));
    const r = await cli(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err.startsWith(`framelens: ${join(dir, 'dev', 'one.gold.json')}: span `)).toBe(true);
    expect(r.err.trimEnd()).toMatch(message);
  });

  it('takes spans that fit, with or without their text', async () => {
    const dir = goldFolder(goldJson([{ ...span, start: 4, end: 15, text: 'Kyiv regime' }, { ...span, start: 4, end: 15 }]));
    const r = await cli(['eval', dir, '--split', 'dev']);
    expect(r.code, r.err).toBe(0);
  });
});

describe('framelens eval on a gold folder of the wrong shape', () => {
  it('a folder named like a text is a one-line error naming it, not a bare EISDIR', async () => {
    const dir = goldFolder(goldJson([]));
    mkdirSync(join(dir, 'heldout', 'odd.txt'));
    writeFileSync(join(dir, 'heldout', 'odd.gold.json'), goldJson([]));
    writeFileSync(join(dir, 'heldout', 'odd.meta.json'), JSON.stringify({ id: 'odd', kind: 'statement' }));
    const r = await cli(['eval', dir, '--split', 'heldout']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${join(dir, 'heldout', 'odd.txt')}: is a folder, expected a file\n`);
  });

  it('a folder named like a gold file is named as such', async () => {
    const dir = goldFolder(goldJson([]));
    writeFileSync(join(dir, 'heldout', 'odd.txt'), TEXT);
    mkdirSync(join(dir, 'heldout', 'odd.gold.json'));
    writeFileSync(join(dir, 'heldout', 'odd.meta.json'), JSON.stringify({ id: 'odd', kind: 'statement' }));
    const r = await cli(['eval', dir, '--split', 'heldout']);
    expect(r.err).toBe(`framelens: ${join(dir, 'heldout', 'odd.gold.json')}: is a folder, expected a file\n`);
  });

  it('a file where a split folder should be is a one-line error naming it, not a bare ENOTDIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-gold-errors-'));
    writeFileSync(join(dir, 'dev'), '');
    const r = await cli(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev')}: not a folder (expected <gold-dir>/dev and <gold-dir>/heldout)\n`);
  });
});
