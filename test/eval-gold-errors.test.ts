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
