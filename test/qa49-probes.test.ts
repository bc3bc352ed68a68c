import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 49 on blame-shifting and credit-claiming (lexicons only): readout and commentary phrasings
 * (finger pointed at the West, fault laid at the door of European capitals, the aggressor left unnamed,
 * satisfaction with a named meeting, battlefield gains boasted of) and the near misses that must stay silent.
 * Scores (predicted span overlapping the expected one): first sight BS 10/20, CC 14/20 -> after fix 18/20, 20/20;
 * held-back fresh sets run once before fixing: 5/10 and 3/10, then 3/10 and 4/10, final 4/10 and 7/10; near misses 0 fired.
 */
const spans = predictedSpans;

describe('blame-shifting probes (qa49)', () => {
  it('the finger pointed at Washington; fault laid at the door of European capitals; responsibility shifted for stalled talks', () => {
    fires('Once again the Kremlin pointed the finger at Washington for the war it had itself launched.', 'blame-shifting');
    expect(spans(ON_TOPIC + "Rather than acknowledge the invasion, the Kremlin's account laid the fault at the door of European capitals.", 'blame-shifting').join(' ')).toContain('European capitals');
    fires("Moscow's readout shifted responsibility for the stalled talks onto Kyiv.", 'blame-shifting');
  });
  it('Russia and Ukraine portrayed as equally responsible; Ukraine\'s own leadership is to blame', () => {
    fires('The readout portrayed Russia and Ukraine as equally responsible for the bloodshed.', 'blame-shifting');
    fires("In the Russian telling, Ukraine's own leadership is to blame for the continuing hostilities.", 'blame-shifting');
  });
  it('the war caused by years of blunders of the previous leadership; escalation provoked by Kiev (twice-translated)', () => {
    fires('The president said the conflict erupted because of years of blunders by the previous leadership in Washington.', 'blame-shifting');
    fires('Escalation of conflict is provoked by irresponsible actions of Kiev and its Western patrons.', 'blame-shifting');
  });
  it('commentary: the aggressor left unnamed', () => {
    fires('The Chinese foreign ministry again declined to call it an invasion, referring only to the Ukraine situation.', 'blame-shifting');
    fires('The joint statement spoke of the suffering without naming the aggressor.', 'blame-shifting');
  });
  it('near misses: sport, business, Ukraine and its allies naming the aggressor', () => {
    silent('The fans pointed the finger at the referee after the derby.', 'blame-shifting');
    silent('The club statement criticised the tackle without naming the player.', 'blame-shifting');
    silent('The inquiry found both drivers equally responsible for the collision.', 'blame-shifting');
    silent('Kyiv pointed the finger at Moscow for the strike on the dam.', 'blame-shifting');
    silent('The escalation was provoked by the reckless actions of the Kremlin, Kyiv said.', 'blame-shifting');
    silent("The club's own leadership is to blame for the relegation, fans said.", 'blame-shifting');
  });
  it('round 2: the onus put on Kyiv, guilt borne by London, deaths on the conscience of the Kiev regime, Kiev pushed to sabotage', () => {
    fires('Moscow once more put the onus for the failed Istanbul round on Kyiv and its European backers.', 'blame-shifting');
    fires('The Russian Foreign Ministry insisted that it is London which bears the main guilt for the prolonging of hostilities.', 'blame-shifting');
    fires('According to Russian side, all casualties among civilians are on conscience of Kiev regime.', 'blame-shifting');
    fires('Lavrov claimed the West had pushed Kiev to sabotage every peace initiative.', 'blame-shifting');
    silent('The deaths of these civilians are on the conscience of the Kremlin, Kyiv said.', 'blame-shifting');
    silent('The manager put the onus on his strikers to finish their chances.', 'blame-shifting');
  });
  it('round 3: Western allies cast as the true culprits, a war fallen from the sky, both Russia and Ukraine must take responsibility, guilty of every drop of blood', () => {
    fires("Commentators noted that the Kremlin readout once again cast Ukraine's Western allies as the true culprits.", 'blame-shifting');
    fires('The joint statement spoke of "the conflict" as though it had fallen from the sky.', 'blame-shifting');
    fires('Both Russia and Ukraine must take responsibility for ending this terrible war, Lula said.', 'blame-shifting');
    fires('Zakharova stated that Kiev regime and its handlers are guilty of every drop of blood shed since 2014.', 'blame-shifting');
    silent('The mayor said both sides must take responsibility for the budget mess.', 'blame-shifting');
    silent('Kyiv said Russia is responsible for every death in Bucha.', 'blame-shifting');
  });
});

