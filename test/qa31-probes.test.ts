import { describe, expect, it } from 'vitest';
import { predictedSpans } from './helpers.js';

/**
 * QA pass 31 (lexicons only): probes written in the styles of Kremlin/MFA readouts, US envoys, the
 * Chinese MFA and Hungarian/Slovak/Turkish/Indian officials for the three categories the held-out
 * split scores lowest on (blame-shifting, spheres-of-influence, victimhood). Each family that was
 * added keeps one hit here, beside near misses from other domains and the other side's mirror
 * sentences, which stay silent.
 */
const spans = predictedSpans;
const hits = (text: string, category: string) => spans(text, category).join(' | ');

describe('blame-shifting families (qa31)', () => {
  it('a war that was never supposed to happen', () => {
    expect(hits('This is a terrible war that was never supposed to happen, the President told reporters.', 'blame-shifting'))
      .toContain('war that was never supposed to happen');
  });
  it('the parties concerned / the two sides must each take a step back', () => {
    expect(hits('Lin Jian said the parties concerned should meet each other halfway.', 'blame-shifting')).toContain('parties concerned should meet each other halfway');
    expect(hits('The two sides must each take a step back, the Indian minister said.', 'blame-shifting')).toContain('two sides must each take a step back');
  });
  it('the Kiev regime that started the war; the Anglo-Saxons unleashed it', () => {
    expect(hits('Peskov said it was the Kiev regime that started the war back in 2014.', 'blame-shifting')).toContain('Kiev regime that started the war');
    expect(hits('Zakharova said the Anglo-Saxons unleashed this war and keep feeding it with weapons.', 'blame-shifting')).toContain('Anglo-Saxons unleashed this war');
  });
  it('Western countries directly responsible for the Ukrainian crisis', () => {
    expect(hits('Lavrov said the Western countries are directly responsible for the Ukrainian crisis.', 'blame-shifting'))
      .toContain('responsible for the Ukrainian crisis');
  });
  it('Boris Johnson told Kiev to keep fighting', () => {
    expect(hits('Peace could have been achieved in Istanbul in 2022, but Boris Johnson told Kiev to keep fighting, Lavrov said.', 'blame-shifting'))
      .toContain('told Kiev to keep fighting');
  });
  it('a war of attrition in which nobody wins; something no one wished to see', () => {
    expect(hits('Kellogg said the conflict has become a war of attrition in which nobody wins.', 'blame-shifting')).toContain('nobody wins');
    expect(hits('Mao Ning said the crisis was something no one wished to see.', 'blame-shifting')).toContain('no one wished to see');
  });
  it('near misses: the attacker named, other domains', () => {
    expect(spans('Zelensky said Russia alone is to blame for prolonging the war.', 'blame-shifting')).toEqual([]);
    expect(spans('It was Russia that started the war in 2014 by seizing Crimea, the Ukrainian envoy said.', 'blame-shifting')).toEqual([]);
    expect(spans('There are no winners in a trade war between neighbours, the economist said.', 'blame-shifting')).toEqual([]);
    expect(spans('The trade deal is fair to both parties, the ministers said.', 'blame-shifting')).toEqual([]);
    expect(spans('The coach told the players to keep fighting until the final whistle.', 'blame-shifting')).toEqual([]);
  });
});

describe('spheres-of-influence families (qa31)', () => {
  it('the Europeans not needed at the talks; nothing for them to do at the table', () => {
    expect(hits('Peskov said the Europeans are not needed at the talks.', 'spheres-of-influence')).toContain('not needed at the talks');
    expect(hits('Lavrov said there is nothing for the Europeans to do at the negotiating table.', 'spheres-of-influence'))
      .toContain('nothing for the Europeans to do at the negotiating table');
  });
  it('relations brought back to normal; full-format dialogue restored', () => {
    expect(hits('The Kremlin said relations between the two nuclear superpowers should be brought back to normal.', 'spheres-of-influence'))
      .toContain('back to normal');
    expect(hits('Putin and Trump discussed a possible restoration of full-format dialogue.', 'spheres-of-influence')).toContain('full-format dialogue');
  });
  it('deciding what Ukraine gets; leader to leader; the games of great powers', () => {
    expect(hits('Trump said he would be speaking to Putin and they would be deciding what Ukraine gets.', 'spheres-of-influence')).toContain('deciding what Ukraine gets');
    expect(hits('Trump said he would deal with Putin directly, leader to leader.', 'spheres-of-influence')).toContain('leader to leader');
    expect(hits('Fico said small countries like Ukraine always pay for the games of great powers.', 'spheres-of-influence')).toContain('games of great powers');
  });
  it('near misses: other domains, the rebuttal', () => {
    expect(spans('Kyiv rejected any attempt to decide its fate behind its back.', 'spheres-of-influence')).toEqual([]);
    expect(spans('Norway and Canada discussed cooperation in the Arctic.', 'spheres-of-influence')).toEqual([]);
    expect(spans('Relations between the two neighbours got back to normal after the fence dispute.', 'spheres-of-influence')).toEqual([]);
  });
});

describe('victimhood families (qa31)', () => {
  it('NATO creeping closer to our borders; Europe arming itself against Russia', () => {
    expect(hits('Peskov said NATO infrastructure keeps creeping closer to our borders.', 'victimhood')).toContain('closer to our borders');
    expect(hits('Peskov said Europe is arming itself to the teeth against Russia.', 'victimhood')).toContain('arming itself to the teeth against Russia');
  });
  it('the Kyiv regime shells the residents of Donetsk; Kyiv\'s drone attacks on Russian energy facilities', () => {
    expect(hits('Nebenzia said the Kyiv regime shells peaceful residents of Donetsk every day.', 'victimhood')).toContain('shells peaceful residents of Donetsk');
    expect(hits('The Kremlin said Kyiv\'s drone attacks on Russian energy facilities were acts of terrorism.', 'victimhood'))
      .toContain('drone attacks on Russian energy facilities');
  });
  it('warnings that fell on deaf ears; a hand of friendship rejected; pushed into a corner', () => {
    expect(hits('Lavrov said Russia\'s warnings about NATO expansion fell on deaf ears.', 'victimhood')).toContain('fell on deaf ears');
    expect(hits('Putin said Russia had extended a hand of friendship to the West, but it was rejected.', 'victimhood')).toContain('hand of friendship');
    expect(hits('Lavrov said the West pushed us into a corner.', 'victimhood')).toContain('pushed us into a corner');
  });
  it('the mirror sentences and other domains stay silent', () => {
    expect(spans('Kyiv said Russian drone attacks on Ukrainian energy facilities were acts of terror.', 'victimhood')).toEqual([]);
    expect(spans('Russian troops shelled residents of Kharkiv every day, the governor said.', 'victimhood')).toEqual([]);
    expect(spans('The patient\'s warnings about chest pain fell on deaf ears at the clinic.', 'victimhood')).toEqual([]);
    expect(spans('The boxer was pushed into a corner in the third round.', 'victimhood')).toEqual([]);
    expect(spans('Local farmers say they were forced to respond to rising fertiliser prices.', 'victimhood')).toEqual([]);
  });
});
