import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldCorpus, SPLITS } from '../src/eval/gold.js';
import { CATEGORY_IDS, VOICES } from '../src/taxonomy.js';
import { repoPath } from './helpers.js';

/** The gold corpus (corpus/README.md): consistency of every file, and the size rules. */
const corpus = repoPath('corpus');
const { docs, problems } = loadGoldCorpus(corpus, 'all');
const raw = (split: string, id: string, kind: 'gold' | 'meta') => JSON.parse(readFileSync(join(corpus, split, `${id}.${kind}.json`), 'utf8'));

describe('gold corpus', () => {
  it('reads every text whole: no gold problem (a missing file, categories off their spans, a bad span)', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 60 texts and at least 15 controls', () => {
    expect(docs.length).toBeGreaterThanOrEqual(60);
    expect(docs.filter((d) => d.kind === 'control').length).toBeGreaterThanOrEqual(15);
  });

  it('holds at least a third of all its texts (the seed included) in the held-out split', () => {
    const heldout = docs.filter((d) => d.split === 'heldout').length;
    expect(heldout * 3, `heldout ${heldout} of ${docs.length} texts`).toBeGreaterThanOrEqual(docs.length);
  });

  it('has exactly a .txt, .gold.json and .meta.json per text and no other file', () => {
    for (const split of SPLITS) {
      const files = readdirSync(join(corpus, split)).sort();
      const ids = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
      expect(files).toEqual(ids.flatMap((id) => [`${id}.gold.json`, `${id}.meta.json`, `${id}.txt`]).sort());
    }
  });

  it('has unique ids across the splits', () => {
    const ids = docs.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes the seed article, annotated at span level, in dev', () => {
    const seed = docs.find((d) => d.id === 'trump-putin-call-2025-03-18');
    expect(seed?.split).toBe('dev');
    expect(seed!.spans.length).toBeGreaterThan(5);
  });

  for (const doc of docs) {
    it(`${doc.split}/${doc.id} is consistent`, () => {
      const gold = raw(doc.split, doc.id, 'gold');
      const meta = raw(doc.split, doc.id, 'meta');
      expect(gold.id).toBe(doc.id);
      expect(meta.id).toBe(doc.id);
      expect(meta.split).toBe(doc.split);
      for (const s of gold.spans) {
        expect(doc.text.slice(s.start, s.end), `span at ${s.start}`).toBe(s.text);
        expect(CATEGORY_IDS).toContain(s.category);
        expect(VOICES).toContain(s.voice);
        if (s.voice === 'author') expect(s.speaker, `author span at ${s.start}`).toBeNull();
      }
      expect(gold.categories.every((c: string) => (CATEGORY_IDS as readonly string[]).includes(c))).toBe(true);
      const spanCategories = [...new Set(gold.spans.map((s: { category: string }) => s.category))].sort();
      expect([...gold.categories].sort()).toEqual(spanCategories);
      if (meta.kind === 'control') expect(gold.spans).toEqual([]);
    });
  }
});
