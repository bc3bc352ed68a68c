import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../src/pipeline/score.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { cli, repoPath } from './helpers.js';

/** Run the CLI in-process from the repository root and capture its streams. */
async function evalCli(...args: string[]) {
  const r = await cli(args, '', repoPath(''));
  return { code: r.code, stdout: r.out, stderr: r.err };
}

const prfShape = (x: unknown) => expect(x).toMatchObject({ precision: expect.toBeOneOf([null, expect.any(Number)]), recall: expect.toBeOneOf([null, expect.any(Number)]), f1: expect.toBeOneOf([null, expect.any(Number)]) });

describe('framelens eval on the gold corpus (end to end; checks the shape, not the figures)', { timeout: 120_000 }, () => {
  for (const split of ['dev', 'heldout'] as const) {
    it(`reports span, document, calibration and controls for --split ${split} as JSON`, async () => {
      const r = await evalCli('eval', 'corpus', '--split', split, '--format', 'json');
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({ schemaVersion: 1, split, threshold: DEFAULT_THRESHOLD });
      expect(report.texts).toBeGreaterThan(10);
      for (const level of [report.span, report.document]) {
        expect(Object.keys(level.categories)).toEqual([...CATEGORY_IDS]);
        for (const c of CATEGORY_IDS) prfShape(level.categories[c]);
        prfShape(level.micro);
        prfShape(level.macro);
        expect(level.micro.gold).toBeGreaterThan(0);
      }
      expect(report.calibration.map((b: { from: number }) => b.from)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
      const binned = report.calibration.reduce((n: number, b: { annotations: number }) => n + b.annotations, 0);
      expect(binned).toBeGreaterThanOrEqual(report.span.micro.predicted);
      expect(report.controls.texts).toBeGreaterThan(0);
      expect(report.controls.detected).toHaveLength(report.controls.texts);
      expect(report.voice).toMatchObject({ matched: expect.any(Number), agree: expect.any(Number) });
      expect(report.targets).toHaveLength(5);
      for (const t of report.targets) expect(t).toMatchObject({ name: expect.any(String), target: expect.any(Number), met: expect.any(Boolean) });
    });
  }

  it('prints a text table by default, over the dev split unless told otherwise', async () => {
    expect((await evalCli('eval', 'corpus')).stdout).toMatch(/^framelens eval: split dev, /);
    const r = await evalCli('eval', 'corpus', '--split', 'all');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^framelens eval: split all, \d+ texts \(\d+ controls\)/);
    for (const c of CATEGORY_IDS) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/^micro /m);
    expect(r.stdout).toMatch(/^macro /m);
    expect(r.stdout).toMatch(/^0\.8-1\.0 /m);
    expect(r.stdout).toMatch(/^controls: \d+ texts/m);
    expect(r.stdout).toMatch(/^quality targets \(stated for the held-out split; measured here on all\):$/m);
  });

  it('refuses a missing folder (exit 1) and a bad split (exit 2) from the installed binary', () => {
    const bin = (...args: string[]) => spawnSync(process.execPath, ['bin/framelens.js', ...args], { cwd: repoPath(''), encoding: 'utf8' });
    const missing = bin('eval', 'no-such-corpus');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^framelens: .*no-such-corpus: no such gold folder/);
    expect(missing.stdout).toBe('');
    const file = bin('eval', 'README.md');
    expect([file.status, file.stderr]).toEqual([1, 'framelens: README.md: a file, not a gold folder (expected <gold-dir>/dev and <gold-dir>/heldout)\n']);
    expect(bin('eval', 'corpus', '--split', 'train').status).toBe(2);
  });

  it('applies --threshold to document detection', async () => {
    const strict = JSON.parse((await evalCli('eval', 'corpus', '--split', 'dev', '--format', 'json', '--threshold', '1')).stdout);
    const lax = JSON.parse((await evalCli('eval', 'corpus', '--split', 'dev', '--format', 'json', '--threshold', '0.01')).stdout);
    expect(strict.threshold).toBe(1);
    expect(lax.threshold).toBe(0.01);
    expect(strict.document.micro.predicted).toBeLessThanOrEqual(lax.document.micro.predicted);
  });

  it('counts only annotations at or above --span-min-score as predicted spans (default 0.2)', async () => {
    const all = JSON.parse((await evalCli('eval', 'corpus', '--split', 'dev', '--format', 'json', '--span-min-score', '0')).stdout);
    const floor = JSON.parse((await evalCli('eval', 'corpus', '--split', 'dev', '--format', 'json')).stdout);
    expect(all.spanMinScore).toBe(0);
    expect(floor.spanMinScore).toBe(0.2);
    expect(floor.span.micro.predicted).toBeLessThan(all.span.micro.predicted);
    expect(floor.span.micro.gold).toBe(all.span.micro.gold);
    const calibrated = (r: { calibration: { annotations: number }[] }) => r.calibration.reduce((n, b) => n + b.annotations, 0);
    expect(calibrated(floor)).toBe(calibrated(all)); // calibration always bins every annotation
  });
});
