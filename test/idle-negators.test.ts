import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/** The modifiers of the first annotation of a marker, or undefined when it does not fire. */
const modifiersOf = (text: string, marker: string) => analyze(text).annotations.find((a) => a.marker === marker)?.modifiers;

describe('negators that negate nothing of a marker (idle-negators)', () => {
  it('reads an emphatic "never" before a comparative as affirming', () => {
    expect(modifiersOf('There has never been a better time for peace talks.', 'pp-peace-talks')).not.toContain('negated');
    expect(modifiersOf('The chance of peace talks has never been greater.', 'pp-peace-talks')).not.toContain('negated');
  });
  it('reads "without" beside a second negation as a condition, which the speaker demands', () => {
    expect(modifiersOf('Without respect for Russia\'s legitimate security interests, no deal is possible, Lavrov said.', 'rc-legitimate-security-interests')).toEqual([]);
    expect(modifiersOf('Lavrov said the talks cannot go on without the elimination of the root causes of the crisis.', 'rc-root-causes-of-crisis')).toEqual([]);
    expect(modifiersOf('Russia launched the war without any provocation from NATO expansion, Kyiv said.', 'rc-encroachment-as-cause')).toContain('negated');
  });
  it('reads "no other ... than" and "no alternative but" as picking out what follows', () => {
    expect(modifiersOf('Paris said there is no other path than peace talks with Moscow on Ukraine.', 'pp-peace-talks')).not.toContain('negated');
    expect(modifiersOf('Kyiv said there is no alternative but peace talks with Moscow.', 'pp-peace-talks')).not.toContain('negated');
    expect(modifiersOf('Kyiv said there will be no peace talks with Moscow.', 'pp-peace-talks')).toContain('negated');
  });
  it('reads a negated verb of negating as affirming: "did not rule out", "has not rejected"', () => {
    expect(modifiersOf('The Kremlin did not rule out peace talks with Kyiv.', 'pp-peace-talks')).not.toContain('negated');
    expect(modifiersOf('Moscow has not yet rejected the idea of peace talks.', 'pp-peace-talks')).not.toContain('negated');
    expect(modifiersOf('The Kremlin ruled out peace talks with Kyiv.', 'pp-peace-talks')).toContain('negated');
    expect(modifiersOf('There will not be peace talks with Kyiv.', 'pp-peace-talks')).toContain('negated');
  });
  it('lets a possessive negator ("nobody\'s") negate only its own noun', () => {
    expect(modifiersOf("Vance said this was a war in nobody's interest and the killing has to stop on both sides.", 'ha-killing-must-stop')).not.toContain('negated');
  });
  it('reads "no child should have to" as an appeal that names a hardship', () => {
    expect(modifiersOf('No child should have to sleep in a metro station.', 'ha-life-in-shelters')).not.toContain('negated');
    expect(modifiersOf('No one should ever have to bury their children.', 'ha-mourn-loved-ones')).not.toContain('negated');
  });
  it('leaves a label after "no <noun> with" the speaker\'s own, and still negates a label denied', () => {
    expect(modifiersOf('There should be no talks with the Kyiv regime.', 'del-kyiv-regime')).not.toContain('negated');
    expect(modifiersOf('This is no Kyiv regime.', 'del-kyiv-regime')).toContain('negated');
  });
  it('still negates with a "never" that is no comparison', () => {
    expect(modifiersOf('There have never been peace talks between them.', 'pp-peace-talks')).toContain('negated');
  });
  it('leaves a label the speaker\'s own when the speaker says nothing is heard about it', () => {
    expect(modifiersOf('Unfortunately, we again heard nothing about the crimes of the Kiev regime against civilians.', 'del-kyiv-regime')).not.toContain('negated');
    expect(modifiersOf('There was not a word about the Kiev regime in the statement.', 'del-kyiv-regime')).not.toContain('negated');
  });
  it('keeps the negation of a frame that goes unmentioned, and of a label denied', () => {
    expect(modifiersOf('The communique said nothing about peace talks.', 'pp-peace-talks')).toContain('negated');
    expect(modifiersOf('This is not the Kiev regime but an elected government.', 'del-kyiv-regime')).toContain('negated');
  });
});

describe('a negating subject (subject-negator.ts)', () => {
  it('denies its whole predicate, across the verbs a plain "not" does not reach past', () => {
    expect(modifiersOf('Nobody wants to bring Russia to its knees, the minister said.', 'vic-attempts-to-intimidate')).toContain('negated');
    expect(modifiersOf('He said that no one is seeking to bring Russia to its knees.', 'vic-attempts-to-intimidate')).toContain('negated');
    expect(modifiersOf('They want to bring Russia to its knees, the minister said.', 'vic-attempts-to-intimidate')).not.toContain('negated');
  });
  it('leaves a label the speaker\'s, and a comparison\'s praise standing', () => {
    expect(modifiersOf('Nobody will negotiate with the Kyiv regime, Zakharova said.', 'del-kyiv-regime')).not.toContain('negated');
    expect(modifiersOf('No one has done more to end this war than President Trump.', 'pp-end-the-war')).not.toContain('negated');
  });
});

describe('a negated verb that leads into an infinitive (infinitive-negation.ts)', () => {
  it('negates what the infinitive says', () => {
    expect(modifiersOf('We are not going to negotiate over the heads of the Ukrainians.', 'soi-over-the-heads')).toContain('negated');
    expect(modifiersOf('We are going to negotiate over the heads of the Ukrainians.', 'soi-over-the-heads')).not.toContain('negated');
  });
  it('leaves a label the speaker\'s', () => {
    expect(modifiersOf('We are not going to talk to the Kyiv regime.', 'del-kyiv-regime')).not.toContain('negated');
  });
});
