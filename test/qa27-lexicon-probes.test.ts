import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * Probe sentences from a QA pass (qa27) on readouts of 2025-2026 events (Riyadh, Istanbul, Anchorage,
 * the 28-point plan, the Geneva/Abu Dhabi/Moscow rounds, the energy and Black Sea truces) for six
 * categories. Each probe sits in a short on-topic text, as in a readout, since off-topic texts score
 * low. Lexicons only: these pin what the widened or narrowed markers now do.
 */
const CONTEXT = 'The talks on ending the war in Ukraine continued between Russia, Ukraine and the United States. ';

const spans = (sentence: string, category: string) =>
  analyze(CONTEXT + sentence).annotations
    .filter((a) => a.category === category && isPredictedSpan(a) && a.start >= CONTEXT.length)
    .map((a) => a.text);

describe('spheres-of-influence', () => {
  it('Moscow and Washington "act as responsible great powers"; relations "on the path to normalisation"', () => {
    expect(spans('He said Moscow and Washington can solve many global problems together if they act as responsible great powers.', 'spheres-of-influence')).not.toEqual([]);
    expect(spans('Relations between the two countries are on the path to normalisation, he noted.', 'spheres-of-influence')).not.toEqual([]);
  });
  it('contacts "without European interference"', () => {
    expect(spans('He said the Russian and American sides agreed to continue the contacts without publicity and without European interference.', 'spheres-of-influence')).not.toEqual([]);
  });
  it('"sidelined from" or "excluded from" the talks on Ukraine or in Abu Dhabi, whoever the subject; not wage talks or Russia kept out of a summit', () => {
    expect(spans('European leaders complained that they had been sidelined from the talks in Abu Dhabi.', 'spheres-of-influence'))
      .toEqual(['sidelined from the talks in Abu Dhabi']);
    expect(spans('Trade unions were excluded from the wage talks.', 'spheres-of-influence')).toEqual([]);
    expect(spans('Russia was excluded from the peace summit in Switzerland, Lavrov complained.', 'spheres-of-influence')).toEqual([]);
  });
  it('the Europeans "not needed at the negotiating table"', () => {
    expect(spans('He said the Europeans are not needed at the negotiating table because they only obstruct the process.', 'spheres-of-influence'))
      .toContain('Europeans are not needed at the negotiating table');
  });
  it('relations restored on "mutual respect and a balance of interests"', () => {
    expect(spans('Lavrov said relations with Washington were being restored on the basis of mutual respect and a balance of interests.', 'spheres-of-influence'))
      .not.toEqual([]);
  });
  it('a demilitarized buffer zone on the front line is no sphere of influence; a buffer zone between Russia and NATO is', () => {
    expect(spans('Under the plan, Kyiv would withdraw from the part of Donetsk it still controls, which would become a demilitarized buffer zone.', 'spheres-of-influence'))
      .toEqual([]);
    expect(spans('Moscow sees Ukraine as a buffer zone between Russia and NATO.', 'spheres-of-influence')).not.toEqual([]);
  });
});

describe('root-causes', () => {
  it('security proposals "thrown into the wastebasket"', () => {
    expect(spans('Our proposals on security guarantees of December 2021 were simply thrown into the wastebasket.', 'root-causes')).not.toEqual([]);
  });
  it('"NATO\'s expansion toward the east" (not only "to the east" or "eastward")', () => {
    expect(spans('The crisis was provoked by years of NATO\'s expansion toward the east, he said.', 'root-causes')).not.toEqual([]);
  });
  it('the conflict "rooted in the West\'s disregard for" Russia\'s security', () => {
    expect(spans('Moscow has long argued that the conflict is rooted in the West\'s disregard for its security.', 'root-causes')).not.toEqual([]);
  });
  it('"the threats that caused the special military operation"', () => {
    expect(spans('A so-called reassurance force would recreate the threats that caused the special military operation.', 'root-causes'))
      .toEqual(['threats that caused the special military operation']);
  });
  it('a "core demand" is no legitimate security interest', () => {
    expect(spans('The Kremlin\'s core demand remained unchanged: Ukraine\'s capitulation dressed up as neutrality.', 'root-causes')).toEqual([]);
  });
});

