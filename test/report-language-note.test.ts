import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-language-note-'));
const ru = join(dir, 'kremlin-ru.txt');
writeFileSync(ru, 'Владимир Путин подчеркнул необходимость устранения первопричин кризиса. Киевский режим неоднократно срывал договорённости.\n');
const us = repoPath('corpus/pairs/us-readout-2026-10-14-call.txt');
const NOTE = 'the text is mostly in Cyrillic script, not English; the lexicons are English, so few or no markers will be found';

describe('a report on a text that is not English says so in the report, for the colleagues who never see stderr', () => {
  it('Markdown and HTML report', async () => {
    expect((await cli(['report', ru])).out).toContain(`**Note**: ${NOTE}.`);
    expect((await cli(['report', ru, '-f', 'html'])).out).toContain(`<p class="note"><b>Note</b>: ${NOTE}.</p>`);
    expect((await cli(['report', us])).out).not.toContain('**Note**');
  });

  it('compare, in each format, names the side', async () => {
    expect((await cli(['compare', us, ru])).out).toContain(`note on B: ${NOTE}`);
    expect((await cli(['compare', us, ru, '-f', 'md'])).out).toContain(`**Note on B**: ${NOTE}.`);
    expect((await cli(['compare', ru, us, '-f', 'html'])).out).toMatch(new RegExp(`<section aria-labelledby="A-head">.*<p class="note"><b>Note</b>: ${NOTE}\\.</p>`));
    const plain = (await cli(['compare', us, us])).out;
    expect(plain).not.toContain('note on');
  });
});