describe('credit-claiming probes (qa49)', () => {
  it('readout satisfaction: a named meeting, dropped articles', () => {
    fires('The Russian side highly appreciated the results of the Istanbul meeting.', 'credit-claiming');
    fires('Sides noted with satisfaction high level of achieved agreements.', 'credit-claiming');
  });
  it('achieved something nobody believed possible; the only man capable of ending the war', () => {
    fires('The Prime Minister said the coalition of the willing had achieved something nobody believed possible a year ago.', 'credit-claiming');
    expect(spans(ON_TOPIC + 'Trump cast himself as the only man capable of ending the war.', 'credit-claiming').join(' ')).toContain('only man capable of ending');
  });
  it('battlefield gains boasted of; the initiative along the entire line of contact is ours', () => {
    fires('The Kremlin boasted of a string of battlefield gains ahead of the call.', 'credit-claiming');
    fires('Our forces liberated another settlement, and the strategic initiative along the entire line of contact is ours.', 'credit-claiming');
  });
  it('near misses: sport, business, denied progress', () => {
    silent('The rookie achieved something nobody thought possible in the marathon.', 'credit-claiming');
    silent('He is the only player capable of ending the losing streak.', 'credit-claiming');
    silent('The company boasted of strong gains in its share price.', 'credit-claiming');
    silent('The team had a very productive training session before the match.', 'credit-claiming');
    silent('The Kremlin said the call had produced no breakthrough.', 'credit-claiming');
  });
  it('round 2: toughest package ever trumpeted, high assessment given, both parties brought to the table, square kilometres liberated', () => {
    fires('The Foreign Office trumpeted the new sanctions package as the toughest ever imposed on Moscow.', 'credit-claiming');
    fires('Sides gave high assessment to the results of the negotiations in Riyadh.', 'credit-claiming');
    fires('Within a week of taking office we brought both parties to the table, Trump said.', 'credit-claiming');
    fires('Putin stated that the Russian army has liberated more than five thousand square kilometres this year alone.', 'credit-claiming');
    silent('The brewery touted its new lager as the best ever brewed in the town.', 'credit-claiming');
    silent('The developer took control of 300 square kilometres of farmland.', 'credit-claiming');
  });
  it('round 3: one of the best conversations, patient diplomacy paid off, enemy knocked out of Kursk region, plan saved thousands of lives', () => {
    fires('Trump said his call with Putin was "one of the best conversations" he had ever had.', 'credit-claiming');
    fires('The Kremlin hailed the Anchorage summit as proof that its patient diplomacy had paid off.', 'credit-claiming');
    fires('Our forces have knocked the enemy out of Kursk region completely, Gerasimov reported.', 'credit-claiming');
    fires("The White House said the President's peace plan had already saved thousands of lives.", 'credit-claiming');
    silent('The charity said the new ward had already saved dozens of lives.', 'credit-claiming');
    silent("The coach said the team's patience had paid off in the end.", 'credit-claiming');
  });
  it('round 4: impressed with the depth of the discussion, professional work of the negotiating team, successful offensive in all directions', () => {
    fires('Ushakov said the Americans were very impressed with the depth of the discussion.', 'credit-claiming');
    fires('Russian troops continue their successful offensive in all directions, the Defence Ministry reported.', 'credit-claiming');
    silent('The coach praised the very professional work of his physiotherapists.', 'credit-claiming');
    silent('The judges were impressed by the quality of the cakes.', 'credit-claiming');
  });
});
