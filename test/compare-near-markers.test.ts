import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compare } from '../src/compare/compare.js';
import type { CompareSide } from '../src/compare/types.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { repoPath } from './helpers.js';

// a ceasefire marker that takes its determiner in, as the built-in one does
const dir = mkdtempSync(join(tmpdir(), 'framelens-near-markers-'));
const yaml = join(dir, 'determiners.yaml');
writeFileSync(yaml, `categories:
  - category: peace-process
    definition: Talks and ceasefires.
    markers:
      - id: t-det-ceasefire
        patterns: ["(a|any|this) ceasefire"]
        weight: 0.5
        note: A ceasefire with its determiner.
        examples: [They want a ceasefire.]
`);
const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml'), yaml], builtin: false });
const side = (text: string): CompareSide => ({ text, result: analyze(text, { lexicon, source: 'x' }) });
const nearMarkerPairs = (a: string, b: string) => compare(side(a), side(b)).shared.filter((p) => p.method === 'jaro-winkler').map((p) => [p.a.text, p.b.text]);

describe('compare: near marker texts differ in their words, not only in "a", "any", "this"', () => {
  it('"a ceasefire", "any ceasefire" and "This ceasefire" are the same words: no near pair at 1.00 between them', () => {
    const wh = 'The leaders want a ceasefire in the war. Both leaders said any ceasefire must hold.';
    const kr = 'The President said that a ceasefire is possible. Any ceasefire must address the crisis. This ceasefire would be monitored.';
    expect(nearMarkerPairs(wh, kr)).toEqual([]);
  });

  it('still pairs texts whose words differ a little (Kiev / Kyiv regime)', () => {
    expect(nearMarkerPairs('Officials said the Kiev regime refused to talk.', 'Officials said that regime, the Kyiv regime, refused.')).toEqual([['Kiev regime', 'Kyiv regime']]);
  });
});
