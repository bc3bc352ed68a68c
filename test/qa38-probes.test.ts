import { describe, it } from 'vitest';
import { fires, ON_TOPIC, silent } from './helpers.js';

/**
 * QA pass 38 on blame-shifting, fear-appeal and peace-process (lexicons only): phrasings of Chinese MFA,
 * Kremlin, Brazilian, NATO and envoy readouts that the lexicons missed, and the near misses (other
 * domains, historical references) that must stay silent.
 */
describe('blame-shifting probes (qa38)', () => {
  it('since the outbreak of the conflict, a crisis that has erupted, a situation spiralled into armed conflict', () => {
    fires('Since the outbreak of the conflict, China has upheld an objective and impartial position.', 'blame-shifting');
    fires('Xi Jinping said China is deeply pained by the crisis that has erupted in Europe.', 'blame-shifting');
    fires('Regrettably, the situation has spiralled into a full-scale armed conflict.', 'blame-shifting');
  });
  it('the war in Ukraine would not have happened, a conflict dragged on for too long', () => {
    fires('The war in Ukraine would not have happened if the West had listened to Russia.', 'blame-shifting');
    fires('The leaders noted that the conflict has dragged on for too long and is in no one\'s interest.', 'blame-shifting');
  });
  it('both belligerents or Russia and Ukraine told to de-escalate, parties of conflict, both parties losing, problems on both sides', () => {
    fires('Both Russia and Ukraine must take steps to de-escalate, the Brazilian president said.', 'blame-shifting');
    fires('Both belligerents should stop the fighting immediately, the Chinese envoy said.', 'blame-shifting');
    fires('Parties of conflict must show political will, the Chinese side said.', 'blame-shifting');
    fires('This senseless war, in which both parties are losing, must end.', 'blame-shifting');
    fires('The crisis in Ukraine is the result of an accumulation of problems on both sides.', 'blame-shifting');
  });
  it('the responsibility of those who pumped Ukraine with weapons', () => {
    fires('The current tragedy is the responsibility of those who pumped Ukraine with weapons.', 'blame-shifting');
  });
  it('epidemics, pay disputes, strikes and teams stay silent', () => {
    silent('Since the outbreak of the epidemic, the hospital has doubled its staff.', 'blame-shifting');
    silent('The pay dispute has escalated into a national strike.', 'blame-shifting');
    silent('The strike by dock workers has dragged on for three weeks.', 'blame-shifting');
    silent('Both teams must stop fighting on the pitch, the league said.', 'blame-shifting');
  });
});

describe('fear-appeal probes (qa38)', () => {
  it('if Ukraine falls Putin will go further, a collision course, a slide towards a direct armed conflict', () => {
    fires('Zelensky warned that if Ukraine falls, Putin will go further into Europe.', 'fear-appeal');
    fires('Such a step would put Russia and NATO on a collision course.', 'fear-appeal');
    fires('The Russian ambassador warned of a dangerous slide towards a direct armed conflict.', 'fear-appeal');
  });
  it('the conflict spilling over, the war spreading to the rest of Europe, Russia could attack an Alliance member', () => {
    fires('The Chinese MFA warned against the conflict spilling over.', 'fear-appeal');
    fires('Zelensky warned that the drones over Poland show the war could spread to the rest of Europe.', 'fear-appeal');
    fires('The NATO Secretary General said Russia could attack an Alliance member within five years.', 'fear-appeal');
    fires('Peskov said tensions had reached a dangerously high level.', 'fear-appeal');
  });
  it('wildfire risk, a museum exhibition, airlines and a derby stay silent', () => {
    silent('The weather office warned of a dangerous escalation in wildfire risk.', 'fear-appeal');
    silent('The museum opened an exhibition on the Cuban missile crisis.', 'fear-appeal');
    silent('The two airlines are on a collision course with the regulator.', 'fear-appeal');
    silent('Tensions reached a critical point in the final minutes of the derby.', 'fear-appeal');
  });
});

describe('peace-process probes (qa38)', () => {
  it('working groups to draft the memoranda', () => {
    fires('The parties agreed to set up working groups to draft the memoranda.', 'peace-process');
  });
  it('a gang ceasefire and a pay truce stay silent', () => {
    silent('Police brokered a ceasefire between rival gangs in the district.', 'peace-process');
    silent('The two unions reached a truce in their long-running dispute over pay.', 'peace-process');
    silent(ON_TOPIC.replace('the war in Ukraine', 'a lawsuit') + 'The hospital and the insurer reached a settlement over the billing error.', 'peace-process');
  });
});
