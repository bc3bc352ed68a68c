import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 40 on blame-shifting, peace-process, credit-claiming and economic-inducement (lexicons only):
 * phrasings of Chinese, Kremlin, White House, Élysée and Ukrainian readouts that the lexicons missed at
 * first sight, and the near misses (other domains, the aggressor named) that must stay silent.
 */
const spans = predictedSpans;

describe('blame-shifting probes (qa40)', () => {
  it('all the parties concerned told to remain calm, both capitals to show flexibility', () => {
    fires('All the parties concerned should remain calm and refrain from actions that could aggravate the situation.', 'blame-shifting');
    fires('Both Moscow and Kyiv will need to show flexibility.', 'blame-shifting');
  });
  it('escalation as the result of the West\'s policy, Ukrainians forced to fight to the last', () => {
    fires('The escalation of the conflict is a direct result of the irresponsible policy of Western countries.', 'blame-shifting');
    fires('Western sponsors are forcing Ukrainians to fight until the last soldier.', 'blame-shifting');
  });
  it('hostilities that became a tragedy for both peoples, a conflict that never should have commenced, everybody lost', () => {
    fires('The outbreak of hostilities became a tragedy for both of our peoples.', 'blame-shifting');
    fires('This is a conflict that never should have commenced.', 'blame-shifting');
    expect(spans(ON_TOPIC + 'Everybody has lost in this war, the President said.', 'blame-shifting').join(' ')).toContain('lost in this war');
  });
  it('a war on their own people, young men of both countries killed, both committed violations, a war draining both nations', () => {
    fires('The Kyiv authorities unleashed a war against their own people in Donbass in 2014.', 'blame-shifting');
    fires('It is a war in which young men from both countries are being killed by the thousands.', 'blame-shifting');
    fires('Both Russia and Ukraine have committed violations of the truce.', 'blame-shifting');
    fires('It is a war of attrition that is draining both nations.', 'blame-shifting');
    silent(ON_TOPIC + 'Russia has committed violations of the truce, Kyiv said.', 'blame-shifting');
  });
  it('the aggressor named, divorces, price wars and fans stay silent', () => {
    silent(ON_TOPIC + 'The escalation of the conflict is a direct result of the criminal policy of the Kremlin.', 'blame-shifting');
    silent(ON_TOPIC + 'Both parties to the divorce should exercise restraint, the judge said.', 'blame-shifting');
    silent('Everyone lost in the price war between the supermarkets.', 'blame-shifting');
    silent('The coach made the players fight until the last minute.', 'blame-shifting');
  });
});

describe('peace-process probes (qa40)', () => {
  it('teams that reconvene, a territorial compromise, land swapping, common ground found', () => {
    fires('The teams will reconvene in Geneva next week to refine the text.', 'peace-process');
    fires('Any territorial compromise would have to be approved by referendum.', 'peace-process');
    fires('Trump spoke of some land swapping between the two sides.', 'peace-process');
    fires('The envoy said the two sides had found common ground on most of the points.', 'peace-process');
  });
  it('committees, stadium leases and gang truces stay silent', () => {
    silent('The committee will reconvene after lunch.', 'peace-process');
    silent('Negotiations over the new stadium lease have stalled, the council said.', 'peace-process');
    silent(ON_TOPIC + 'There will be no talks with Kyiv, the Kremlin said.', 'peace-process');
  });
});

