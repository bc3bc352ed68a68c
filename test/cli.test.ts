import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const fixture = repoPath('test/fixtures/engine-lexicon.yaml');
const onlyFixture = ['--no-builtin', '--lexicon', fixture];

describe('framelens CLI', () => {
  it('prints help with examples and exit codes, and the version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:[\s\S]*framelens analyze/);
    expect(help.out).toMatch(/Exit codes: 0 ok, 1 failed input or records, 2 usage/);
    const version = await cli(['--version']);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('analyses stdin to JSON on stdout only', async () => {
    const r = await cli(['analyze', '-', '--format', 'json', ...onlyFixture], 'Lavrov said the “Kyiv regime” refused peace talks.');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.schemaVersion).toBe(1);
    expect(json.annotations.map((a: { marker: string }) => a.marker)).toEqual(['fx-kyiv-regime', 'fx-peace-talks']);
    expect(r.err).toBe('');
  });
  it('prints a readable text summary by default', async () => {
    const r = await cli(['analyze', '-', ...onlyFixture], 'Lavrov said the “Kyiv regime” refused peace talks.');
    expect(r.out).toMatch(/delegitimization\s+0\.90/);
    expect(r.out).toMatch(/"Kyiv regime" \(quoted, Lavrov\)/);
    expect(r.out).toMatch(/> Lavrov said the “Kyiv regime” refused peace talks\./);
  });
  it('exits 1 with a one-line error naming a missing file', async () => {
    const r = await cli(['analyze', '/no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('framelens: /no/such/file.txt: no such file\n');
    expect(r.out).toBe('');
  });
  it('exits 2 on usage errors', async () => {
    expect((await cli(['analyze'])).code).toBe(2);
    expect((await cli(['analyze', 'x', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['analyze', 'x', '--threshold', '2'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
  it('applies --threshold to detected', async () => {
    const text = 'A ceasefire in the war.';
    const low = JSON.parse((await cli(['analyze', '-', '-f', 'json', '-t', '0.4', ...onlyFixture], text)).out);
    const high = JSON.parse((await cli(['analyze', '-', '-f', 'json', '-t', '0.6', ...onlyFixture], text)).out);
    expect(low.categories['peace-process'].detected).toBe(true);
    expect(high.categories['peace-process'].detected).toBe(false);
  });
  it('refuses a bad user lexicon naming file, entry and problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'category: peace-process\ndefinition: d\nmarkers:\n  - id: too-heavy\n    patterns: ["truce"]\n    weight: 1.5\n    note: n\n    examples: ["a truce"]\n');
    const r = await cli(['analyze', '-', '--lexicon', bad], 'text');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^framelens: .*bad\.yaml: too-heavy: weight 1\.5 must be a number in \[0, 1\]\n$/);
    const v = await cli(['lexicons', 'validate', bad]);
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/bad\.yaml: too-heavy: weight/);
  });
  it('validates a user lexicon whose examples fire, and reports one whose example does not', async () => {
    expect((await cli(['lexicons', 'validate', fixture, '--no-builtin'])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'framelens-'));
    const file = join(dir, 'misfire.yaml');
    writeFileSync(file, 'category: peace-process\ndefinition: d\nmarkers:\n  - id: misfire\n    patterns: ["armistice"]\n    weight: 0.5\n    note: n\n    examples: ["a truce"]\n');
    const r = await cli(['lexicons', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/misfire\.yaml: misfire: example does not fire: "a truce"/);
  });
  it('re-reads a built-in lexicon file given again, instead of clashing with its compiled copy', async () => {
    const file = repoPath('lexicons/peace-process.yaml');
    expect((await cli(['lexicons', 'validate', file])).err).toBe('');
    const r = await cli(['analyze', '-', '-f', 'json', '--lexicon', file], 'A ceasefire was agreed in the war.');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).categories['peace-process'].detected).toBe(true);
  });
  it('lists every category with its marker count', async () => {
    const r = await cli(['lexicons', 'list', '--format', 'json', ...onlyFixture]);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(12);
    expect(rows.find((x: { category: string }) => x.category === 'peace-process').markers).toBe(2);
  });
});
