import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { testLexicon } from './helpers.js';

const run = (text: string) => analyze(text, { lexicon: testLexicon() });
const find = (text: string, marker: string) => run(text).annotations.find((a) => a.marker === marker);

describe('voice and attribution', () => {
  it.each([
    ['marks quoted words with the speaker of the reporting verb', 'Lavrov said the “Kyiv regime” cannot be trusted.', 'fx-kyiv-regime', { voice: 'quoted', speaker: 'Lavrov' }],
    ['finds the speaker after the quote ("..., said X")', '“The Kiev regime is lying,” said Zakharova.', 'fx-kyiv-regime', { voice: 'quoted', speaker: 'Zakharova' }],
    ['marks indirect speech after a reporting verb as reported', 'Putin demanded that the root causes of the crisis be eliminated first.', 'fx-root-causes', { voice: 'reported', speaker: 'Putin' }],
    ['attributes "according to" clauses', 'According to the Kremlin, peace talks will start soon.', 'fx-peace-talks', { voice: 'reported', speaker: 'Kremlin' }],
    ['reports the clause before a closing "..., he said"', 'Lavrov spoke in Ankara. The peace talks are a sham, he said.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['reads "in the view of X" like "according to X"', 'The peace talks were, in the view of the Kremlin, very useful.', 'fx-peace-talks', { voice: 'reported', speaker: 'Kremlin' }],
    ['goes on past a colon inside reported speech', 'Putin stressed the conditions for peace: the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: 'Putin' }],
    ['reports speech after a verb and a colon, without quotation marks', 'Putin stressed: the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: 'Putin' }],
    ['reports speech after "said on Tuesday:"', 'Lavrov said on Tuesday: the Kyiv regime cannot be trusted.', 'fx-kyiv-regime', { voice: 'reported', speaker: 'Lavrov' }],
    ['reports speech after "told reporters:"', 'Peskov told reporters: the Kyiv regime lies.', 'fx-kyiv-regime', { voice: 'reported', speaker: 'Peskov' }],
    ['reports speech after "told the press:"', 'Peskov told the press: the Kyiv regime lies.', 'fx-kyiv-regime', { voice: 'reported', speaker: 'Peskov' }],
    ['reports the terms a leader "dictated", past a colon', 'Putin dictated his terms: the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: 'Putin' }],
    ['reports what "some say", naming no speaker (the tagger reads that "say" as a noun)', 'Putin spoke. Some say the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: null }],
    ['reports what "many argue", naming no speaker', 'Putin spoke. Many argue that the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: null }],
    ['keeps "we stress:" in the author voice', 'We stress: the root causes of the crisis must go.', 'fx-root-causes', { voice: 'author', speaker: null }],
    ['ends reported speech at a semicolon', 'Putin stressed his conditions; the root causes of the crisis must go.', 'fx-root-causes', { voice: 'author' }],
    ['keeps "we also note" in the author voice (adverbs between subject and verb)', 'We also note that the Kyiv regime refuses to talk.', 'fx-kyiv-regime', { voice: 'author', speaker: null }],
    ['reports the object after "noted with satisfaction"', 'Lavrov noted with satisfaction the resumption of peace talks in Istanbul.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['reports what a speaker "expressed hope for", after another verb of the same subject', 'Lavrov welcomed the exchange and expressed hope for peace talks in Istanbul.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['does not take a name used as a modifier for the speaker', 'Putin recalled an anti-Russian bridgehead in Ukraine and insisted that the root causes of the crisis must go.', 'fx-root-causes', { voice: 'reported', speaker: 'Putin' }],
    ['leaves the author voice alone', 'We think peace talks are overdue.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['gives the author a gloss after reported words (", a phrase ...")', 'Lavrov called for a ceasefire, a phrase that in Moscow means peace talks on its terms.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['gives the author a gloss that opens with "language that"', 'Lavrov called for a pause, language that echoes the peace talks of 2022.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['keeps reported words after a comma that open no gloss', 'Lavrov said the West had stalled, a point he made about peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['keeps "We, the Leaders of the G7, reaffirm" in the author voice (we, named in commas)', 'We, the Leaders of the G7, reaffirm that peace talks must start.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['reports the name after "described as" in a relative clause', 'Lavrov was briefed on the Istanbul round, which he described as peace talks in name only.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['takes an institution before its officials into the speaker', 'Kremlin officials said peace talks were a sham.', 'fx-peace-talks', { voice: 'reported', speaker: 'Kremlin officials' }],
    ['takes an adjective of nationality no list holds into the speaker', 'The Ruritanian government said peace talks were a sham.', 'fx-peace-talks', { voice: 'reported', speaker: 'Ruritanian government' }],
    ['takes the country word before officials into the speaker', 'Some US officials said peace talks were a sham.', 'fx-peace-talks', { voice: 'reported', speaker: 'US officials' }],
    ['reads "counter that" as a reporting verb, not "counter" a thing', 'Ukrainian officials countered that peace talks were a sham.', 'fx-peace-talks', { voice: 'reported', speaker: 'Ukrainian officials' }],
    ['leaves "counter" with an object in the author voice', 'The EU will counter claims about peace talks with facts.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['names a readout as the speaker, carried from an earlier sentence', 'We read the readout from the White House. The statement that the war “should never have started” is telling.', 'fx-never-started', { voice: 'quoted', speaker: 'the White House readout' }],
    ['attributes a quotation of several sentences to the cue after it', '"We want peace talks. The war must end," President Trump told reporters.', 'fx-peace-talks', { voice: 'quoted', speaker: 'President Trump' }],
    ['attributes a quotation after a colon to the subject before it', 'Medvedev was blunter: the "Kyiv regime" is a puppet.', 'fx-kyiv-regime', { voice: 'quoted', speaker: 'Medvedev' }],
    ['gives a quotation that opens its sentence to the last speaker', 'Rubio told reporters that the ball was in Russia\'s court. "We made progress on peace talks today."', 'fx-peace-talks', { voice: 'quoted', speaker: 'Rubio' }],
    ['does not take a possessor for the subject of a reporting verb', 'The Prime Minister welcomed President Trump\'s drive and said that peace talks must start.', 'fx-peace-talks', { voice: 'reported', speaker: 'Prime Minister' }],
    ['resolves a pronoun to the person named before it', 'Trump hyped what he described as “peace talks” with Moscow.', 'fx-peace-talks', { voice: 'quoted', speaker: 'Trump' }],
    ['attributes a quotation after a name and a colon to that name, not to a name run on across the colon', 'Zelensky: "Russia wants no peace talks."', 'fx-peace-talks', { voice: 'quoted', speaker: 'Zelensky' }],
    ['keeps "we have said that" in the author voice (auxiliaries of tense between subject and verb)', 'We have repeatedly said that peace talks must start.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['reports "it has been noted that" (a passive: not the author\'s own "it")', 'It has been noted that peace talks must start.', 'fx-peace-talks', { voice: 'reported' }],
    ['reads a reporting verb the tagger took for an adjective, before "that", as a verb', 'The Russian side informed that peace talks must wait.', 'fx-peace-talks', { voice: 'reported', speaker: 'Russian side' }],
    ['reads such a verb after its subject as a verb ("X informed Y about Z")', 'Putin informed Trump about the peace talks in Riyadh.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['reports the object of "insisted on", "spoke in favour of", "pushed for"', 'Putin insisted on peace talks in Istanbul.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['carries reported speech on into a sentence whose subject is a side the reported clause named', 'Wang Yi said that China supports dialogue. The Chinese side backs peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Wang Yi' }],
    ['names the subject before a clause in commas, not a name inside it', "Kirill Dmitriev, Putin's envoy on investment, said that Russia wants peace talks.", 'fx-peace-talks', { voice: 'reported', speaker: 'Kirill Dmitriev' }],
    ['names the subject before an aside in commas', 'The Kremlin, however, said that Russia wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Kremlin' }],
    ['gives a verb joined by "and" the subject of its sentence, not the object before it', 'Sikorski thanked Germany for its support and warned that Russia wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Sikorski' }],
    ['does not read "added fuel to the fire" as speech', 'Wang Yi said that China is impartial. China has never added fuel to peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Wang Yi' }],
    ['does not resolve "he" to a country', 'Lavrov said that the talks went well. Russia, he added, wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['reads a known title right before a name as one mention, so the person speaks', 'Presidential aide Yuri Ushakov said that Russia wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Presidential aide Yuri Ushakov' }],
    ['does not take a name in a relative clause for the subject', 'Yuri Ushakov, who received Zuppi, praised the visit and said that Russia wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Yuri Ushakov' }],
    ['resolves a pronoun to the latest salient person, also one that only acted', 'Medvedev wrote that the war goes on. Dmitry Peskov, the Kremlin spokesman, struck a calmer note. He told reporters that Russia wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Dmitry Peskov' }],
    ['reports the sentence around a reporting clause set in commas', 'Russia, Lavrov said, wants peace talks now.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['reports the rest of a sentence opened by "as X has said"', 'As Lavrov has said repeatedly, Russia wants peace talks now.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['reads "added" as the reporting verb "add" (a stem the stemmer cuts apart)', 'Lavrov added that Russia wants peace talks now. Russia, Lavrov added, wants peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Lavrov' }],
    ['leaves "as said," the author\'s: no subject stands between "as" and the verb', 'As said, Russia wants peace talks now.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['carries it on also when a reporting verb of that sentence reports nothing', 'Wang Yi said that China supports dialogue. China welcomes all efforts and hopes to reach peace talks soon.', 'fx-peace-talks', { voice: 'reported', speaker: 'Wang Yi' }],
    ['does not carry it into a sentence with another subject', 'Wang Yi said that China supports dialogue. Kyiv wants peace talks.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['does not carry it past a paragraph break', 'Wang Yi said that China supports dialogue.\n\nChina backs peace talks.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['reports what one leader "updated" another on', 'Zelensky updated the Prime Minister on the peace talks in Jeddah.', 'fx-peace-talks', { voice: 'reported', speaker: 'Zelensky' }],
    ['leaves an -ed adjective before its noun alone', 'The informed public knows that peace talks matter.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['reports what a claim, pledge or vow "to" do ("claimed to support")', 'Moscow claimed to support peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Moscow' }],
    ['reports a pledge "to" do', 'Zelensky pledged to join peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Zelensky' }],
    ['does not report what one hopes "to" do', 'Moscow hopes to resume peace talks.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['does not report what follows "spoke to"', 'Putin spoke to Trump about peace talks.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['reports a gerund after "insisted on"', 'Putin insisted on holding peace talks in Istanbul.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['reports a gerund after "called for"', 'Zelensky called for resuming peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Zelensky' }],
    ['reports what a speaker "pointed to"', 'Putin pointed to the need to start peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['reports what "he also pointed to", in the voice of the person before', 'Putin spoke with Trump. He also pointed to the need for peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['reports "pointed to" after "and" with the subject of its sentence', 'Putin thanked Trump and pointed to the peace talks in Riyadh.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
    ['does not report what evidence "points to"', 'The evidence pointed to peace talks soon.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['does not report what signs "point to"', 'All signs point to peace talks soon.', 'fx-peace-talks', { voice: 'author', speaker: null }],
    ['names a common noun right before a reporting verb as its speaker', 'The regional governor said that peace talks must start.', 'fx-peace-talks', { voice: 'reported', speaker: 'regional governor' }],
    ['does not take the object of a preposition before the verb for its speaker', 'People familiar with the negotiations said peace talks must start.', 'fx-peace-talks', { voice: 'reported', speaker: null }],
    ['does not take the subject of a reported clause for its speaker', 'Zakharova said the team had observed peace talks.', 'fx-peace-talks', { voice: 'reported', speaker: 'Zakharova' }],
    ['does not take "whose" and a noun for a speaker', 'Whose coach said peace talks must start?', 'fx-peace-talks', { voice: 'reported', speaker: null }],
    ['takes no transcript label ("Q:", "A:") for a speaker', 'Q: Will Russia accept a ceasefire?\nA: Putin said peace talks must come first.', 'fx-peace-talks', { voice: 'reported', speaker: 'Putin' }],
  ] as const)('%s', (_name, text, marker, expected) => {
    expect(find(text, marker)).toMatchObject(expected);
  });
});

describe('the speaker of a quotation named after it (pipeline/quote-cue.ts)', () => {
  const quoteSpeakers = (text: string) => run(text).quotes.map((q) => q.speaker);
  it.each([
    ['a title and full name before "said"', '"We want peace talks," Foreign Minister Andrii Sybiha said.', 'Foreign Minister Andrii Sybiha'],
    ['a title with "of"', '"We want peace talks," Secretary of State Marco Rubio said.', 'Secretary of State Marco Rubio'],
    ['a two-word title', '"We want peace talks," Prime Minister Keir Starmer said.', 'Prime Minister Keir Starmer'],
    ['an office and a lower-case title before the name', '"We want peace talks," Ministry spokeswoman Maria Zakharova said.', 'Maria Zakharova'],
    ['an article before the title', '"We want peace talks," the Kremlin spokesman Dmitry Peskov told reporters.', 'Kremlin spokesman Dmitry Peskov'],
    ['the verb before the name', '"We want peace talks," said Foreign Minister Sergei Lavrov.', 'Foreign Minister Sergei Lavrov'],
    ['the name, then its title in commas', '"We want peace talks," Lavrov, the foreign minister, said.', 'Lavrov'],
    ['a country named in the sentence before', 'Russia shelled Kharkiv overnight. "We want peace talks," Foreign Minister Andrii Sybiha said.', 'Foreign Minister Andrii Sybiha'],
  ] as const)('names the speaker past %s', (_name, text, speaker) => {
    expect(quoteSpeakers(text)).toEqual([speaker]);
  });
  it('does not take a name followed by a verb of its own for the speaker', () => {
    expect(quoteSpeakers('The word "peace" Sergei Lavrov never uses, officials said.')).toEqual([null]);
  });
  it('does not reach past a long run of words to a cue', () => {
    expect(quoteSpeakers('"Peace," Sergei Lavrov and his team in Moscow and Minsk and the rest of the delegation said.')).toEqual([null]);
  });
  it('reports the clause before "X, the <title>, said" in the voice of X, not the title', () => {
    expect(find('The peace talks went well, Lavrov, the foreign minister, said.', 'fx-peace-talks')).toMatchObject({ voice: 'reported', speaker: 'Lavrov' });
  });
});

describe('"he" and "she" never stand for a group (pipeline/attribution.ts)', () => {
  it('takes no name after a preposition for "he" when the sentence names a person before it', () => {
    const r = analyze('Foreign Minister Szijjarto took part in the second Minsk Conference on Eurasian Security, where he stated that peace talks must start.', { lexicon: testLexicon() });
    expect(r.annotations.find((a) => a.marker === 'fx-peace-talks')?.speaker).toBe('Foreign Minister Szijjarto');
  });
  const quoteSpeakers = (text: string) => run(text).quotes.map((q) => q.speaker);
  it.each([
    ['a source in the plural', 'Lavrov spoke in Ankara. Officials called it a disgrace. "We want peace talks," he said.', 'Lavrov'],
    ['a capitalised plural noun opening its sentence', 'Lavrov spoke in Ankara. Fans called it a disgrace. "We want peace talks," she said.', 'Lavrov'],
    ['a name ending in -s, which is no plural', 'Mitsotakis spoke in Athens. Officials called it a disgrace. "We want peace talks," he said.', 'Mitsotakis'],
  ] as const)('passes over %s to the person before', (_name, text, speaker) => {
    expect(quoteSpeakers(text)).toEqual([speaker]);
  });
  it.each([
    ['the fans before', 'Fans called it a disgrace. The coach said the team would never surrender. "We want peace talks," he said.'],
    ['the officials before', 'Officials called it a disgrace. The coach said the team would never surrender. "We want peace talks," he said.'],
  ] as const)('gives "he" to a person named by a common noun ("The coach said"), not to %s', (_name, text) => {
    expect(quoteSpeakers(text)).toEqual(['coach']);
  });
  it('names no group at all when no single person came before', () => {
    expect(quoteSpeakers('Fans called it a disgrace. "We want peace talks," he said.')).toEqual([null]);
  });
  it('lets "they" stand for a group', () => {
    expect(quoteSpeakers('Officials met in Ankara. "We want peace talks," they said.')).toEqual(['Officials']);
  });
  it('does not give a group in the same sentence to "he"', () => {
    expect(find('Lavrov spoke in Ankara. Diplomats, he said, want peace talks.', 'fx-peace-talks')).toMatchObject({ voice: 'reported', speaker: 'Lavrov' });
  });
});

describe('mentions (pipeline/mentions.ts)', () => {
  it('part two capitalised words with punctuation between them, and keep a hyphenated name and an initial whole', async () => {
    const { runStages } = await import('../src/pipeline/stages.js');
    const { engineFor } = await import('../src/lexicon/engine.js');
    const engine = engineFor(testLexicon());
    const mentions = (text: string) => runStages({ engine, text }, 'attribute').mentions!.map((m) => m.text);
    expect(mentions('Moscow, Kyiv and Washington met; Zelensky: "Russia lies."')).toEqual(['Moscow', 'Kyiv', 'Washington', 'Zelensky', 'Russia']);
    expect(mentions('Donald J. Trump met Kosiniak-Kamysz and Ursula von der Leyen.')).toEqual(['Donald J. Trump', 'Kosiniak-Kamysz', 'Ursula von der Leyen']);
    expect(mentions('The Head of State thanked Secretary of State Rubio.')).toEqual(['Head of State', 'Secretary of State Rubio']);
  });
});

describe('context and scores', () => {
  it('negates a marker inside its clause, not beyond it', () => {
    expect(find('Putin made no concessions.', 'fx-concessions')).toMatchObject({ modifiers: ['negated'] });
    expect(find('There was no delay, and concessions followed.', 'fx-concessions')?.modifiers).toEqual([]);
  });
  it('does not let a negator reach past a clause-break word or its own verb', () => {
    expect(find('Moscow gave nothing, but concessions followed.', 'fx-concessions')?.modifiers).toEqual([]);
    expect(find('We do not accept major concessions in the war.', 'fx-concessions')?.modifiers).toEqual([]);
    expect(find('This is not only a matter of concessions in the war.', 'fx-concessions')?.modifiers).toEqual([]);
    expect(find('There were no major concessions in the war.', 'fx-concessions')?.modifiers).toEqual(['negated']);
  });
  it('does not negate a marker by its own negator', () => {
    const a = find('This war should never have started.', 'fx-never-started');
    expect(a?.modifiers).toEqual([]);
    expect(a?.score).toBe(0.8);
  });
  it('lowers hedged markers and raises boosted ones, and explains each step', () => {
    const hedged = find('Moscow may seek concessions in the war.', 'fx-concessions')!;
    const boosted = find('Moscow clearly won concessions in the war.', 'fx-concessions')!;
    expect(hedged.modifiers).toEqual(['hedged']);
    expect(hedged.score).toBeCloseTo(0.6 * 0.7, 3);
    expect(boosted.modifiers).toEqual(['boosted']);
    expect(boosted.score).toBeGreaterThan(0.6);
    expect(hedged.explanation.summary).toMatch(/weight 0\.6 \(fx-concessions\); hedged by "may" x0\.7/);
  });
  it('hedges with likely, possibly, possible and appears, not with like, unlike, appearance or "as soon as possible"', () => {
    for (const text of ['Moscow likely won concessions in the war.', 'Moscow possibly won concessions in the war.', 'Moscow won concessions in a possible deal.', 'Moscow appears to have won concessions in the war.']) {
      expect(find(text, 'fx-concessions')!.modifiers, text).toEqual(['hedged']);
    }
    for (const text of ['We would like concessions in the war.', 'Unlike Kyiv, Moscow won concessions in the war.', 'The appearance of concessions in the war surprised Kyiv.', 'Moscow wants concessions in the war as soon as possible.']) {
      expect(find(text, 'fx-concessions')!.modifiers, text).toEqual([]);
    }
  });
  it('does not hedge with "possible" in a strict condition ("only possible if", "possible only when"), and still does elsewhere', () => {
    for (const text of ['Peace in the war is only possible if Moscow wins concessions.', 'Concessions in the war are possible only when Moscow agrees.',
      'Concessions in the war will only be possible after the summit.', 'Concessions are possible solely on the basis of the war aims.',
      'Concessions in the war are possible if both sides show courage.', 'Concessions in the war are possible once Moscow agrees.']) {
      expect(find(text, 'fx-concessions')!.modifiers, text).toEqual([]);
    }
    for (const text of ['Concessions in the war are possible, Moscow said.', 'It is possible that Moscow wins concessions in the war.',
      'The only concessions in the war were possibly a bluff.']) {
      expect(find(text, 'fx-concessions')!.modifiers, text).toEqual(['hedged']);
    }
  });
  it('lets a degree word ("very") boost only the marker right after it, a sentence adverb the whole clause', () => {
    expect(find('In Moscow, Putin said the call was very good and enormous economic deals would follow.', 'fx-economic-deals')!.modifiers).toEqual([]);
    expect(find('In Moscow, Putin offered very generous concessions.', 'fx-concessions')!.modifiers).toEqual(['boosted']);
    expect(find('In Moscow, Putin clearly offered enormous economic deals.', 'fx-economic-deals')!.modifiers).toEqual(['boosted']);
  });
  it('does not boost a clause with "very" after a determiner ("the very moment"): it modifies its noun', () => {
    expect(find('Moscow is ready for a ceasefire the very moment Kyiv agrees.', 'fx-ceasefire')!.modifiers).toEqual([]);
    expect(find('Moscow clearly wants a ceasefire.', 'fx-ceasefire')!.modifiers).toEqual(['boosted']);
  });
  it('lets a boosting adjective on a noun ("complete encirclement") boost only a marker that begins with that noun', () => {
    expect(find('In Moscow, Putin spoke of complete encirclement and enormous economic deals.', 'fx-economic-deals')!.modifiers).toEqual([]);
    expect(find('In Moscow, Putin clearly spoke of enormous economic deals.', 'fx-economic-deals')!.modifiers).toEqual(['boosted']);
  });
  it('scores off-topic texts low, not zero', () => {
    const a = find('The shop offered concessions to pensioners on Sunday.', 'fx-concessions')!;
    expect(a.score).toBeCloseTo(0.6 * 0.3, 3);
    expect(a.explanation.factors.map((f) => f.factor)).toEqual(['off-topic']);
  });
  it('reads a long text with one passing topic word as off-topic, a short statement with one as on-topic', () => {
    const filler = 'The stores opened early and the staff restocked the shelves before noon. '.repeat(8);
    const long = find(`${filler}The chain offered concessions to pensioners as the price war went on.`, 'fx-concessions')!;
    expect(long.explanation.factors.map((f) => f.factor)).toEqual(['off-topic']);
    const several = find(`${filler}Ukraine, Russia and the ministry offered concessions.`, 'fx-concessions')!;
    expect(several.explanation.factors).toEqual([]);
    const short = find('Moscow offered concessions on Sunday.', 'fx-concessions')!;
    expect(short.explanation.factors).toEqual([]);
  });
  it('reads a 60-word story with two passing topic words as off-topic: the density rule is for short statements (40 words at most)', () => {
    const story = 'The league imposed sanctions on the club after the derby. Fans called the decision unfair and the owner spoke of a war on referees. '
      + 'The coach offered concessions to the supporters and promised that the team would fight for every point until the end of the long season ahead of them all.';
    expect(find(story, 'fx-concessions')!.explanation.factors.map((f) => f.factor)).toEqual(['off-topic']);
  });
  it('reads a one-line statement that names only a leader or an office as on-topic, a sports line with "XI" or "trumps" as off-topic', () => {
    for (const text of ['Zelensky offered concessions on Sunday.', 'Zelenskyy offered concessions.', "Trump's envoy offered concessions.",
      'Xi Jinping offered concessions.', 'The Élysée offered concessions.', 'Lavrov offered concessions.']) {
      expect(find(text, 'fx-concessions')!.explanation.factors, text).toEqual([]);
    }
    for (const text of ["The starting XI trumps last year's side, and the club offered concessions on tickets.",
      'The card game ended when her trumps ran out and the host offered concessions.']) {
      expect(find(text, 'fx-concessions')!.explanation.factors.map((f) => f.factor), text).toEqual(['off-topic']);
    }
  });
  it('reads a one-line statement that names a city of the war as on-topic, a longer sports story naming one club city as off-topic', () => {
    expect(find('After the strike on Kharkiv, Moscow offered concessions.', 'fx-concessions')!.explanation.factors).toEqual([]);
    expect(find('The strike on Odessa came as the city offered concessions.', 'fx-concessions')!.explanation.factors).toEqual([]);
    const sports = 'Shakhtar Donetsk beat Dynamo 2-1 in a tense derby on Sunday, and the club offered concessions on tickets to the fans who '
      + 'travelled, while the coach praised the defence, the rain kept falling on the half-empty stadium and the league promised a review of the referees.';
    expect(find(sports, 'fx-concessions')!.explanation.factors.map((f) => f.factor)).toEqual(['off-topic']);
  });
  it('never gives "he" a region or city of the war, and reads "the strongest possible" as no hedge', () => {
    const r = analyze('The Russian President spoke of the attacks in the Kursk and Belgorod regions, which, he said, showed that the Kyiv regime refused peace talks.', { lexicon: testLexicon() });
    expect(r.annotations.find((a) => a.marker === 'fx-kyiv-regime')).toMatchObject({ voice: 'reported', speaker: 'Russian President' });
    expect(find('Moscow rejected a ceasefire in the strongest possible terms.', 'fx-ceasefire')!.modifiers).not.toContain('hedged');
    expect(find('A ceasefire is possible, Moscow said.', 'fx-ceasefire')!.modifiers).toContain('hedged');
  });
  it('gives "He said" the person the sentence before names, though most of its words are capitalised (a sentence with a full stop is no heading)', () => {
    const text = 'A German official said the talks had stalled.\n\nUkrainian President Volodymyr Zelensky struck a cautious note. He said the Kyiv regime was a Russian myth.';
    expect(analyze(text, { lexicon: testLexicon() }).annotations.find((a) => a.marker === 'fx-kyiv-regime')).toMatchObject({ voice: 'reported', speaker: 'Ukrainian President Volodymyr Zelensky' });
    const heading = 'A German official said the talks had stalled.\n\nUkrainian President Volodymyr Zelensky Visits Kharkiv\n\nHe said the Kyiv regime was a Russian myth.';
    expect(analyze(heading, { lexicon: testLexicon() }).annotations.find((a) => a.marker === 'fx-kyiv-regime')).toMatchObject({ speaker: 'German official' });
  });
  it('reads a passive closing verb as no report of the words before it ("The Kyiv regime (1) was rejected.")', () => {
    const text = 'Zelensky said he would never accept the referendums.\n\nThe Kyiv regime (1) was rejected.';
    expect(analyze(text, { lexicon: testLexicon() }).annotations.find((a) => a.marker === 'fx-kyiv-regime')).toMatchObject({ voice: 'author', speaker: null });
    expect(find('The Kyiv regime must go, Lavrov said.', 'fx-kyiv-regime')).toMatchObject({ voice: 'reported', speaker: 'Lavrov' });
  });
  it('combines annotation scores per category as 1 - prod(1 - s), by voice, with every category present', () => {
    const r = run('A ceasefire in the war. Another ceasefire, said Lavrov.');
    expect(r.categories['peace-process'].score).toBeCloseTo(1 - 0.5 * 0.5, 3);
    expect(r.categories['peace-process'].count).toBe(2);
    expect(r.categories['peace-process'].detected).toBe(true);
    expect(r.categories['fear-appeal']).toEqual({ score: 0, count: 0, detected: false, byVoice: { author: 0, quoted: 0, reported: 0 } });
  });
  it('reads words that name JavaScript object members as words', () => {
    const r = run('The constructor of toString said hasOwnProperty __proto__ valueOf. The Kyiv regime lied.');
    expect(r.annotations.map((a) => a.marker)).toEqual(['fx-kyiv-regime']);
  });
  it('keeps offsets into the text after a BOM, with CRLF untouched', () => {
    const text = '\uFEFFIntro line.\r\nThe Kyiv regime 👍🏽 refused peace talks.';
    const r = run(text);
    const decoded = text.slice(1);
    expect(r.annotations.length).toBe(2);
    for (const a of r.annotations) expect(decoded.slice(a.start, a.end)).toBe(a.text);
    expect(r.stats.characters).toBe(decoded.length);
  });
});
