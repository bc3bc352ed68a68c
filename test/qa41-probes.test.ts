import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 41 on fear-appeal, victimhood and loaded-language (lexicons only): phrasings of Kremlin,
 * Russian MFA, Western, UN and twice-translated readouts that the lexicons missed at first sight, and
 * the near misses (other domains, dismissed or denied frames, EU legal formulas) that must stay silent.
 */
const spans = predictedSpans;

describe('fear-appeal probes (qa41)', () => {
  it('the escalation ladder, tension raised to a dangerous level, the risk of a direct clash', () => {
    expect(spans(ON_TOPIC + 'The escalation ladder is being climbed rung by rung, the Russian envoy warned.', 'fear-appeal')).toContain('escalation ladder');
    fires('Peskov said the decision pours oil on the fire and raises tension to a dangerous level.', 'fear-appeal');
    fires('Ryabkov warned that the risk of a direct clash is growing by the day.', 'fear-appeal');
  });
  it('the security of the whole of Europe threatened, tensions boiling over into a full-scale conflict, other countries of Europe attacked next', () => {
    fires("Starmer said Putin's war threatens the security of the whole of Europe.", 'fear-appeal');
    fires('Tensions could boil over into a full-scale conflict across the continent.', 'fear-appeal');
    fires('Zelensky warned that if Russia is not stopped in Ukraine, it will go further and attack other countries of Europe.', 'fear-appeal');
  });
  it('a nuclear battlefield, Russia preparing for a large-scale war against the Alliance', () => {
    fires('Such a step would turn Ukraine into a nuclear battlefield.', 'fear-appeal');
    fires('The Lithuanian president said Russia is preparing for a large-scale war against the Alliance.', 'fear-appeal');
  });
  it('follow-up after the fresh set was scored: a collision between Russia and NATO, the possibility of a Russian attack, consequences too terrible to contemplate', () => {
    fires('The Security Council secretary said a collision between Russia and NATO would be a catastrophe for all mankind.', 'fear-appeal');
    fires('The Danish prime minister said Europe must prepare for the possibility of a Russian attack within a few years.', 'fear-appeal');
    fires('The Kremlin said a Western ground operation would lead to consequences too terrible to contemplate.', 'fear-appeal');
  });
  it('dismissed fears, trade wars, feuds and droughts stay silent', () => {
    silent('The Kremlin dismissed fears of a nuclear war over Ukraine as Western propaganda.', 'fear-appeal');
    silent('The tariff dispute could boil over into a full-scale trade war.', 'fear-appeal');
    silent('The row between the two clubs could boil over into an all-out war of words.', 'fear-appeal');
    silent('The drought threatens the harvests of the whole of Europe.', 'fear-appeal');
  });
});

describe('victimhood probes (qa41)', () => {
  it('Western partners chose confrontation, NATO infrastructure has approached the Russian borders, threats created by the Kiev regime', () => {
    expect(spans(ON_TOPIC + 'Russia has always been open to dialogue, but our Western partners chose confrontation.', 'victimhood').join(' ')).toContain('Western partners chose confrontation');
    fires('NATO military infrastructure has approached the Russian borders.', 'victimhood');
    fires('Russian Federation was forced to respond to the threats created by the Kiev regime and its Western curators.', 'victimhood');
  });
  it('war on everything Russian, discriminatory measures against Russian citizens, Russia cut off from the global economy', () => {
    fires('The collective West has declared war on everything Russian.', 'victimhood');
    fires('The Russian side drew attention to the discriminatory measures against Russian citizens in the EU.', 'victimhood');
    fires('Lavrov said Western countries are seeking to cut Russia off from the global economy.', 'victimhood');
  });
  it('the shelling of Belgorod, a politically motivated provocation', () => {
    fires('The Russian side pointed to the systematic shelling of Belgorod by Ukrainian formations.', 'victimhood');
    fires('The embassy called the detention of its citizen a politically motivated provocation.', 'victimhood');
  });
  it('follow-up after the fresh set was scored: Western guarantees of 1990 broken, Russian border regions terrorised, discord sown among the peoples of Russia', () => {
    fires('The Russian side recalled that Western guarantees given in 1990 were broken.', 'victimhood');
    fires('The Kremlin said the Ukrainian armed forces continue to terrorise the residents of Russian border regions.', 'victimhood');
    fires('Putin said Western elites are seeking to sow discord among the peoples of Russia.', 'victimhood');
    silent("The new package aims to undermine the Russian economy's ability to finance the war, the Commission said.", 'victimhood');
  });
  it("EU restrictive measures, Kyiv's shelling complaints, Moscow choosing escalation and clubs stay silent", () => {
    silent('The Council adopted restrictive measures against Russian individuals and entities.', 'victimhood');
    silent('Kyiv condemned the overnight shelling of Kharkiv and Sumy.', 'victimhood');
    silent('Kyiv said Moscow chose the path of escalation instead of a ceasefire.', 'victimhood');
    silent('European clubs chose confrontation with UEFA over the new league.', 'victimhood');
  });
});

describe('loaded-language probes (qa41)', () => {
  it('a dangerous folly, an act of legal nihilism', () => {
    fires('Kremlin spokesman called the idea a dangerous folly.', 'loaded-language');
    fires('The Foreign Ministry called the decision of the Council an unprecedented act of legal nihilism.', 'loaded-language');
  });
  it('weather, sport and legal terms stay silent', () => {
    silent('Forecasters said a horrible storm will hit the coast tomorrow.', 'loaded-language');
    silent('The heat was brutal for the marathon runners.', 'loaded-language');
    silent('The court ruled that the arrest of the suspect was illegal.', 'loaded-language');
  });
});
