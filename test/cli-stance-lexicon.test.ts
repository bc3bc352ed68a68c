import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const stanceFile = (lists: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'fl-stance-')), 'my-stance.yaml');
  writeFileSync(file, `stance:\n${lists}`);
  return file;
};
const kyivRegime = async (text: string, argv: string[]) => {
  const r = await cli(['analyze', '-', '--format', 'json', ...argv], text);
  expect(r.code).toBe(0);
  return JSON.parse(r.out).annotations.find((a: { marker: string }) => a.marker === 'del-kyiv-regime');
};

describe('a user stance file given with --lexicon', () => {
  it('adds its lists to the built-in ones: the built-in hedges and topic words stay, its own hedge works', async () => {
    const mine = stanceFile('  hedges:\n    - ostensibly\n');
    const builtin = await kyivRegime('The Kyiv regime may fall.', []);
    expect(await kyivRegime('The Kyiv regime may fall.', ['--lexicon', mine])).toEqual(builtin); // "may" still hedges, the text is still on-topic
    expect((await kyivRegime('The Kyiv regime ostensibly fell.', ['--lexicon', mine])).modifiers).toContain('hedged');
    expect((await kyivRegime('The Kyiv regime ostensibly fell.', [])).modifiers).not.toContain('hedged');
  });
  it('replaces the built-in lists when it is the built-in stance file given again (no doubled cues)', async () => {
    const builtin = await kyivRegime('The Kyiv regime may fall.', []);
    expect(await kyivRegime('The Kyiv regime may fall.', ['--lexicon', repoPath('lexicons/stance.yaml')])).toEqual(builtin);
  });
});
