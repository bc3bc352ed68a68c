import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from './helpers.js';

// End to end through the built CLI (npm test builds first): framelens batch, then framelens report --batch on its output.
const BIN = repoPath('bin/framelens.js');
const fixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/compare-lexicon.yaml')];
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('framelens batch | framelens report --batch', () => {
  it('turns the real batch output into a heat map with one row per record, dates on a time line, failed records left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-report-batch-'));
    const text = (f: string) => readFileSync(repoPath(`corpus/pairs/${f}`), 'utf8');
    writeFileSync(join(dir, 'in.jsonl'), [
      JSON.stringify({ id: 'us', date: '2026-10-14', title: 'White House readout', text: text('us-readout-2026-10-14-call.txt') }),
      JSON.stringify({ id: 'ru', date: '2026-10-15', title: 'Kremlin readout', text: text('ru-readout-2026-10-14-call.txt') }),
      JSON.stringify({ id: 'no-text', date: '2026-10-16' }),
    ].join('\n'));
    const batch = run(['batch', 'in.jsonl', '-q', '-o', 'results.jsonl', ...fixture], dir);
    expect(batch.status).toBe(1);
    const report = run(['report', '--batch', 'results.jsonl', '-o', 'summary.html'], dir);
    expect(report.status).toBe(0);
    expect(report.stdout).toBe('');
    const html = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(html.match(/<tr id="doc-\d+">/g)).toHaveLength(2);
    expect(html).toMatch(/<tr id="doc-2"><th scope="row" data-sort="Kremlin readout">/);
    expect(html).toMatch(/<tr id="doc-2">[\s\S]*?class="cell c-delegitimization" style="[^"]*" data-sort="0\.9"/);
    expect(html).toMatch(/(DL “Kyiv regime”|RC “root causes of the crisis”) 0\.90/);
    expect(html).toMatch(/<svg class="chart timeline"[\s\S]*<a href="#doc-2">/);
    const md = spawnSync(process.execPath, [BIN, 'report', '--batch', '-'], { cwd: dir, encoding: 'utf8', input: readFileSync(join(dir, 'results.jsonl')) });
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/\| White House readout \| 2026-10-14 \| 0\.80\* \|/);
  });
});