describe('delegitimization', () => {
  it('"Zelensky\'s signature on any document would be legally void" (a longer gap)', () => {
    expect(spans('Zelensky\'s signature on any document would be legally void, she said.', 'delegitimization')).not.toEqual([]);
  });
  it('Zelensky "is going to have to have an election"', () => {
    expect(spans('Zelensky is going to have to have an election at some point, he said.', 'delegitimization')).not.toEqual([]);
  });
  it('"their Kiev clients" (the puppet family, with clients and proteges)', () => {
    expect(spans('London and Paris are pushing their Kiev clients to continue the war.', 'delegitimization')).not.toEqual([]);
  });
  it('"elections in Ukraine would have to be held before" a treaty', () => {
    expect(spans('Elections in Ukraine would have to be held before a final treaty could be signed.', 'delegitimization')).not.toEqual([]);
  });
  it('"the decisions are taken in London and Brussels, not in Kiev"', () => {
    expect(spans('Peskov said the decisions are taken in London and Brussels, not in Kiev.', 'delegitimization')).not.toEqual([]);
  });
  it('an agreement "signed by an illegitimate head of state"', () => {
    expect(spans('Any agreement signed by an illegitimate head of state can later be challenged in court.', 'delegitimization')).not.toEqual([]);
  });
  it('"the Kyiv authorities are usurpers"', () => {
    expect(spans('The Kyiv authorities are usurpers who cling to power by postponing elections.', 'delegitimization')).not.toEqual([]);
  });
  it('the other side\'s words about Russia\'s leaders are no delegitimization of Ukraine', () => {
    expect(spans('Putin\'s regime is illegitimate and has no right to decide anything about our borders, Zelensky said.', 'delegitimization')).toEqual([]);
    expect(spans('Kyiv called the Russian-installed officials in Kherson usurpers.', 'delegitimization')).toEqual([]);
  });
});

describe('maximalist-demands', () => {
  it('"without the withdrawal of the Ukrainian armed forces ... it is impossible" is a demand, not a negated one', () => {
    expect(spans('Without the withdrawal of the Ukrainian armed forces from Donbas, it is impossible to count on a settlement.', 'maximalist-demands')).not.toEqual([]);
    expect(spans('Without the withdrawal of Russian troops from Ukraine, no peace is possible, Kyiv said.', 'maximalist-demands')).toEqual([]);
  });
  it('"enshrine in its constitution that it will not join NATO" (the active form)', () => {
    expect(spans('It would oblige Ukraine to enshrine in its constitution that it will not join NATO.', 'maximalist-demands')).not.toEqual([]);
  });
  it('the plan "bars the deployment of NATO troops"', () => {
    expect(spans('The plan also bars the deployment of NATO troops in Ukraine.', 'maximalist-demands')).not.toEqual([]);
  });
  it('guarantees for Ukraine "approved by Russia"', () => {
    expect(spans('Any security guarantees for Ukraine must be approved by Russia and China as permanent members of the Security Council.', 'maximalist-demands')).not.toEqual([]);
  });
  it('regions "recognized as de facto Russian" (the passive of recognition)', () => {
    expect(spans('Crimea, Luhansk and Donetsk would be recognized as de facto Russian.', 'maximalist-demands')).not.toEqual([]);
    expect(spans('Crimea will never be recognized as Russian, Kyiv said.', 'maximalist-demands')).toEqual([]);
  });
  it('the new regions "an integral part of Russia", not Crimea as part of Ukraine', () => {
    expect(spans('The realities on the ground mean that the new regions are an integral part of Russia, he stressed.', 'maximalist-demands')).not.toEqual([]);
    expect(spans('Zelensky said Crimea is an integral part of Ukraine.', 'maximalist-demands')).toEqual([]);
  });
  it('foreign troops in Ukraine declared "legitimate targets"', () => {
    expect(spans('Zakharova said Russia would regard any foreign troops in Ukraine as legitimate targets.', 'maximalist-demands')).not.toEqual([]);
  });
  it('a truce that takes effect "only after sanctions were lifted"', () => {
    expect(spans('Russia said the Black Sea arrangement would take effect only after sanctions on Rosselkhozbank were lifted.', 'maximalist-demands')).not.toEqual([]);
  });
  it('"core demand ... Ukraine\'s capitulation"', () => {
    expect(spans('The Kremlin\'s core demand remained unchanged: Ukraine\'s capitulation dressed up as neutrality.', 'maximalist-demands')).not.toEqual([]);
  });
});

