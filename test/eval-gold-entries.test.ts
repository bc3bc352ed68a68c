import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// The QA folders of 2026-11-26 (/tmp/qa3 g3, g4, g5, g_cats, g_cat, g_voice): a readout and a control, one file broken.
const READOUT = 'The President stressed that the Kyiv regime had sabotaged negotiations and discussed an exchange of 175 prisoners.';
const CONTROL = 'The home side won 2-1 on Sunday and the coach praised the defense.';
const span = (text: string, category: string, voice = 'reported') => ({ start: READOUT.indexOf(text), end: READOUT.indexOf(text) + text.length, category, voice, text, speaker: null });
const SPANS = [span('Kyiv regime', 'delegitimization'), span('an exchange of 175 prisoners', 'humanitarian-appeal', 'author')];

/** A gold folder with a good readout (r1) and a good control (c1) in dev; `edit` breaks it. */
function goldFolder(edit: (dev: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-gold-entries-'));
  const dev = join(dir, 'dev');
  mkdirSync(dev, { recursive: true });
  mkdirSync(join(dir, 'heldout'));
  const write = (id: string, text: string, kind: string, categories: string[], spans: unknown[]) => {
    writeFileSync(join(dev, `${id}.txt`), text);
    writeFileSync(join(dev, `${id}.meta.json`), JSON.stringify({ id, kind, split: 'dev' }));
    writeFileSync(join(dev, `${id}.gold.json`), JSON.stringify({ schemaVersion: 1, id, categories, spans }));
  };
  write('r1', READOUT, 'readout', ['delegitimization', 'humanitarian-appeal'], SPANS);
  write('c1', CONTROL, 'control', [], []);
  edit(dev);
  return dir;
}

const goldOf = (spans: unknown[], categories = ['delegitimization', 'humanitarian-appeal']) => JSON.stringify({ schemaVersion: 1, id: 'r1', categories, spans });

describe('framelens eval on incomplete gold entries', () => {
  it('scores a complete folder with exit 0 and nothing on stderr', async () => {
    const r = await cli(['eval', goldFolder()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('split dev, 2 texts (1 control)');
  });

  it('a gold file without its .txt is named, exit 1, and the good text is still scored', async () => {
    const dir = goldFolder((dev) => rmSync(join(dev, 'r1.txt')));
    const r = await cli(['eval', dir]);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'r1.gold.json')}: no r1.txt beside it, so the text cannot be scored\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('split dev, 1 text (1 control)');
    expect(r.out).toContain('not scored: 1 gold problem (named on stderr)');
  });

  it('a missing .meta.json is an error, not a control silently scored as a normal text', async () => {
    const dir = goldFolder((dev) => rmSync(join(dev, 'c1.meta.json')));
    const r = await cli(['eval', dir]);
    expect(r.err).toMatch(new RegExp(`^framelens: ${join(dir, 'dev', 'c1.meta.json').replace(/[.\\]/g, '\\$&')}: missing \\(.*\\)\\n$`));
    expect(r.code).toBe(1);
    expect(r.out).toContain('split dev, 1 text (0 controls)');
  });

  it('a meta kind that is not one of the five is named', async () => {
    const dir = goldFolder((dev) => writeFileSync(join(dev, 'c1.meta.json'), JSON.stringify({ id: 'c1', kind: 'Control' })));
    const r = await cli(['eval', dir]);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'c1.meta.json')}: kind "Control" is unknown (expected one of readout, statement, briefing, commentary, control)\n`);
    expect(r.code).toBe(1);
  });

  it('a .txt without its gold file is named and the other text still scored', async () => {
    const dir = goldFolder((dev) => rmSync(join(dev, 'c1.gold.json')));
    const r = await cli(['eval', dir]);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'c1.gold.json')}: missing gold file for c1.txt\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('split dev, 1 text (0 controls)');
  });

  it('gold categories that are not the set of the span categories are named, not used', async () => {
    const dir = goldFolder((dev) => writeFileSync(join(dev, 'r1.gold.json'), goldOf(SPANS, ['victimhood'])));
    const r = await cli(['eval', dir]);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'r1.gold.json')}: categories [victimhood] are not the set of its span categories [delegitimization, humanitarian-appeal]\n`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('split dev, 1 text (1 control)');
  });

  it('lists the problems in the JSON output too, which still parses', async () => {
    const dir = goldFolder((dev) => rmSync(join(dev, 'r1.txt')));
    const r = await cli(['eval', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.texts).toBe(1);
    expect(report.problems).toEqual([{ path: join(dir, 'dev', 'r1.gold.json'), problem: 'no r1.txt beside it, so the text cannot be scored' }]);
  });

  it('with every text broken prints no figures, one line per problem, exit 1', async () => {
    const dir = goldFolder((dev) => { rmSync(join(dev, 'r1.meta.json')); rmSync(join(dev, 'c1.txt')); });
    const r = await cli(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toEqual([
      `framelens: ${join(dir, 'dev', 'c1.gold.json')}: no c1.txt beside it, so the text cannot be scored`,
      expect.stringMatching(/r1\.meta\.json: missing \(/),
    ]);
  });
});

describe('framelens eval on invalid gold spans', () => {
  const good = SPANS[0];
  it.each([
    ['an unknown category', { ...good, category: 'russophobia' }, 'span 2: unknown category "russophobia" (expected one of blame-shifting, spheres-of-influence, root-causes, delegitimization, maximalist-demands, economic-inducement, peace-process, humanitarian-appeal, credit-claiming, victimhood, fear-appeal, loaded-language)'],
    ['a voice that is not one of three', { ...good, voice: 'indirect' }, 'span 2: voice "indirect" is not author, quoted or reported'],
    ['a start that is not an integer', { ...good, start: '28' }, 'span 2: start "28" is not an integer'],
    ['a fractional end', { ...good, end: 39.5 }, 'span 2: end 39.5 is not an integer'],
    ['a missing category', { ...good, category: undefined }, 'span 2: category is missing'],
    ['a speaker that is not a string', { ...good, speaker: 7 }, 'span 2: speaker 7 is not a string or null'],
    ['no object', 'Kyiv regime', 'span 2: "Kyiv regime" is not an object'],
  ])('%s is named with its field and span number, in full', async (_, bad, problem) => {
    const dir = goldFolder((dev) => writeFileSync(join(dev, 'r1.gold.json'), goldOf([SPANS[1], bad])));
    const r = await cli(['eval', dir]);
    expect(r.err).toBe(`framelens: ${join(dir, 'dev', 'r1.gold.json')}: ${problem}\n`);
    expect(r.code).toBe(1);
  });

  it('names every bad span of a file, one line each', async () => {
    const dir = goldFolder((dev) => writeFileSync(join(dev, 'r1.gold.json'), goldOf([{ ...good, voice: 'indirect' }, SPANS[1], { ...good, start: -1, end: 'x' }])));
    const r = await cli(['eval', dir]);
    const path = join(dir, 'dev', 'r1.gold.json');
    expect(r.err.trimEnd().split('\n')).toEqual([
      `framelens: ${path}: span 1: voice "indirect" is not author, quoted or reported`,
      `framelens: ${path}: span 3: end "x" is not an integer`,
    ]);
  });
});
