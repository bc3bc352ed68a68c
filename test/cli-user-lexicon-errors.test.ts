import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const userFile = (name: string, yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'fl-userlex-')), name);
  writeFileSync(file, yaml);
  return file;
};
const marker = (id: string, pattern: string, weight: number, example: string) =>
  `  - id: ${id}\n    patterns: ["${pattern}"]\n    weight: ${weight}\n    note: n\n    examples: ["${example}"]\n`;

describe('a user lexicon on top of the built-in one', () => {
  it('names the user file for a near miss it adds to a built-in category', async () => {
    const file = userFile('mine.yaml', `category: blame-shifting\ndefinition: x\nnear_misses:\n  - The orchestra played both teams well.\nmarkers:\n${marker('qa-both-teams', 'both teams', 0.5, 'Both teams share the blame for this war.')}`);
    const r = await cli(['lexicons', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`framelens: ${file}: blame-shifting: near miss fires qa-both-teams: "The orchestra played both teams well."`);
    expect(r.err).not.toContain('lexicons/blame-shifting.yaml');
  });
  it('says which marker hides an example that its own marker matches, and its weight', async () => {
    const file = userFile('mine.yaml', `category: victimhood\nmarkers:\n${marker('my-russophobia', 'rampant russophobia', 0.7, 'The West is driven by rampant Russophobia.')}`);
    const r = await cli(['lexicons', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/my-russophobia: example does not fire \(it matches, but vic-russophobia of lexicons\/victimhood\.yaml, weight 0\.8, covers the same words/);
    const heavier = userFile('heavier.yaml', `category: victimhood\nmarkers:\n${marker('my-russophobia', 'rampant russophobia', 0.9, 'The West is driven by rampant Russophobia.')}`);
    expect((await cli(['lexicons', 'validate', heavier])).code).toBe(0);
  });
  it('reads a lexicon file given twice once, instead of refusing its ids as duplicates', async () => {
    const file = userFile('twice.yaml', `category: peace-process\ndefinition: d\nmarkers:\n${marker('my-armistice', 'armistice', 0.5, 'An armistice was signed in the war.')}`);
    const r = await cli(['analyze', '-', '-f', 'json', '-l', file, '-l', file], 'An armistice was signed in the war.');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).annotations.map((a: { marker: string }) => a.marker)).toContain('my-armistice');
  });
});
