import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { compilePattern, PatternError } from '../src/lexicon/pattern.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { buildPatternIndex } from '../src/lexicon/pattern-index.js';
import { builtinLexicon } from '../src/lexicon/builtin.js';
import { engineFor } from '../src/lexicon/engine.js';
import { registerVocabulary } from '../src/lexicon/vocabulary.js';
import { matchIndex } from '../src/pipeline/match.js';
import { runStages } from '../src/pipeline/stages.js';
import { repoPath } from './helpers.js';

const stance = loadLexiconSources(repoPath('lexicons/stance.yaml'));

/** Markers of a one-pattern lexicon that fire on `text`. */
function fires(pattern: string, text: string): string[] {
  const lexicon = compileLexicon([...stance, { file: 'inline.yaml', data: { category: 'peace-process', definition: 'd', markers: [{ id: 'p', patterns: [pattern], weight: 0.5, note: 'n', examples: ['x'] }] } }]);
  return analyze(text, { lexicon }).annotations.filter((a) => a.marker === 'p').map((a) => a.text);
}

describe('pattern syntax', () => {
  it('matches inflections through stems and lemmas', () => {
    expect(fires('peace talk', 'The peace talks began.')).toEqual(['peace talks']);
    expect(fires('begin talk', 'They began talks.')).toEqual(['began talks']);
  });
  it('is case-insensitive and normalises spelling variants', () => {
    expect(fires('kyiv regime', 'the KIEV REGIME said')).toEqual(['KIEV REGIME']);
    expect(fires('mobilization', 'no mobilisation')).toEqual(['mobilisation']);
    expect(fires('detente', 'a new détente')).toEqual(['détente']);
  });
  it('matches a plural possessive written with its apostrophe', () => {
    for (const t of ["a leaders' summit", 'a leaders’ summit']) expect(fires("leaders' summit", t), t).toEqual([t.slice(2)]);
  });
  it('matches a hyphenated word joined, hyphenated or spaced', () => {
    for (const t of ['a ceasefire now', 'a cease-fire now', 'a cease fire now']) expect(fires('cease-fire', t)).toHaveLength(1);
  });
  it('matches prefixed words that the tokenizer keeps whole, and contractions', () => {
    for (const t of ['the anti-Russian course', 'an anti Russian course', 'the antirussian course']) expect(fires('anti-russian course', t), t).toHaveLength(1);
    expect(fires('neo-nazi', 'the neo-Nazis in power')).toEqual(['neo-Nazis']);
    for (const t of ['We cannot accept it.', "We can't accept it.", 'We can not accept it.']) expect(fires('cannot accept', t), t).toHaveLength(1);
    expect(fires("doesn't want", 'Kyiv doesn’t want peace.')).toEqual(['doesn’t want']);
  });
  it('reads a possessive the same whatever was analysed before (the tokenizer learns)', () => {
    const text = "Nothing should be agreed behind Ukraine's back.";
    const before = fires("behind ukraine's back", text);
    fires("behind ukraine's back", "Britain's security is linked to Ukraine's.");
    expect(before).toEqual(["behind Ukraine's back"]);
    expect(fires("behind ukraine's back", text)).toEqual(before);
  });
  it('reads the words as written, not respelled by the tokenizer', () => {
    expect(fires('through dialogue', 'only through dialogue')).toEqual(['through dialogue']);
    expect(fires('through dialogue', 'only through dialog')).toEqual(['through dialog']);
  });
  it('supports alternatives, groups, optional words and gaps', () => {
    expect(fires('(halt|cessation) of (military aid|arms supplies)', 'a cessation of arms supplies')).toEqual(['cessation of arms supplies']);
    expect(fires('so-called? kyiv regime', 'the so-called Kyiv regime')).toEqual(['so-called Kyiv regime']);
    expect(fires('root cause of * crisis', 'the root causes of this deep crisis')).toEqual(['root causes of this deep crisis']);
    expect(fires('root cause of *1 crisis', 'the root causes of this deep crisis')).toEqual([]);
  });
  it('honours exact words and part-of-speech constraints', () => {
    expect(fires('=talks', 'the talk was long')).toEqual([]);
    expect(fires('<ADJ> concession', 'major concessions were made')).toEqual(['major concessions']);
  });
  it('never crosses a sentence boundary', () => {
    expect(fires('peace talk', 'We want peace. Talks begin.')).toEqual([]);
  });
  it('refuses broken patterns with a reason', () => {
    for (const [p, why] of [['', /empty/], ['(a|b', /unbalanced/], ['a)', /unbalanced/], ['* a', /gap/], ['a *9 b', /gap/], ['a? <NOUN>?', /required word/], ['a <FOO>', /part of speech/], ['a | ', /two words/], ['positive (and|,) frank', /punctuation never matches/], ['peace ; talks', /no letter or digit/]] as const) {
      expect(() => compilePattern(p), p).toThrow(PatternError);
      expect(() => compilePattern(p), p).toThrow(why);
    }
  });
  it('names the pattern in the error it throws to library users, prefixed framelens:', () => {
    expect(() => compilePattern('')).toThrow(/^framelens: pattern "": empty pattern$/);
    expect(() => compilePattern('(kyiv junta')).toThrow(/^framelens: pattern "\(kyiv junta": unbalanced "\("$/);
    try { compilePattern('a)'); } catch (err) { expect(err).toMatchObject({ name: 'PatternError', problem: 'unbalanced ")"', pattern: 'a)' }); }
  });
});

