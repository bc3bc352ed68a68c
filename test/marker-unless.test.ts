import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { builtinLexicon } from '../src/lexicon/builtin.js';

/** A one-marker lexicon: "root causes of the war", stopped where the cause named after it is Russia. */
const lexicon = (unless?: string[]) => compileLexicon([{ file: 'test.yaml', data: {
  category: 'root-causes',
  definition: 'The attack justified by its causes.',
  markers: [{ id: 'rc-test', patterns: ['root (cause|causes) of the (war|conflict)'], ...(unless ? { unless } : {}), weight: 0.9, note: 'n', examples: ['the root causes of the war'] }],
} }]);
const fired = (text: string, unless?: string[]) => analyze(text, { lexicon: lexicon(unless) }).annotations.map((a) => a.text);

describe('a marker\'s unless patterns stop it where they match words its match shares (pipeline/unless.ts)', () => {
  const unless = ['(cause|causes) *4 (is|are) (russia|russia\'s|putin)'];
  it('stops the marker where an unless pattern overlaps its match', () => {
    expect(fired('Kyiv said the root cause of the war is Russia\'s imperial ambition.')).toEqual(['root cause of the war']);
    expect(fired('Kyiv said the root cause of the war is Russia\'s imperial ambition.', unless)).toEqual([]);
  });
  it('leaves a formula in quotation marks standing: the other side\'s words, quoted to be answered', () => {
    expect(fired('Kyiv said the "root cause of the war" is Russia\'s imperial ambition.', unless)).toEqual(['root cause of the war']);
  });
  it('stops a quoted formula where the quotation itself says what stops it: the speaker\'s own words', () => {
    expect(fired('Kyiv said: "The root cause of the war is Russia\'s imperial ambition."', unless)).toEqual([]);
  });
  it('keeps the marker where the unless pattern does not match, or matches elsewhere in the text', () => {
    expect(fired('Moscow wants the root causes of the war addressed.', unless)).toEqual(['root causes of the war']);
    expect(fired('Moscow wants the root causes of the war addressed. Kyiv says the cause is Russia.', unless)).toEqual(['root causes of the war']);
  });
  it('reads unless patterns as it reads patterns, and refuses a bad one with the marker named', () => {
    expect(lexicon(unless).markers[0].unless?.map((p) => p.source)).toEqual(unless);
    expect(() => lexicon(['*2 russia'])).toThrow(/rc-test.*pattern/);
    expect(() => lexicon(['' as string])).toThrow(/unless must be a list of non-empty strings/);
  });
});

describe('the built-in root-causes formula does not fire on the answer to it', () => {
  const rootCauses = (text: string) => analyze(text, { lexicon: builtinLexicon() }).annotations.filter((a) => a.category === 'root-causes').map((a) => a.marker);
  it('tags Moscow\'s "root causes" and not Kyiv\'s "the root cause is Russia"', () => {
    expect(rootCauses('Lavrov said the root causes of the conflict must be eliminated before any ceasefire.')).toContain('rc-root-causes-of-crisis');
    expect(rootCauses('Zelensky said the root cause of this war is Russia\'s imperial ambition.')).not.toContain('rc-root-causes-of-crisis');
    expect(rootCauses('Merz said that Russia\'s security interests cannot be a pretext for invading a neighbour.')).not.toContain('rc-russia-security-interests');
  });
});

describe('a category\'s unless patterns stop every marker of the category', () => {
  const twoMarkers = (unless?: string[]) => compileLexicon([{ file: 'fear.yaml', data: {
    category: 'fear-appeal',
    definition: 'War fears amplified.',
    ...(unless ? { unless } : {}),
    markers: [
      { id: 'fa-test-nuclear-war', patterns: ['nuclear war'], weight: 0.8, note: 'n', examples: ['a nuclear war'] },
      { id: 'fa-test-world-war', patterns: ['world war three'], weight: 0.8, note: 'n', examples: ['world war three'] },
    ],
  } }]);
  const fired = (text: string, unless?: string[]) => analyze(text, { lexicon: twoMarkers(unless) }).annotations.map((a) => a.marker);
  const low = ['(risk|talk) *4 (is|are) (low|overblown)'];
  it('stops each marker where the pattern overlaps its match, and none elsewhere', () => {
    expect(fired('The risk of a nuclear war is low. Talk of world war three is overblown.', low)).toEqual([]);
    expect(fired('The risk of a nuclear war is low. Moscow threatens world war three.', low)).toEqual(['fa-test-world-war']);
    expect(fired('The risk of a nuclear war is low. Talk of world war three is overblown.')).toEqual(['fa-test-nuclear-war', 'fa-test-world-war']);
  });
  it('keeps them on the category, and names the category of a bad one', () => {
    expect(twoMarkers(low).categories['fear-appeal'].unless?.map((p) => p.source)).toEqual(low);
    expect(() => twoMarkers(['*2 low'])).toThrow(/fear-appeal.*pattern/);
  });
});
