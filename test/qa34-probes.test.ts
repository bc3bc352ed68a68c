import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 34 on peace-process, humanitarian-appeal and fear-appeal (lexicons only): phrasings of
 * envoy, Kremlin, Ukrainian, UN/ICRC/IAEA and Russian/Belarusian readouts that the lexicons missed,
 * and the near misses (other domains, negated frames) that must stay silent.
 */
const spans = predictedSpans;

describe('peace-process probes (qa34)', () => {
  it('settlement talks, a mutually acceptable settlement, closer to an agreement', () => {
    expect(spans(ON_TOPIC + 'The sides exchanged lists for the next stage of the settlement talks.', 'peace-process')).toContain('settlement talks');
    fires('The two presidents agreed that their teams would begin work on a mutually acceptable settlement.', 'peace-process');
    fires('We are closer to an agreement than ever, the envoy told reporters after the talks.', 'peace-process');
  });
  it('a silence regime, a nuclear safety and security zone, an international monitoring mechanism', () => {
    fires('The proposal envisages a complete silence regime for thirty days.', 'peace-process');
    fires('The IAEA continues to push for a nuclear safety and security zone around the plant.', 'peace-process');
    fires('The plan provides for a phased withdrawal of forces and an international monitoring mechanism.', 'peace-process');
  });
  it('ratification by the Rada, a diplomatic conclusion, narrowed differences', () => {
    fires('Any agreement would need to be ratified by the Verkhovna Rada.', 'peace-process');
    fires('The two presidents spoke about bringing the conflict to a diplomatic conclusion.', 'peace-process');
    fires('The sides have narrowed their differences on the remaining points of the draft agreement.', 'peace-process');
  });
  it('pay talks, lawsuits and rival clubs stay silent', () => {
    silent("The teachers' union and the ministry held a new round of talks on salaries.", 'peace-process');
    silent('The plaintiffs and the insurer entered settlement talks over the lawsuit.', 'peace-process');
    silent('The club is close to a deal for the striker.', 'peace-process');
  });
});

describe('humanitarian-appeal probes (qa34)', () => {
  it('blackouts under missile fire, a humanitarian situation that deteriorates, displaced families', () => {
    fires('Ukrainians have endured three winters of blackouts under missile fire.', 'humanitarian-appeal');
    fires('The humanitarian situation in the frontline regions continues to deteriorate.', 'humanitarian-appeal');
    fires('Displaced families are living in collective centres with no prospect of returning home.', 'humanitarian-appeal');
  });
  it('pulled alive from under the debris, brought home from an exchange, families separated by the front', () => {
    fires('A woman and her newborn were pulled alive from under the debris.', 'humanitarian-appeal');
    fires('The exchange brought 84 Ukrainians home, including civilians held since 2022.', 'humanitarian-appeal');
    fires('The Russian Ombudsman discussed the reunification of families separated by the conflict.', 'humanitarian-appeal');
  });
  it('a strike on a hospice, spelled-out casualty counts, a newborn among the wounded', () => {
    fires('The drone strike on a hospice killed four patients.', 'humanitarian-appeal');
    fires('A glide bomb struck a residential area of Kharkiv, wounding seventeen people, among them a newborn.', 'humanitarian-appeal');
  });
  it('earthquakes, floods and storms stay silent', () => {
    silent('Rescuers pulled survivors from the rubble after the earthquake.', 'humanitarian-appeal');
    silent('The flood left two hundred families homeless.', 'humanitarian-appeal');
    silent('The storm left a million households without power.', 'humanitarian-appeal');
  });
});

describe('fear-appeal probes (qa34)', () => {
  it('Russia at war with NATO, the continent dragged into a confrontation, a clash of nuclear powers', () => {
    fires('Putin warned that if the West supplies long-range missiles, Russia would be at war with NATO countries.', 'fear-appeal');
    fires('The strikes could drag the whole continent into a military confrontation.', 'fear-appeal');
    fires('The Russian MFA warned that sending troops would lead to a clash of nuclear powers.', 'fear-appeal');
  });
  it('new weapons, means of destruction, a radioactive release', () => {
    fires('Russia test-fired a nuclear-powered cruise missile with unlimited range.', 'fear-appeal');
    fires('Any attack on the Union State will be met with all available means of destruction, Minsk warned.', 'fear-appeal');
    fires('Shelling near the spent fuel storage raised the risk of a radioactive release.', 'fear-appeal');
  });
  it('the next target, the war a step closer to NATO, enough warheads to destroy the continent', () => {
    fires('Russia is testing NATO\'s resolve and the next target could be the Baltics.', 'fear-appeal');
    fires('The drone crossed into Polish airspace, bringing the war a step closer to NATO.', 'fear-appeal');
    fires('Medvedev said the Europeans should remember that Russia has enough warheads to destroy the continent.', 'fear-appeal');
  });
  it('films, games, price wars and negated confrontations stay silent', () => {
    silent('The film depicts a world after a nuclear war.', 'fear-appeal');
    silent('The derby will be an all-out war on the pitch, the coach said.', 'fear-appeal');
    silent(ON_TOPIC + 'NATO does not seek a direct confrontation with Russia.', 'fear-appeal');
  });
});
