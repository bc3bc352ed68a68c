import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 50 on victimhood and loaded-language (lexicons only): readout and commentary phrasings the
 * lexicons missed (Russia shut out of European security, slandered, pressure exerted on "our country",
 * nursed grievances, stabbed in the back, playing the victim, a war of attrition led against Russia,
 * concerns brushed off, abject capitulation), and the near misses that must stay silent.
 */
const spans = predictedSpans;

describe('victimhood probes (qa50)', () => {
  it('Russia shut out of European security; his country slandered; pressure exerted on our country', () => {
    fires('Sergey Lavrov stressed that Russia had been deliberately excluded from the discussion of European security.', 'victimhood');
    fires('The Russian envoy to the UN said his country was being slandered at every session of the Council.', 'victimhood');
    fires('The President of Russia pointed to the unprecedented pressure exerted on our country by the collective West.', 'victimhood');
  });
  it('commentary: a nursed grievance over NATO, stabbed in the back, playing the victim, self-pity', () => {
    expect(spans(ON_TOPIC + "Analysts note that the Kremlin has long nursed a grievance over NATO's eastward march.", 'victimhood').join(' ')).toMatch(/grievance/);
    fires("Putin's narrative of a humiliated Russia, stabbed in the back after the Cold War, runs through the readout.", 'victimhood');
    fires('Observers said Moscow was once again playing the victim in its readout of the call.', 'victimhood');
    fires('The Kremlin readout dripped with self-pity about Western betrayal.', 'victimhood');
  });
  it('concerns brushed off, security proposals ignored, a war of attrition led against Russia (twice-translated)', () => {
    fires("The Kremlin complained that Russia's concerns were brushed off by Washington for decades.", 'victimhood');
    fires('Putin said the United States and NATO simply ignored our security proposals of December 2021.', 'victimhood');
    fires('Russian side noted that the collective West leads war of attrition against Russia using Ukraine as tool.', 'victimhood');
  });
  it('round 3: expelled diplomats, a terrorist regime in Kiev attacking Kursk region, the West\'s war against Russia, a siege mentality', () => {
    fires('Zakharova condemned the latest wave of Russian diplomats expelled from European capitals.', 'victimhood');
    fires('Russian side stated that terrorist regime in Kiev attacks civilian objects in Kursk region.', 'victimhood');
    fires("Moscow's readout again described the conflict as the West's war against Russia.", 'victimhood');
    fires("The Kremlin's siege mentality colours every line of the readout.", 'victimhood');
  });
  it('bullied children, phishing targets, stabbings, union grievances, footballers and Ukraine defending itself stay silent', () => {
    silent('The company said it was the target of a coordinated phishing campaign.', 'victimhood');
    silent('The small bakery was deliberately excluded from the tender.', 'victimhood');
    silent('The shopkeeper was stabbed in the back during the robbery.', 'victimhood');
    silent('The union has long nursed a grievance over pay and pensions.', 'victimhood');
    silent('The striker is playing the victim after his red card, the pundit said.', 'victimhood');
    silent('The film\'s hero has a siege mentality after the divorce.', 'victimhood');
    silent('The firm said its diplomats in sales were expelled from the trade fair.', 'victimhood');
    silent('The referee brushed off the complaints of the visiting team.', 'victimhood');
    silent(ON_TOPIC + 'Zelensky said Ukraine is defending itself against Russian aggression.', 'victimhood');
  });
});

describe('loaded-language probes (qa50)', () => {
  it('abject capitulation; a policy that is abject or odious', () => {
    fires('Critics said the deal amounted to abject capitulation.', 'loaded-language');
    fires('The regime\'s conduct is odious, the Foreign Secretary said.', 'loaded-language');
  });
  it('charged evaluations in readouts and commentary keep firing', () => {
    fires('Zakharova called the statement a despicable lie.', 'loaded-language');
    fires('Medvedev\'s latest unhinged tirade targeted the European leaders.', 'loaded-language');
    fires('The effusive tone of the White House readout struck some observers as sycophantic.', 'loaded-language');
    fires('The Russian MFA said the Western media were spreading blatant lies about Bucha.', 'loaded-language');
  });
  it('cannibalistic statements of politicians', () => {
    fires('The Russian MFA condemned the cannibalistic statements of Estonian politicians.', 'loaded-language');
  });
  it('abject poverty, sellout concerts, Renaissance masks, farces and court rulings stay silent', () => {
    silent('The report described the abject poverty of the district in detail.', 'loaded-language');
    silent('The concert at the arena was a sellout.', 'loaded-language');
    silent('The museum opened an exhibition of grotesque masks from the Renaissance.', 'loaded-language');
    silent('The orchestra performed a farce by Rossini on Saturday.', 'loaded-language');
    silent('The court ruled the film obscene under the 1959 act.', 'loaded-language');
    silent('The documentary shows cannibalistic spiders in the rainforest.', 'loaded-language');
  });
});
