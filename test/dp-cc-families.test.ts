import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * Dev pass on credit-claiming and economic-inducement (lexicons only): phrasing families of
 * parliaments, alliances, finance ministries, Gulf mediators and the Kremlin that the lexicons
 * missed, in fresh sentences, and the near misses (other domains, calls to act, negated frames)
 * that must stay silent.
 */
const spans = predictedSpans;

describe('credit-claiming families (dp-cc)', () => {
  it('a historic decision or vote taken, in the active, the passive and the nominal "decision to"', () => {
    fires('Yesterday the Bundestag took a historic decision on air defence for Kyiv.', 'credit-claiming');
    fires('A momentous vote was cast in the Seimas this morning, the Speaker said.', 'credit-claiming');
    fires('We welcome the historic decision to grant Moldova and Ukraine candidate status.', 'credit-claiming');
    fires("Qatar's historic contribution to regional peace and security is recognised by all parties.", 'credit-claiming');
  });
  it('a quantum leap, a strong signal sent by one\'s own decision', () => {
    fires('The new spending pledge is a quantum leap for European defence, the Secretary General said.', 'credit-claiming');
    fires('The agreement on the reparations loan sends a powerful signal to the Kremlin, the minister said.', 'credit-claiming');
    fires('Today\'s package is a very strong message of solidarity with Ukraine.', 'credit-claiming');
  });
  it('a call to send a signal, a market signal and a chip that leaps stay silent', () => {
    silent(ON_TOPIC + 'The allies must send a strong signal to Moscow that aggression does not pay.', 'credit-claiming');
    silent('The rate cut sent a clear signal to the bond markets.', 'credit-claiming');
    silent('The new processor is a quantum leap in battery life, the company said.', 'credit-claiming');
    silent(ON_TOPIC + 'The missile strike on Kyiv sends a strong signal that Moscow does not want peace.', 'credit-claiming');
  });
  it('a historic decision asked of others is no claim', () => {
    expect(analyze(ON_TOPIC + 'The European Council must take a historic decision on Ukraine in December.').categories['credit-claiming'].detected).toBe(false);
  });
  it('pride in one\'s own work and in being first', () => {
    fires('I am proud of the work our diplomats did to get this resolution adopted.', 'credit-claiming');
    fires('Poland is proud to be one of the first to deliver fighter jets to Ukraine.', 'credit-claiming');
    fires('We can rightly be proud of what we achieved together in Vilnius.', 'credit-claiming');
  });
  it('pride in others and in standing with Ukraine stays silent', () => {
    silent(ON_TOPIC + 'We are proud to stand with the people of Ukraine.', 'credit-claiming');
    silent(ON_TOPIC + 'Ukrainians are rightly proud of their defenders.', 'credit-claiming');
    silent('The coach said he was proud of the way his players fought back in the second half.', 'credit-claiming');
  });
  it('one\'s own support making a real difference, sanctions proving effective', () => {
    fires('Dutch F-16 training is making a real difference in the skies over Ukraine.', 'credit-claiming');
    fires('The restrictive measures adopted against Moscow have proved highly effective.', 'credit-claiming');
    silent('Volunteers at the food bank are making a real difference in the lives of families.', 'credit-claiming');
  });
  it('successful mediation, delegations thanked for constructive work, an unprecedented coalition', () => {
    fires('Abu Dhabi recalled its successful mediation in earlier exchanges of prisoners.', 'credit-claiming');
    fires('The host thanked the delegations for their constructive work over two days in Jeddah.', 'credit-claiming');
    fires('The contact group has grown into an unprecedented coalition of nations.', 'credit-claiming');
  });
  it('good and constructive talks, relations at their highest level, an operation going according to plan', () => {
    expect(spans(ON_TOPIC + 'The Chancellor spoke of a good and constructive conversation with the President.', 'credit-claiming')).toContain('good and constructive conversation');
    fires('Both ministers said bilateral ties are at their highest level in history.', 'credit-claiming');
    fires('The defence ministry said the special military operation is going strictly according to plan.', 'credit-claiming');
  });
  it('a gesture of goodwill and a victory hailed', () => {
    fires('The ministry described the pullback from the west bank as a goodwill gesture.', 'credit-claiming');
    fires('After the town fell, the Kremlin hailed a decisive victory.', 'credit-claiming');
    silent('The airline refunded the fares as a gesture of goodwill.', 'credit-claiming');
  });
  it('businesslike alone and a bare concrete result are no claim', () => {
    silent(ON_TOPIC + 'Peskov said the contacts with the Americans are conducted in a businesslike manner.', 'credit-claiming');
    expect(analyze(ON_TOPIC + 'The Ukrainian side came away with one tangible result, an exchange of the wounded.').categories['credit-claiming'].detected).toBe(false);
    silent(ON_TOPIC + 'Let us call things by their name: this is an invasion.', 'credit-claiming');
  });
  it('history made, an impetus given to relations, satisfaction with how the talks went, a triumph of diplomacy', () => {
    fires('Together we made history in Washington this week, the Secretary General said.', 'credit-claiming');
    fires('The talks in Beijing have given a strong impetus to bilateral cooperation.', 'credit-claiming');
    fires('We are pleased with how the consultations went, the deputy minister said.', 'credit-claiming');
    fires('Ankara called the exchange a triumph of diplomacy.', 'credit-claiming');
  });
  it('an impetus asked for and history made by a team stay silent', () => {
    silent(ON_TOPIC + 'The leaders agreed to give new impetus to the peace process.', 'credit-claiming');
    silent('The youngest team in the league made history on Saturday.', 'credit-claiming');
  });
  it('negated historic decisions stay silent', () => {
    silent(ON_TOPIC + 'The summit did not take a historic decision on membership, the minister admitted.', 'credit-claiming');
  });
});

describe('economic-inducement families (dp-cc)', () => {
  it('lift all sanctions, frozen assets unfrozen, banks returned to SWIFT', () => {
    fires('Moscow insists that Washington lift all sanctions before any settlement.', 'economic-inducement');
    fires('The Kremlin expects its frozen reserves to be released under the deal.', 'economic-inducement');
    fires('The return of Russian state banks to SWIFT is part of the package.', 'economic-inducement');
  });
  it('development opportunities, trade worth billions, cooperation that flourishes after peace', () => {
    fires('The envoy spoke of enormous economic development opportunities once a deal is signed.', 'economic-inducement');
    fires('Dmitriev said trade between the two countries could exceed 100 billion dollars.', 'economic-inducement');
    fires('Business could flourish between our countries once peace is restored.', 'economic-inducement');
    fires('The ministers reaffirmed their commitment to mutually beneficial cooperation.', 'economic-inducement');
  });
  it('lifted health restrictions, unfrozen bank accounts and boardroom win-win talk stay silent', () => {
    silent('The health ministry will lift all restrictions on hospital visits next week.', 'economic-inducement');
    silent('The retailer and its suppliers spoke of mutually beneficial cooperation.', 'economic-inducement');
    silent(ON_TOPIC + 'The EU will not lift all sanctions until Russia withdraws its troops.', 'economic-inducement');
  });
});
