import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

// A briefing's answer turns are labelled "A (Lin Jian)": every table names the person one way.
const BRIEFING = readFileSync(repoPath('test/fixtures/china-briefing.txt'), 'utf8');

describe('speaker names across the tables of a report', () => {
  it('Markdown: "Who said what", "By speaker" and the markers name the spokesperson alike, and say what each table counts', async () => {
    const r = await cli(['report', '-', '-f', 'md'], BRIEFING);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('A (Lin Jian)');
    expect(r.out).toMatch(/\n\| Lin Jian \| author \| \d+ \|/);
    expect(r.out).toMatch(/\n\| Lin Jian \| 3 \| \d+ \|/);
    expect(r.out).toContain('turn "Lin Jian"');
    expect(r.out).toContain('Each marker once, under who says its words');
    expect(r.out).toContain('quoted and reported ones too (so a count can differ from "Who said what")');
  });

  it('HTML and the text format too', async () => {
    for (const argv of [['report', '-', '-f', 'html'], ['analyze', '-']]) {
      const r = await cli(argv, BRIEFING);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('A (Lin Jian)');
      expect(r.out).toContain('Lin Jian');
    }
  });
});
