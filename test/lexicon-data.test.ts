import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { STANCE_LISTS } from '../src/lexicon/types.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { repoPath } from './helpers.js';

/** Data-driven tests of the built-in lexicons (lexicons/): the minimums, the schema, and every example and near miss. */
const MIN_MARKERS = 25;
const MIN_NEAR_MISSES = 5;

const sources = loadLexiconSources(repoPath('lexicons'), repoPath(''));
const lexicon = compileLexicon(sources);
const cache = new Map<string, ReturnType<typeof analyze>['annotations']>();
const fired = (text: string) => {
  if (!cache.has(text)) cache.set(text, analyze(text, { lexicon }).annotations);
  return cache.get(text)!;
};

describe('lexicon files', () => {
  const schema = JSON.parse(readFileSync(repoPath('schema/lexicon.schema.json'), 'utf8'));
  const validate = new Ajv.default({ allErrors: true }).compile(schema);

  for (const { file, data } of sources) {
    it(`${file} validates against schema/lexicon.schema.json`, () => {
      const ok = validate(data);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    });
  }

  it('the schema refuses a malformed file', () => {
    expect(validate({ category: 'not-a-category', markers: [] })).toBe(false);
    expect(validate({ category: 'victimhood', markers: [{ id: 'Bad Id', patterns: ['x'], weight: 2, note: 'n', examples: [] }] })).toBe(false);
    expect(validate({ stance: { hedges: ['likely'], unknown_list: [] } })).toBe(false);
    expect(validate({ stance: { hedges: ['likely'] } })).toBe(true);
  });

  it('holds the stance lists', () => {
    for (const l of ['negators', 'hedges', 'boosters', 'reporting_verbs', 'sources'] as const) expect(lexicon.stance[l].length, l).toBeGreaterThan(0);
    expect(Object.keys(lexicon.stance).sort()).toEqual([...STANCE_LISTS].sort());
  });

  it('marker ids are unique across all files', () => {
    const ids = lexicon.markers.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('weights are in [0, 1]', () => {
    expect(lexicon.markers.filter((m) => !(m.weight >= 0 && m.weight <= 1)).map((m) => m.id)).toEqual([]);
  });
});

describe.each([...CATEGORY_IDS])('category %s', (category) => {
  const def = lexicon.categories[category];
  const markers = lexicon.markers.filter((m) => m.category === category);

  it(`has a definition, at least ${MIN_MARKERS} markers and at least ${MIN_NEAR_MISSES} near misses`, () => {
    expect(def?.definition, `${category}: no definition`).toBeTruthy();
    expect(markers.length, `${category}: markers`).toBeGreaterThanOrEqual(MIN_MARKERS);
    expect(def?.nearMisses.length ?? 0, `${category}: category near misses`).toBeGreaterThanOrEqual(MIN_NEAR_MISSES);
  });

  it('fires none of its markers on its near misses', () => {
    const firing = (def?.nearMisses ?? []).flatMap((text) => fired(text).filter((a) => a.category === category).map((a) => `${a.marker} fires on ${JSON.stringify(text)}`));
    expect(firing).toEqual([]);
  });

  for (const m of markers) {
    it(`marker ${m.id}: its examples fire it, its near misses do not`, () => {
      const problems = [
        ...m.examples.filter((ex) => !fired(ex).some((a) => a.marker === m.id)).map((ex) => `example does not fire: ${JSON.stringify(ex)}`),
        ...m.nearMisses.filter((nm) => fired(nm).some((a) => a.marker === m.id)).map((nm) => `near miss fires: ${JSON.stringify(nm)}`),
      ];
      expect(problems, `${m.file}: ${m.id}`).toEqual([]);
    });
  }
});
