import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { builtinLexicon } from '../src/lexicon/builtin.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { engineFor } from '../src/lexicon/engine.js';
import { runStages } from '../src/pipeline/stages.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { repoPath } from './helpers.js';

/** The stance cues plus one fear-appeal marker, with or without a not_hedged_by list. */
const lexicon = (notHedgedBy?: string[]) => compileLexicon([...loadLexiconSources(repoPath('lexicons/stance.yaml')), { file: 'test.yaml', data: {
  category: 'fear-appeal',
  definition: 'War fears amplified.',
  ...(notHedgedBy ? { not_hedged_by: notHedgedBy } : {}),
  markers: [{ id: 'fa-test', patterns: ['world war three'], weight: 0.8, note: 'n', examples: ['a world war three'] }],
} }]);
const scoreOf = (text: string, notHedgedBy?: string[]) => analyze(text, { lexicon: lexicon(notHedgedBy) }).annotations.map((a) => [a.score, a.modifiers]);

describe('a category\'s not_hedged_by cues do not hedge its markers (pipeline/context.ts)', () => {
  const text = 'Putin warned that the war in Ukraine could end in World War Three.';
  it('a listed hedge leaves the marker at full weight; without the list it hedges', () => {
    expect(scoreOf(text)).toEqual([[0.56, ['hedged']]]);
    expect(scoreOf(text, ['could'])).toEqual([[0.8, []]]);
  });
  it('hedges not on the list still hedge, and the list is read lower-case and one space apart', () => {
    expect(scoreOf('Putin reportedly warned that the war in Ukraine would end in World War Three.', ['could'])).toEqual([[0.56, ['hedged']]]);
    expect(scoreOf('It is possible, Putin said of the war in Ukraine, that it ends in World War Three.', ['It  is POSSIBLE'])).toEqual([[0.8, []]]);
  });
  it('refuses a list that is not strings, naming the category', () => {
    expect(() => lexicon([3 as unknown as string])).toThrow(/fear-appeal.*not_hedged_by/);
  });
});

describe('the built-in fear-appeal list', () => {
  const lex = builtinLexicon();
  it('names only words the hedges list finds as one cue', () => {
    const engine = engineFor(lex);
    for (const cue of lex.categories['fear-appeal']?.notHedgedBy ?? []) {
      const { cues, words } = runStages({ engine, text: cue }, 'cues');
      expect(cues!.hedges.map((c) => words!.exact.slice(c.first, c.last + 1).join(' ')), cue).toEqual([cue]);
    }
  });
  it('keeps a warned world war at full weight and still hedges a reported one', () => {
    const fa = (text: string) => analyze(text).annotations.filter((a) => a.category === 'fear-appeal').map((a) => a.modifiers);
    expect(fa('Medvedev said that further escalation in Ukraine may lead to a nuclear catastrophe.')).toEqual([[], []]);
    expect(fa('Putin reportedly warned of World War Three over Ukraine.')).toEqual([['hedged']]);
  });
});
