import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Annotation } from '../src/types.js';
import { repoPath, seedText } from './helpers.js';

const text = seedText();
const result = analyze(text, { source: 'seed' });

/** Annotations whose span covers `phrase` (its first occurrence after `after`). */
function at(phrase: string, after = ''): Annotation[] {
  const from = after ? text.indexOf(after) : 0;
  const start = text.indexOf(phrase, from);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  return result.annotations.filter((a) => a.start < end && start < a.end);
}

describe('the seed article (built-in lexicons)', () => {
  it('reads "should never have started" as blame-shifting quoted from the White House readout', () => {
    const a = at('should never have started').find((x) => x.category === 'blame-shifting');
    expect(a).toBeDefined();
    expect(a!.voice).toBe('quoted');
    expect(a!.speaker).toMatch(/White House/);
    expect(a!.modifiers).not.toContain('negated');
  });
  it('reads "Kyiv regime" as delegitimization, quoted', () => {
    expect(at('Kyiv regime').find((x) => x.category === 'delegitimization')).toMatchObject({ voice: 'quoted', speaker: 'Putin' });
  });
  it('reads "enormous economic deals" as economic-inducement, quoted', () => {
    expect(at('enormous economic deals').find((x) => x.category === 'economic-inducement')).toMatchObject({ voice: 'quoted' });
  });
  it('reads "This requirement is absurd" as loaded-language in the author voice', () => {
    expect(at('This requirement is absurd').find((x) => x.category === 'loaded-language')).toMatchObject({ voice: 'author' });
  });
  it('finds spheres-of-influence in the passage on the bilateral framing that sidelines Europe', () => {
    const passage = 'the readout reframes the war as a bilateral issue between Moscow and Washington, sidelining Europe entirely.';
    expect(at(passage).some((x) => x.category === 'spheres-of-influence')).toBe(true);
  });
  it('gives no credit-claiming in Putin\'s favour for "Putin made no concessions"', () => {
    const sentence = 'Putin made no concessions regarding the safety of Ukrainian troops';
    expect(at(sentence).filter((x) => x.category === 'credit-claiming' && x.score >= 0.2)).toEqual([]);
  });
  it('finds the readout quotations with their speakers', () => {
    const speakers = Object.fromEntries(result.quotes.map((q) => [q.text, q.speaker]));
    expect(speakers['good conversation']).toBe('Trump');
    expect(speakers['initial causes of the crisis']).toBe('Putin');
    expect(speakers['enormous economic deals']).toBe('the U.S. statement');
    expect(speakers['steel porcupine']).toMatch(/von der Leyen/);
  });
  it('detects the categories the article is about', () => {
    for (const id of ['blame-shifting', 'spheres-of-influence', 'delegitimization', 'maximalist-demands', 'economic-inducement', 'loaded-language', 'peace-process'] as const) {
      expect(result.categories[id].detected, id).toBe(true);
    }
    expect(result.categories['fear-appeal'].detected).toBe(false);
  });
  it('keeps every offset true to the text and validates against the JSON Schema', () => {
    for (const a of result.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    const schema = JSON.parse(readFileSync(repoPath('schema/result.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
