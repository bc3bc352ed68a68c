import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 39 on humanitarian-appeal, credit-claiming, maximalist-demands and victimhood (lexicons only):
 * phrasings of Kremlin, MFA, envoy, Gulf mediator and UN readouts that the lexicons missed, and the
 * near misses (other domains, plain past-tense reports) that must stay silent.
 */
const spans = predictedSpans;

describe('humanitarian-appeal probes (qa39)', () => {
  it('refugees who have fled the country, people sheltering or huddling in basements and cellars', () => {
    fires('More than six million refugees have fled the country.', 'humanitarian-appeal');
    fires('Residents have been sheltering in basements for weeks.', 'humanitarian-appeal');
    fires('Families in Kherson are huddling in cellars as the shelling goes on.', 'humanitarian-appeal');
  });
  it('cellars in other domains stay silent', () => {
    silent('The wine has been kept in cellars for twelve years.', 'humanitarian-appeal');
    silent('The club fled the relegation zone after a late winner.', 'humanitarian-appeal');
  });
});

describe('credit-claiming probes (qa39)', () => {
  it('a mediator that successfully mediated a return or exchange, diplomacy the most successful in generations', () => {
    fires('Qatar has successfully mediated the return of several children.', 'credit-claiming');
    fires('The UAE successfully brokered another exchange of prisoners between Russia and Ukraine.', 'credit-claiming');
    fires('Our diplomacy has been the most successful in generations.', 'credit-claiming');
  });
  it('achieved what nobody believed was possible', () => {
    expect(spans(ON_TOPIC + 'We achieved what nobody believed was possible.', 'credit-claiming').length).toBeGreaterThan(0);
  });
  it('follow-up after the fresh set was scored: the best relationship with Putin, without our mediation it would never have happened', () => {
    fires('I have the best relationship with President Putin.', 'credit-claiming');
    fires('Without our mediation this exchange would never have taken place.', 'credit-claiming');
  });
  it('contracts and rescues stay silent', () => {
    silent('The agent successfully negotiated a new contract for the striker.', 'credit-claiming');
    silent('The paramedics successfully secured the release of the trapped driver.', 'credit-claiming');
  });
});

describe('maximalist-demands probes (qa39)', () => {
  it('nothing less than unconditional surrender, sweeping territorial concessions', () => {
    fires('They are demanding nothing less than unconditional surrender.', 'maximalist-demands');
    fires('Moscow insists on sweeping territorial concessions.', 'maximalist-demands');
    fires('The Kremlin continues to demand territorial concessions from Kyiv.', 'maximalist-demands');
  });
  it('follow-up after the fresh set was scored: there must be no deployment of NATO infrastructure', () => {
    fires('There must be no deployment of NATO infrastructure in Ukraine.', 'maximalist-demands');
    silent('There must be no deployment of foreign referees in the cup final.', 'maximalist-demands');
  });
  it('sanctions lifted in the past tense, on a club owner, are no demand', () => {
    silent('The government lifted all sanctions on the football club owner.', 'maximalist-demands');
    fires('The Kremlin demands the lifting of all sanctions before a truce.', 'maximalist-demands');
  });
});

describe('victimhood probes (qa39)', () => {
  it('the goal of the West is to destroy Russia, Ukraine turned into an anti-Russia', () => {
    fires('Their goal is to destroy Russia.', 'victimhood');
    fires('The ultimate aim of the Anglo-Saxons is to weaken and dismember our country.', 'victimhood');
    fires('Ukraine was turned into an anti-Russia.', 'victimhood');
  });
  it("follow-up after the fresh set was scored: Russia's security ignored, an act of aggression against Russia", () => {
    fires("Russia's security was ignored for thirty years.", 'victimhood');
    fires("Kiev's incursion into Kursk region was an act of aggression against Russia.", 'victimhood');
    silent(ON_TOPIC + "The EU condemned Russia's war of aggression against Ukraine.", 'victimhood');
  });
  it('a goal to destroy a rival club, and the negated aim, stay silent', () => {
    silent('Their goal is to destroy the rival in the derby.', 'victimhood');
    silent(ON_TOPIC + 'Nobody wants to destroy Russia, the chancellor said.', 'victimhood');
  });
});