describe('credit-claiming probes (qa40)', () => {
  it('a lot of headway, moved us substantially forward, thanks to the personal efforts of a named leader', () => {
    fires('I think we made a lot of headway today.', 'credit-claiming');
    fires('It was a productive day that moved us substantially forward.', 'credit-claiming');
    fires('Thanks to the personal efforts of the Crown Prince, the exchange became possible.', 'credit-claiming');
  });
  it('a plan backed by ninety states, the enemy retreating along the entire front', () => {
    fires("Ukraine's Peace Formula has gained the support of more than ninety states.", 'credit-claiming');
    fires('Russian troops liberated Kurakhove, and the enemy is retreating along the entire front line.', 'credit-claiming');
  });
  it('a position that stood the test of time, events proved us right, a deal called a masterpiece, talks that went extremely well', () => {
    fires('Our position on the Ukrainian issue has stood the test of time.', 'credit-claiming');
    fires('Events have proven us right, the minister said.', 'credit-claiming');
    fires('The deal I negotiated is a masterpiece.', 'credit-claiming');
    fires('The negotiations in Riyadh went extremely well.', 'credit-claiming');
    silent(ON_TOPIC + 'History has shown us that wars end at the table.', 'credit-claiming');
  });
  it('volunteers, quarterly results and denied progress stay silent', () => {
    silent(ON_TOPIC + 'Thanks to the efforts of volunteers, the park was cleaned up.', 'credit-claiming');
    silent('The company reported a very productive quarter with record revenue.', 'credit-claiming');
    silent(ON_TOPIC + 'The Kremlin said no progress had been made during the talks.', 'credit-claiming');
  });
});

describe('economic-inducement probes (qa40)', () => {
  it('a magnet for investment, a Marshall Plan, billions brought into the United States', () => {
    fires('After the war Ukraine will become a magnet for investment.', 'economic-inducement');
    fires('Kyiv could be offered a Marshall Plan for its reconstruction.', 'economic-inducement');
    fires('The minerals deal will bring billions of dollars into the United States.', 'economic-inducement');
  });
  it('both sides wanting to make money, tariffs on Russian fertiliser lifted', () => {
    fires('They want to make money and we want to make money, Trump said of the Russians.', 'economic-inducement');
    fires('Washington hinted at lifting tariffs on Russian fertiliser as an incentive.', 'economic-inducement');
  });
  it('cheap energy for the US, a mega deal on drones, energy cooperation restored, trade increased tenfold', () => {
    fires('The Russian side offered to supply the US with cheap energy.', 'economic-inducement');
    fires('Zelensky offered Washington a mega deal on drones.', 'economic-inducement');
    fires('Cooperation in the energy sphere could be restored after the settlement.', 'economic-inducement');
    fires('Bilateral trade could be increased tenfold.', 'economic-inducement');
  });
  it('clubs, Canadian lumber and sanctions extended stay silent', () => {
    silent(ON_TOPIC + 'The club wants to make money from its new stadium.', 'economic-inducement');
    silent(ON_TOPIC + 'Washington is lifting tariffs on Canadian lumber.', 'economic-inducement');
    silent(ON_TOPIC + 'The EU extended its sanctions against Russia for another six months.', 'economic-inducement');
  });
});

describe('families added after the held-back fresh set was scored (qa40 follow-up)', () => {
  it('a war allowed to go on too long, soldiers on each side killed, a war in Ukraine which erupted; the aggressor named stays silent', () => {
    fires('The President said the war is a catastrophe that has been allowed to go on far too long.', 'blame-shifting');
    fires('Hundreds of thousands of soldiers on each side have been killed or wounded.', 'blame-shifting');
    fires('The war in Ukraine, which erupted in 2022, has reshaped Europe.', 'blame-shifting');
    silent(ON_TOPIC + "Russia's war in Ukraine, which Moscow started in 2022, has reshaped Europe.", 'blame-shifting');
  });
  it('a pause of the offensive, documents ready for signing; meetings yielding excellent results; businesses benefiting from peace, markets reopened to Russian goods', () => {
    fires('Moscow signalled willingness to pause its offensive in exchange for guarantees.', 'peace-process');
    fires('The leaders could meet once the documents are ready for signing.', 'peace-process');
    fires('The meeting yielded excellent results.', 'credit-claiming');
    fires('US businesses could benefit greatly from a peace deal.', 'economic-inducement');
    fires('The EU could reopen its markets to Russian goods after a settlement.', 'economic-inducement');
    silent(ON_TOPIC + 'The retailer agreed to pause its advance into new markets.', 'peace-process');
    silent(ON_TOPIC + 'The bakery could benefit greatly from lower flour prices.', 'economic-inducement');
  });
});
