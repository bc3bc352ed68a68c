import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * Lexicon pass dp-bs on blame-shifting and peace-process (lexicons only): the phrasing families behind
 * the dev misses, in fresh sentences of other governments, and the near misses (other domains, the
 * aggressor named, frames the annotators file under another category) that must stay silent.
 */
const spans = predictedSpans;
/** On the topic and still no predicted span of the category. */
const quiet = (text: string, category: string) => expect(spans(ON_TOPIC + text, category)).toEqual([]);
/** The document score of a category for a text put on the topic. */
const docScore = (text: string, category: string) => analyze(ON_TOPIC + text).categories[category as 'peace-process'].score;

describe('blame-shifting families (dp-bs)', () => {
  it('the conflict as the agent of the harm: has caused, has resulted in, the misery the conflict has inflicted', () => {
    fires('Foreign Minister Jaishankar noted that the conflict has caused severe hardship for the countries of the South.', 'blame-shifting');
    fires('The hostilities have resulted in the destruction of entire towns, the envoy said.', 'blame-shifting');
    fires('She spoke of the misery which the conflict has inflicted on millions of families.', 'blame-shifting');
  });
  it('the aggressor named, a war noun, a conflict of interest: silent', () => {
    quiet("Russia's conflict with Ukraine has caused immense suffering, the minister said.", 'blame-shifting');
    quiet("Russia's war has caused enormous destruction, the Chancellor said.", 'blame-shifting');
    quiet('The conflict of interest has led to the loss of the contract.', 'blame-shifting');
  });
  it('a situation or tensions turned into a state of war; the war in our neighbourhood', () => {
    fires('Regrettably, the situation around Ukraine has turned into a state of war, the ministry said.', 'blame-shifting');
    fires('Tensions between the two neighbours have escalated into full-scale war.', 'blame-shifting');
    fires('Budapest wants peace because the war in our neighbourhood threatens us all.', 'blame-shifting');
    quiet('The pay dispute at the port has escalated into a strike.', 'blame-shifting');
  });
  it("the continuation of hostilities in nobody's interest; a strike is not the war", () => {
    fires("The continuation of hostilities is in nobody's interest, the Turkish President said.", 'blame-shifting');
    quiet("A strike at the port is in no one's interest, the union said.", 'blame-shifting');
  });
  it('on his watch, a cruel and senseless conflict, all parties should adhere, soldiers of both sides who die', () => {
    fires('This war would never have started on his watch, the press secretary said.', 'blame-shifting');
    fires('Beijing called the war a cruel and senseless conflict between brothers.', 'blame-shifting');
    fires('All parties should adhere to the principles of the UN Charter, the Chinese envoy said.', 'blame-shifting');
    fires('Soldiers of both sides who die in the trenches are the true price of this war.', 'blame-shifting');
  });
  it('the conflict has claimed lives, Russians and Ukrainians have died, both are victims, ought never to have begun', () => {
    fires('The conflict has claimed tens of thousands of lives, the Secretary-General said.', 'blame-shifting');
    fires('Far too many Russians and Ukrainians have died in this war, the President said.', 'blame-shifting');
    fires('Both Russia and Ukraine are victims of this war, the bishop said.', 'blame-shifting');
    fires('This war ought never to have begun, the Archbishop said.', 'blame-shifting');
    quiet('Both clubs were victims of the fixture chaos.', 'blame-shifting');
  });
  it('Western weapons prolonging the conflict reach the threshold alone', () => {
    expect(docScore('Moscow says Western weapons are only prolonging the conflict.', 'blame-shifting')).toBeGreaterThanOrEqual(0.4);
  });
  it('co-belligerence, a proxy war against Russia, Russia did not start it, provoked by the West, Putin named: not blame-shifting', () => {
    quiet('Moscow claims that the delivery of tanks makes Germany a party to the conflict.', 'blame-shifting');
    quiet('Washington is waging a proxy war against Russia, the ambassador claimed.', 'blame-shifting');
    quiet('Russia did not start this war, the senator said.', 'blame-shifting');
    quiet("The crisis was provoked by the West's course of dragging Ukraine into NATO, Putin said.", 'blame-shifting');
    quiet("Putin's war has already cost tens of thousands of lives on both sides, the President said.", 'blame-shifting');
  });
  it('"not a party to the crisis" and "the Ukraine crisis" need company', () => {
    expect(docScore('Xi stressed that China is not a party to the crisis.', 'blame-shifting')).toBeLessThan(0.4);
    quiet("On the Ukraine crisis, China's position is consistent and clear.", 'blame-shifting');
    expect(docScore("On the Ukraine crisis, China's position is consistent and clear. China is neither the creator of the crisis nor a party to it.", 'blame-shifting')).toBeGreaterThanOrEqual(0.4);
  });
});

describe('peace-process families (dp-bs)', () => {
  it('a ceasefire or negotiations named once put a war text on the process', () => {
    expect(docScore('A ceasefire is the first step, the minister said.', 'peace-process')).toBeGreaterThanOrEqual(0.4);
    expect(docScore('The Chancellor raised the negotiations with his guest.', 'peace-process')).toBeGreaterThanOrEqual(0.4);
    silent('The bakery chain and the union agreed a ceasefire over the Christmas trade.', 'peace-process');
  });
  it('decide when and on what terms to negotiate; a negotiation with Russia; efforts aimed at settlement', () => {
    fires('It is for Ukraine alone to decide when and on what terms to negotiate.', 'peace-process');
    fires('Kyiv is open to a negotiation with Russia once its troops have left.', 'peace-process');
    fires('Instead of supporting efforts aimed at settlement, Brussels is doing everything to prolong the war.', 'peace-process');
    quiet("The club will decide next week whether to renew the striker's contract.", 'peace-process');
  });
  it("any settlement must be on Ukraine's terms; a robust and lasting peace; talks in Antalya", () => {
    fires("The Chancellor said any settlement must be on Ukraine's terms.", 'peace-process');
    fires('The leaders want a robust and lasting peace.', 'peace-process');
    fires('The delegations met for talks in Antalya.', 'peace-process');
    quiet("The gas contract must be renewed on Moscow's terms, the distributor said.", 'peace-process');
  });
  it('contacts at the highest level and the grain initiative alone are not the process', () => {
    quiet('Regular contacts at the highest level have deepened the strategic partnership between Moscow and Beijing.', 'peace-process');
    expect(docScore('Russia quit the Black Sea Grain Initiative in July.', 'peace-process')).toBeLessThan(0.4);
  });
});