describe('blame-shifting', () => {
  it('"Zelensky should never have let this start"; Putin named as the one who let it start is no blame-shifting', () => {
    expect(spans('Zelensky should never have let this start, he said.', 'blame-shifting')).not.toEqual([]);
    expect(spans('Putin should never have let this start, Kyiv said.', 'blame-shifting')).toEqual([]);
  });
  it('Europe "taking responsibility for its own security" is no share of the blame; Kyiv taking responsibility for the escalation is', () => {
    expect(spans("Europe will take greater responsibility for its own security and for Ukraine's.", 'blame-shifting')).toEqual([]);
    expect(spans('Kyiv must take responsibility for the escalation, the ministry said.', 'blame-shifting')).not.toEqual([]);
  });
  it('"had the West listened to us, none of this would have happened", not a thank-you', () => {
    expect(spans('Had the West listened to us, none of this would have happened.', 'blame-shifting')).not.toEqual([]);
    expect(spans('None of this would have happened without our volunteers, the organiser said.', 'blame-shifting')).toEqual([]);
  });
  it('the invaded side "could have ended the war"; Russia could end it is no blame-shifting', () => {
    expect(spans('He said that Zelensky could have ended the war almost immediately if he wanted.', 'blame-shifting')).not.toEqual([]);
    expect(spans('Russia could end the war tomorrow if it wanted, Zelensky said.', 'blame-shifting')).toEqual([]);
  });
  it('"misunderstandings on all sides"', () => {
    expect(spans('Witkoff said the conflict was the result of misunderstandings on all sides.', 'blame-shifting')).not.toEqual([]);
  });
  it('"a war that had erupted between two neighbours"', () => {
    expect(spans('The administration\'s envoy spoke of a war that had erupted between two neighbours.', 'blame-shifting')).not.toEqual([]);
  });
});

describe('economic-inducement', () => {
  it('"promises American investors trillions"', () => {
    expect(spans('Dmitriev, meanwhile, promises American investors "trillions" if only the sanctions go.', 'economic-inducement')).not.toEqual([]);
  });
  it('economic cooperation as "the best guarantee that the peace would hold"', () => {
    expect(spans('He argued that economic cooperation could be the best guarantee that the peace would hold.', 'economic-inducement')).not.toEqual([]);
  });
  it('"a share of the profits from reconstruction projects"', () => {
    expect(spans('The United States would get a share of the profits from reconstruction projects financed by frozen Russian assets.', 'economic-inducement')).not.toEqual([]);
  });
  it('"joint projects worth hundreds of billions of dollars"', () => {
    expect(spans('Dmitriev said that lifting sanctions would open the way to joint projects worth hundreds of billions of dollars.', 'economic-inducement'))
      .toContain('joint projects worth hundreds of billions');
  });
  it('"trade between our two great countries could be tremendous"', () => {
    expect(spans('The President said that trade between our two great countries could be tremendous once the war is over.', 'economic-inducement'))
      .not.toEqual([]);
  });
});

describe('no gap of a widened pattern swallows a negator', () => {
  it('denials of the frame do not fire it', () => {
    expect(spans('The talks will not take place without European participation, Rubio said.', 'spheres-of-influence')).toEqual([]);
    expect(spans('European troops would not be legitimate targets, Macron said.', 'maximalist-demands')).toEqual([]);
    expect(spans('The demand was never Ukraine\'s capitulation, Peskov said.', 'maximalist-demands')).toEqual([]);
    expect(spans('Security guarantees need not be approved by Russia, Kyiv said.', 'maximalist-demands')).toEqual([]);
    expect(spans('Ukraine does not bear the blame for the war.', 'blame-shifting')).toEqual([]);
  });
});
