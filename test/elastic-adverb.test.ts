import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { repoPath } from './helpers.js';

const stance = loadLexiconSources(repoPath('lexicons/stance.yaml'));

/** Markers (id: patterns, weight) of one category. */
type Markers = Record<string, { patterns: string[]; weight: number }>;

/** The annotations `text` gets from a lexicon of `markers` in one category, as [marker, text]. */
function fired(markers: Markers, text: string): [string, string][] {
  const data = { category: 'victimhood', definition: 'd', markers: Object.entries(markers).map(([id, m]) => ({ id, ...m, note: 'n', examples: ['x'] })) };
  const lexicon = compileLexicon([...stance, { file: 'inline.yaml', data }]);
  return analyze(text, { lexicon }).annotations.map((a) => [a.marker, a.text]);
}

const provoked: Markers = { p: { patterns: ['nato has provoked russia'], weight: 0.6 } };

describe('a pattern passes over an adverb put in between its words', () => {
  it('between an auxiliary and its verb, and before an adjective', () => {
    expect(fired(provoked, 'NATO has repeatedly provoked Russia.')).toEqual([['p', 'NATO has repeatedly provoked Russia']]);
    expect(fired(provoked, 'NATO has deliberately provoked Russia.')).toEqual([['p', 'NATO has deliberately provoked Russia']]);
    expect(fired({ q: { patterns: ['talks were very positive'], weight: 0.6 } }, 'The talks were very, very positive.')).toEqual([['q', 'talks were very, very positive']]);
  });
  it('never over a negator or a diminisher, which change what the words say', () => {
    for (const adverb of ['never', 'hardly', 'barely', 'rarely', 'only', 'once', 'almost']) expect(fired(provoked, `NATO has ${adverb} provoked Russia.`), adverb).toEqual([]);
  });
  it('not over an adjective, which narrows what a noun names', () => {
    expect(fired({ b: { patterns: ['bodies of soldiers'], weight: 0.6 } }, 'The bodies of medieval soldiers were found.')).toEqual([]);
  });
  it('one adverb, inside the match: the span does not open on an adverb before it', () => {
    expect(fired({ s: { patterns: ['(the)? russia was provoked'], weight: 0.6 } }, 'Clearly Russia was provoked.')).toEqual([['s', 'Russia was provoked']]);
    expect(fired(provoked, 'NATO has quite deliberately provoked Russia.')).toEqual([]);
  });
  it('a match as written wins over a stronger one that passed over an adverb', () => {
    const markers: Markers = { written: { patterns: ['personally negotiated'], weight: 0.4 }, passed: { patterns: ['president negotiated'], weight: 0.8 } };
    expect(fired(markers, 'The President personally negotiated the release.')).toEqual([['written', 'personally negotiated']]);
    expect(fired(markers, 'The President negotiated the release.')).toEqual([['passed', 'President negotiated']]);
  });
  it('a pattern that matches as written at a word keeps that match there, in its rank', () => {
    const markers: Markers = { p: { patterns: ['talks were constructive (and)? (productive)?'], weight: 0.6 }, o: { patterns: ['constructive and'], weight: 0.3 } };
    expect(fired(markers, 'The talks were constructive and very productive.')).toEqual([['p', 'talks were constructive and']]);
  });
  it('an anchored pattern passes over an adverb in each gap before its anchor, as a pattern keyed by its first word does', () => {
    expect(fired({ p: { patterns: ['the nato has been provoking russia'], weight: 0.6 } }, 'The NATO has clearly been openly provoking Russia.')).toEqual([['p', 'NATO has clearly been openly provoking Russia']]);
    expect(fired({ p: { patterns: ['the eu has been provoking russia'], weight: 0.6 } }, 'The EU has clearly been openly provoking Russia.')).toEqual([['p', 'EU has clearly been openly provoking Russia']]);
  });
});
