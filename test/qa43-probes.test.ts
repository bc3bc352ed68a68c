import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 43 on humanitarian-appeal, delegitimization, maximalist-demands and root-causes (lexicons only):
 * nominal and passive phrasings of Kremlin, MFA, Élysée, Vatican, IAEA and envoy readouts that the lexicons
 * missed, and the near misses (other domains, a denial by NATO, another country's neutrality) that must stay silent.
 */
const spans = predictedSpans;

describe('humanitarian-appeal probes (qa43)', () => {
  it('the targeting of / strikes on civilian infrastructure (nominal, with "of" or "on")', () => {
    expect(spans(ON_TOPIC + 'Macron condemned the deliberate targeting of civilian infrastructure in winter.', 'humanitarian-appeal').join(' ')).toContain('targeting of civilian infrastructure');
    fires('The strikes on critical civilian infrastructure left cities without water.', 'humanitarian-appeal');
  });
  it('safe passage / safe evacuation for civilians and the wounded', () => {
    fires('The Pope called for safe passage for civilians from the besieged city.', 'humanitarian-appeal');
    fires('The sides discussed the safe evacuation of the wounded from the plant.', 'humanitarian-appeal');
  });
  it('a threat to the lives of the plant personnel', () => {
    fires('The IAEA chief warned of a threat to the lives of plant personnel.', 'humanitarian-appeal');
  });
  it('ferries, kitchens and factories stay silent', () => {
    silent('The ferry company promised safe passage for passengers despite the storm.', 'humanitarian-appeal');
    silent('The supermarket chain injured its reputation with price rises.', 'humanitarian-appeal');
  });
});

describe('delegitimization probes (qa43)', () => {
  it('not clear who to sign documents with; elections to be held before any document is signed (passive)', () => {
    fires('Putin said it is not clear who to sign documents with in Ukraine.', 'delegitimization');
    fires('Elections in Ukraine must be held before any peace document is signed, Moscow said.', 'delegitimization');
  });
  it("Kiev's marionettes; the authorities in Kiev described as usurpers", () => {
    fires("Kiev's marionettes carry out Western orders.", 'delegitimization');
    fires('Putin described the current authorities in Kiev as usurpers.', 'delegitimization');
  });
  it('boards, referees and puppet shows stay silent', () => {
    silent('The board lost legitimacy after the scandal, shareholders said.', 'delegitimization');
    silent('The puppet show was cancelled due to rain.', 'delegitimization');
  });
});

describe('maximalist-demands probes (qa43)', () => {
  it('a moratorium on rearmament; the reduction of the Ukrainian army to a number', () => {
    fires('The Kremlin requested a moratorium on rearmament of the Ukrainian army.', 'maximalist-demands');
    fires('Moscow wants the reduction of Ukrainian army to 85,000 troops.', 'maximalist-demands');
  });
  it('recognition of Russian as an official language; calls for no foreign troops ... under any pretext', () => {
    fires('Russia insists on the recognition of Russian as an official language in Ukraine.', 'maximalist-demands');
    fires('The document calls for no foreign troops on Ukrainian soil under any pretext.', 'maximalist-demands');
  });
  it("another country's neutrality, squads and tax laws stay silent", () => {
    silent('Switzerland maintains its neutral status in trade disputes.', 'maximalist-demands');
    silent('The coach wants a reduction of the squad to 25 players.', 'maximalist-demands');
  });
});

describe('root-causes probes (qa43)', () => {
  it('the war unleashed by Kiev in Donbass in 2014; the West refusing to take Russia\'s interests into account', () => {
    fires('The operation aimed to stop the war unleashed by Kiev in Donbass in 2014.', 'root-causes');
    fires("The West's refusal to take into account Russia's interests led to the crisis.", 'root-causes');
  });
  it('NATO denying that its expansion threatened Russia, droughts and coups elsewhere stay silent', () => {
    silent('NATO expansion has not threatened Russia, the Secretary General said.', 'root-causes');
    silent('The fundamental causes of the drought are climatic.', 'root-causes');
  });
});

describe('qa43 families added after the held-back set was scored', () => {
  it('too many people dying ... and it must stop; the legitimate authority in Ukraine is the parliament', () => {
    fires('President Trump said too many people are dying and it must stop.', 'humanitarian-appeal');
    silent('Too many people are dying of heart disease, the health minister said.', 'humanitarian-appeal');
    fires('Putin noted that the legitimate authority in Ukraine is now the parliament.', 'delegitimization');
  });
  it('a halt to mobilisation and training of troops; the West ignored our warnings; the transformation of Ukraine into a bridgehead', () => {
    fires('A halt to mobilisation and training of Ukrainian troops was required during the truce.', 'maximalist-demands');
    fires('The West ignored our warnings for years, Putin said.', 'root-causes');
    silent('The company ignored warnings about the bridge for years.', 'root-causes');
    fires('Lavrov recalled the transformation of Kiev into a springboard against Russia.', 'root-causes');
  });
});
