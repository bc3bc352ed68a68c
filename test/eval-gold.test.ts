import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/evaluate.js';
import { loadGoldCorpus } from '../src/eval/gold.js';
import { testLexicon } from './helpers.js';

/** A two-text gold folder with known answers, run with the engine-test lexicon (test/fixtures/engine-lexicon.yaml). */
function goldDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-gold-'));
  const write = (split: string, id: string, text: string, kind: string, spans: { category: string; voice: string; text: string }[]) => {
    mkdirSync(join(dir, split), { recursive: true });
    writeFileSync(join(dir, split, `${id}.txt`), text);
    writeFileSync(join(dir, split, `${id}.meta.json`), JSON.stringify({ id, kind, split }));
    const gold = spans.map((s) => ({ ...s, start: text.indexOf(s.text), end: text.indexOf(s.text) + s.text.length, speaker: null }));
    writeFileSync(join(dir, split, `${id}.gold.json`), JSON.stringify({ schemaVersion: 1, id, categories: [...new Set(spans.map((s) => s.category))].sort(), spans: gold }));
  };
  write('dev', 'readout', 'The Kyiv regime refused a ceasefire. It was a barbaric attack.', 'commentary', [
    { category: 'delegitimization', voice: 'author', text: 'Kyiv regime' },
    { category: 'peace-process', voice: 'author', text: 'a ceasefire' },
    { category: 'loaded-language', voice: 'author', text: 'barbaric' },
  ]);
  write('heldout', 'weather', 'Sunny spells and a light breeze are expected on Sunday.', 'control', []);
  return dir;
}

describe('evaluate on a hand-made gold folder', () => {
  const dir = goldDir();

  it('loads the splits it is asked for', () => {
    expect(loadGoldCorpus(dir, 'dev').docs.map((d) => d.id)).toEqual(['readout']);
    expect(loadGoldCorpus(dir, 'heldout').docs.map((d) => [d.id, d.kind])).toEqual([['weather', 'control']]);
    expect(loadGoldCorpus(dir, 'all')).toMatchObject({ docs: { length: 2 }, problems: [] });
  });

  it('gives the known span, document and control figures', () => {
    const r = evaluate(loadGoldCorpus(dir, 'all').docs, { lexicon: testLexicon(), threshold: 0.1, split: 'all' });
    expect(r.texts).toBe(2);
    // spans: "Kyiv regime" exact; "ceasefire" inside gold "a ceasefire" (P 1, R 9/11); "barbaric" missed
    expect(r.span.categories.delegitimization).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.span.categories['peace-process']).toMatchObject({ precision: 1, recall: 0.8182, predicted: 1, gold: 1 });
    expect(r.span.categories['loaded-language']).toMatchObject({ precision: null, recall: 0, f1: 0, predicted: 0, gold: 1 });
    expect(r.span.micro).toMatchObject({ precision: 1, recall: 0.6061, predicted: 2, gold: 3 });
    // documents: two categories found, loaded-language missed
    expect(r.document.micro).toMatchObject({ precision: 1, recall: 0.6667, predicted: 2, gold: 3 });
    expect(r.controls).toEqual({ texts: 1, withDetections: 0, detected: [{ id: 'weather', categories: [] }] });
    expect(r.voice).toEqual({ matched: 2, agree: 2, share: 1 });
    expect(r.calibration.reduce((n, b) => n + b.matched, 0)).toBe(2);
  });
});