describe('sentence prefilter (pattern plans)', () => {
  it('needs the rarest word of each alternative of a group, not its first word', () => {
    const must = compilePattern('(europe|kyiv) *3 (out of the loop|in the dark|at the side table)').plan!.must;
    expect(must.map((m) => [...m.keys, ...m.exact].sort())).toContainEqual(['dark', 'loop', 'tabl']);
    expect(must.flatMap((m) => m.keys)).not.toContain('in');
  });
  it('keeps finding matches through such groups, and none without the rare word', () => {
    const p = '(europe|kyiv) *3 (out of the loop|in the dark|at the side table)';
    expect(fires(p, 'Kyiv was left out of the loop again.')).toEqual(['Kyiv was left out of the loop']);
    expect(fires(p, 'Europe sat at the side table.')).toEqual(['Europe sat at the side table']);
    expect(fires(p, 'Kyiv was left out of the talks in the end.')).toEqual([]);
  });
  it('asks nothing of a group one of whose alternatives names no word', () => {
    const must = compilePattern('(peace talks|<ADJ>) truce').plan!.must;
    expect(must.flatMap((m) => m.keys)).not.toContain('talk');
    expect(fires('(peace talks|<ADJ>) truce', 'A fragile truce held.')).toEqual(['fragile truce']);
  });
  it('keys a pattern by the words that can begin it, not by the words of later groups', () => {
    expect(compilePattern('(call on|urge) (the relevant|all) (parties|sides)').plan!.keyedBy).toEqual({ keys: ['call', 'urg'], exact: [], pos: [] });
  });
  it('finds a match that skips a required group whose alternative may take no words', () => {
    expect(fires('((really)?|very) good talks', 'They held good talks.')).toEqual(['good talks']);
    expect(fires('((really)?|very) good talks', 'They held very good talks.')).toEqual(['very good talks']);
  });
  it('anchors a pattern led by optional words at a group whose alternatives hold optional words after their first one', () => {
    const plan = compilePattern('(a|the)? <ADJ>? (art of the <ADJ>? deal|peace president)').plan!;
    expect(plan.before).toEqual([0, 2]);
    expect(plan.keyedBy.pos).toEqual([]);
    expect(fires('(a|the)? <ADJ>? (art of the <ADJ>? deal|peace president)', 'He called himself the great peace president.')).toEqual(['great peace president']);
  });
  it('<MOD> takes a plain adverb (one or two words) and never a negator, hedge or booster', () => {
    expect(fires('would <MOD>? mean war', 'That would once again mean war.')).toEqual(['would once again mean war']);
    expect(fires('would <MOD>? mean war', 'That would also mean war.')).toEqual(['would also mean war']);
    expect(fires('would <MOD>? mean war', 'That would mean war.')).toEqual(['would mean war']);
    for (const t of ['That would not mean war.', 'That would probably mean war.', 'That would clearly mean war.']) expect(fires('would <MOD> mean war', t), t).toEqual([]);
    expect(compilePattern('would <MOD>? mean war').seq[1]).toEqual({ ...compilePattern('would (also|again|once again|yet again|now|repeatedly|already|still|further|even|only|just|deliberately|consistently|constantly|actually|effectively|directly|openly|systematically|increasingly|ultimately|thereby|essentially|actively|brazenly|cynically|de facto)? mean war').seq[1] });
  });
  it('builds an index entry\'s must-lists on its first check, and refuses a pattern word that was not registered before the index', () => {
    const engine = engineFor(builtinLexicon());
    const index = buildPatternIndex([{ item: 'p', patterns: [compilePattern('zyxquux *2 qwvfrob')] }]); // words no lexicon names, not registered
    expect(index.mustLength).toBe(0);
    const words = runStages({ engine, text: 'The zyxquux met a qwvfrob.' }, 'voice').words!;
    expect(() => matchIndex(index, words)).toThrow(/"zyxquux \*2 qwvfrob" names a word that was not registered/);
    registerVocabulary({ keys: ['zyxquux', 'qwvfrob'], exact: [] });
    const ready = buildPatternIndex([{ item: 'p', patterns: [compilePattern('zyxquux *2 qwvfrob')] }]);
    expect(matchIndex(ready, runStages({ engine, text: 'The zyxquux met a qwvfrob.' }, 'voice').words!).map((m) => [m.first, m.last])).toEqual([[1, 4]]);
    expect(ready.mustLength).toBeGreaterThan(0);
  });
});
