import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-not-english-'));
const ru = join(dir, 'kremlin-ru.txt');
writeFileSync(ru, 'Владимир Путин подчеркнул необходимость устранения первопричин кризиса. Киевский режим неоднократно срывал договорённости.\n');
const us = repoPath('corpus/pairs/us-readout-2026-10-14-call.txt');
const warning = `framelens: ${ru}: the text is mostly in Cyrillic script, not English; the lexicons are English, so few or no markers will be found\n`;

describe('a text that is not English is named on stderr by every command that analyses it', () => {
  it('analyze (as before)', async () => {
    expect((await cli(['analyze', ru])).err).toBe(warning);
  });
  it('compare: a Russian-language readout against an English one warns, rather than reading as "B has no annotations"', async () => {
    const r = await cli(['compare', us, ru]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(warning);
  });
  it('report, Markdown and HTML', async () => {
    expect((await cli(['report', ru])).err).toBe(warning);
    expect((await cli(['report', ru, '-f', 'html'])).err).toBe(warning);
  });
});

describe('a short Latin-script statement in another language', () => {
  it('is named from 12 words on; a short English statement is not', async () => {
    const { notEnglishWarning } = await import('../src/io/script-check.js');
    expect(notEnglishWarning("Le président Macron a condamné l'agression barbare de la Russie contre l'Ukraine et a appelé à un cessez-le-feu immédiat. Le régime de Kiev, selon Moscou, est illégitime.")).toMatch(/does not look like English/);
    expect(notEnglishWarning('The Kremlin said the talks with Washington on a ceasefire were useful and would go on.')).toBeNull();
    expect(notEnglishWarning('Kyiv regime: barbaric provocations, illegitimate leadership, Western puppets everywhere.')).toBeNull(); // 9 words: too short to tell
  });
});
