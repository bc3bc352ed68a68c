import { describe, it } from 'vitest';
import { fires, ON_TOPIC, silent } from './helpers.js';

/**
 * QA pass 38 on blame-shifting, loaded-language, fear-appeal and peace-process (lexicons only): phrasings of Chinese MFA,
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
  it('brotherly countries, both leaders held responsible, on Biden\'s watch, Kyiv\'s adventurism triggered it, fed the war, in the interests of neither', () => {
    fires('The envoy called for an end to the hostilities between the two brotherly countries.', 'blame-shifting');
    fires('Trump said he holds both leaders responsible for the failure to reach a deal.', 'blame-shifting');
    fires('Lula said both Putin and Zelensky bear a share of responsibility.', 'blame-shifting');
    fires('Trump said the war is a disaster that happened on Biden\'s watch.', 'blame-shifting');
    fires('Moscow said Kyiv\'s reckless adventurism triggered the conflict.', 'blame-shifting');
    fires('Europe has fed the war with money and weapons, Fico said.', 'blame-shifting');
    fires('The war is in the interests of neither Russians nor Ukrainians.', 'blame-shifting');
    fires('The conflict was imposed on the peoples of Russia and Ukraine by outside forces.', 'blame-shifting');
    fires('Lula said the war is the result of decisions taken by both governments.', 'blame-shifting');
  });
  it('epidemics, pay disputes, strikes and teams stay silent', () => {
    silent('Since the outbreak of the epidemic, the hospital has doubled its staff.', 'blame-shifting');
    silent('The pay dispute has escalated into a national strike.', 'blame-shifting');
    silent('The strike by dock workers has dragged on for three weeks.', 'blame-shifting');
    silent('Both teams must stop fighting on the pitch, the league said.', 'blame-shifting');
    silent('Both directors of the merged firms bear a share of responsibility for the losses.', 'blame-shifting');
    silent('The collapse of the bridge happened on the previous mayor\'s watch.', 'blame-shifting');
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
  it('a war with a nuclear power, a meltdown at the station, a war footing, war closer than ever, capitals reached in minutes, dangerously close to the reactor', () => {
    fires('Lavrov warned that the West is toying with the idea of a war with a nuclear power.', 'fear-appeal');
    fires('The IAEA chief warned of a possible meltdown at the station.', 'fear-appeal');
    fires('The NATO chief said Europe must shift to a war footing.', 'fear-appeal');
    fires('The French President said the threat of war is closer than ever.', 'fear-appeal');
    fires('The Belarusian leader said the missiles could reach Berlin in minutes.', 'fear-appeal');
    fires('The strike came dangerously close to the reactor building.', 'fear-appeal');
    fires('Macron said Europe must prepare for the possibility of Russian aggression against its own territory.', 'fear-appeal');
  });
  it('wildfire risk, a museum exhibition, airlines and a derby stay silent', () => {
    silent('The weather office warned of a dangerous escalation in wildfire risk.', 'fear-appeal');
    silent('The museum opened an exhibition on the Cuban missile crisis.', 'fear-appeal');
    silent('The two airlines are on a collision course with the regulator.', 'fear-appeal');
    silent('Tensions reached a critical point in the final minutes of the derby.', 'fear-appeal');
    silent('The utility reported a meltdown of its billing system.', 'fear-appeal');
    silent('The kitchen was on a war footing before the holiday rush.', 'fear-appeal');
  });
});

describe('peace-process probes (qa38)', () => {
  it('working groups to draft the memoranda', () => {
    fires('The parties agreed to set up working groups to draft the memoranda.', 'peace-process');
  });
  it('gaps between the parties narrowed, good offices offered, a deal within reach, contacts at the level of heads of delegations', () => {
    fires('Witkoff said the gaps between the parties have been narrowed substantially.', 'peace-process');
    fires('Guterres offered the good offices of the United Nations.', 'peace-process');
    fires('The envoy said a deal is within reach.', 'peace-process');
    fires('The sides agreed to continue contacts at the level of heads of delegations.', 'peace-process');
  });
  it('a gang ceasefire and a pay truce stay silent', () => {
    silent('Police brokered a ceasefire between rival gangs in the district.', 'peace-process');
    silent('The two unions reached a truce in their long-running dispute over pay.', 'peace-process');
    silent('The heads of delegations at the chess olympiad met for dinner.', 'peace-process');
    silent(ON_TOPIC.replace('the war in Ukraine', 'a lawsuit') + 'The hospital and the insurer reached a settlement over the billing error.', 'peace-process');
  });
});

describe('loaded-language probes (qa38)', () => {
  it('political schizophrenia, a filthy act, a cheap trick', () => {
    fires('Zakharova called the statement a textbook example of political schizophrenia.', 'loaded-language');
    fires('Zelensky called the strike on Sumy on Palm Sunday a filthy act.', 'loaded-language');
    fires('Sybiha said the Russian proposal was a cheap trick.', 'loaded-language');
  });
  it('a circus clown, a card trick and a jewellery robbery stay silent', () => {
    silent('The circus clown performed twice a day for the children.', 'loaded-language');
    silent('The magician taught the children a cheap card trick.', 'loaded-language');
    silent('The thief was caught after a robbery at the jewellery store.', 'loaded-language');
  });
});

describe('families added after the held-back set was scored (qa38)', () => {
  it('the fault of the Anglo-Saxons, not something China wished to see, tragic events in Ukraine, a toll on both peoples', () => {
    fires('The escalation of the conflict is the fault of the Anglo-Saxons.', 'blame-shifting');
    fires('Beijing said the Ukraine crisis is not something China wished to see.', 'blame-shifting');
    fires('The tragic events in Ukraine have become a tragedy for the whole of Europe.', 'blame-shifting');
    fires('The fighting has taken a heavy toll on both Russians and Ukrainians.', 'blame-shifting');
    silent('The long season has taken its toll on both teams.', 'blame-shifting');
  });
  it('NATO put at war with Russia, escalation made inevitable, an existential threat to its neighbours; of the most brazen kind, a hostile act of piracy; a peace package', () => {
    fires('Putin warned that Western strikes deep inside Russia would put NATO at war with Russia.', 'fear-appeal');
    fires('Shoigu said Western missiles in Ukraine would make escalation inevitable.', 'fear-appeal');
    fires('The Finnish president said Russia poses an existential threat to its neighbours.', 'fear-appeal');
    fires('Peskov called the proposal a provocation of the most brazen kind.', 'loaded-language');
    fires('Moscow called the decision an unfriendly and hostile act of piracy.', 'loaded-language');
    silent('The navy reported three acts of piracy off the Somali coast last year.', 'loaded-language');
    fires('An agreement on the demarcation line is a key element of the peace package.', 'peace-process');
  });
});
