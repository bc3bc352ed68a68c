import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 46 on victimhood, delegitimization and humanitarian-appeal (lexicons only): readout and
 * commentary phrasings (Kremlin and MFA translationese, envoys, UN, Élysée, Vatican) that the lexicons
 * missed, and the near misses (sport, business, weather, health; another country's puppets) that must stay silent.
 */
const spans = predictedSpans;

describe('victimhood probes (qa46)', () => {
  it('Europe militarised "directed against" Russia; terrorist attacks on infrastructure in Russian regions', () => {
    expect(spans(ON_TOPIC + 'Putin drew attention to the accelerating militarisation of Europe directed against Russia.', 'victimhood').join(' ')).toContain('directed against Russia');
    fires('The Russian side noted that the Kiev regime continues terrorist attacks on civilian infrastructure in Russian regions.', 'victimhood');
  });
  it('acts of sabotage on Russian territory orchestrated by London; an economic war unleashed against the Russian people', () => {
    fires('Maria Zakharova accused London of orchestrating acts of sabotage on Russian territory.', 'victimhood');
    fires('Analysts say the Kremlin routinely portrays sanctions as an economic war unleashed against the Russian people.', 'victimhood');
  });
  it('the Minsk agreements used to buy time; security proposals of December 2021 brushed aside', () => {
    fires('Putin said the Minsk agreements were only used to buy time to arm Ukraine.', 'victimhood');
    fires("Putin recalled that Russia's security proposals of December 2021 were brushed aside by Washington and NATO.", 'victimhood');
  });
  it('the language of threats (translationese, "with it"), and "does not work with Russia"', () => {
    fires('Was underlined that Russian side will not allow anyone to speak with it in language of threats.', 'victimhood');
    fires('Peskov said the language of ultimatums does not work with Russia.', 'victimhood');
  });
  it('commentary: Russia presented as surrounded and betrayed, a Russia wronged by the West, robbed of its victory', () => {
    fires("Putin's grievance-laden narrative presents Russia as surrounded and betrayed.", 'victimhood');
    fires("Lavrov's remarks reprised the familiar theme of a Russia wronged by the West.", 'victimhood');
    fires('Putin said Russia had been robbed of the fruits of its victory in the Cold War.', 'victimhood');
  });
  it('the West wants Russia to collapse; threatened with sanctions; arms deliveries make NATO a party', () => {
    fires('Putin said the West wants Russia to collapse like the Soviet Union.', 'victimhood');
    fires('Peskov said that Russia is being threatened with new sanctions every day.', 'victimhood');
    fires('The Kremlin said Western arms deliveries make NATO a direct participant in the conflict.', 'victimhood');
  });
  it('offers of dialogue met with contempt, rehearsals for an attack on Russia, every promise given Russia broken, a conspiracy to split Russia', () => {
    fires("The readout leaned on a familiar complaint: that Russia's offers of dialogue have been met with contempt.", 'victimhood');
    fires("Kremlin commentary once more cast NATO's Baltic exercises as rehearsals for an attack on Russia.", 'victimhood');
    fires('Lavrov said the West had broken every promise it had ever given Russia.', 'victimhood');
    fires('Pro-Kremlin commentators speak of a Western conspiracy to split the Russian Federation.', 'victimhood');
  });
  it('sport, business and Ukraine\'s own struggle stay silent', () => {
    silent('The coach said the team had been robbed of a deserved win by the referee.', 'victimhood');
    silent('Investors want the stock to collapse, the short seller said.', 'victimhood');
    silent('The union broke every promise it made to its members.', 'victimhood');
    silent('The plot to split the company into three units was approved by shareholders.', 'victimhood');
    silent(ON_TOPIC + 'Zelensky said Ukraine is fighting for its very existence against Russian aggression.', 'victimhood');
  });
});

describe('delegitimization probes (qa46)', () => {
  it('not capable to conduct independent policy; the leadership of Ukraine lacks legitimacy', () => {
    fires('Was stressed that Ukrainian government is not capable to conduct independent policy.', 'delegitimization');
    fires('The Russian President said that the current leadership of Ukraine lacks legitimacy.', 'delegitimization');
  });
  it('an artificial creation of Lenin; a comedian out of his depth; a signature by Zelensky legally void', () => {
    fires('Moscow claims Ukraine is an artificial creation of Lenin.', 'delegitimization');
    fires('The Kremlin continued to paint Zelensky as a comedian out of his depth.', 'delegitimization');
    fires('Russian diplomats argue that any signature by Zelensky would be legally void.', 'delegitimization');
  });
  it('a front man for Western interests, a group of Western puppets, run by neo-Nazi nationalists, manipulated by London', () => {
    fires('Lavrov said Zelensky is merely a front man for Western interests.', 'delegitimization');
    fires("Russia's envoy called the Ukrainian delegation a group of Western puppets with no real authority.", 'delegitimization');
    fires('Russian officials insist that the Ukrainian government is run by neo-Nazi nationalists.', 'delegitimization');
    fires('Moscow says the Ukrainian leadership is manipulated by London.', 'delegitimization');
  });
  it('an illegitimate leader; whether Ukraine\'s leaders had the right to sign', () => {
    fires('Russian officials sneer at Zelensky as an illegitimate leader clinging to office.', 'delegitimization');
    fires("Putin's remarks questioned whether Ukraine's leaders had the right to sign anything at all.", 'delegitimization');
  });
  it('obedient executors of the will of Washington, not masters in their own house, nothing decided without Washington\'s approval, run from the US embassy', () => {
    fires('Lavrov said that the Kiev leaders are obedient executors of the will of Washington.', 'delegitimization');
    fires('Lavrov said the Kiev authorities are not masters in their own house.', 'delegitimization');
    fires("Moscow argues that Ukraine's leaders do not decide anything without Washington's approval.", 'delegitimization');
    fires("The Kremlin's line is that Ukraine's leadership is run from the US embassy.", 'delegitimization');
  });
  it('puppet shows, company frontmen, chief executives and the Russian regime stay silent', () => {
    silent('The band of puppets delighted children at the festival.', 'delegitimization');
    silent("The company's frontman for foreign interests resigned.", 'delegitimization');
    silent('Analysts asked whether the CEO had the authority to sign the deal.', 'delegitimization');
    silent("The firm does not decide anything without its lawyers' approval.", 'delegitimization');
    silent('The interim chief executive lacks the mandate to sign the merger.', 'delegitimization');
  });
});

describe('humanitarian-appeal probes (qa46)', () => {
  it('the martyrdom of the Ukrainian people; the deterioration of the humanitarian situation', () => {
    fires('The Pope appealed for an end to the martyrdom of the Ukrainian people.', 'humanitarian-appeal');
    fires('The Chinese side is deeply concerned about the deterioration of the humanitarian situation.', 'humanitarian-appeal');
  });
  it('every day of war brings more death; at the cost of human lives; plant staff injured', () => {
    fires("NATO's Secretary General said that every day of war brings more death and destruction to Ukraine.", 'humanitarian-appeal');
    fires('No solution can ever be arrived at at the cost of human lives.', 'humanitarian-appeal');
    fires('The drone hit a training centre, injuring plant staff, the IAEA said.', 'humanitarian-appeal');
  });
  it('air defence that saves lives; missiles striking residential neighbourhoods; bombing Ukrainian cities', () => {
    fires('Every Patriot battery delivered to Ukraine saves hundreds of lives.', 'humanitarian-appeal');
    expect(spans(ON_TOPIC + 'Russian missiles struck residential neighbourhoods in Odesa.', 'humanitarian-appeal').join(' ')).toContain('residential neighbourhoods');
    fires('The Russian army is bombing Ukrainian cities night after night.', 'humanitarian-appeal');
  });
  it('the children Russia deported; beaten, starved and denied medical care; civilians put at grave risk', () => {
    fires('The work will continue until we return the children Russia deported.', 'humanitarian-appeal');
    fires('In Russian prisons they were beaten, starved and denied medical care.', 'humanitarian-appeal');
    fires('This outrageous act puts thousands of civilians at grave risk.', 'humanitarian-appeal');
  });
  it('residents buried under debris, young men dying on both sides, the plight of civilians, drones hunting civilian cars', () => {
    fires('Zelensky said the strike left a five-storey building in ruins and buried residents under debris.', 'humanitarian-appeal');
    fires('Commentators noted that the White House statement dwelt on the young men dying on both sides.', 'humanitarian-appeal');
    fires('The Elysee stressed the plight of the civilians trapped in Pokrovsk.', 'humanitarian-appeal');
    fires('Sybiha said that Russian drones deliberately hunted civilian cars on the roads of Kherson.', 'humanitarian-appeal');
  });
  it('heatwaves, floods, generators, storms and boxers stay silent', () => {
    silent('Every day of the heatwave brings more deaths among the elderly, doctors warned.', 'humanitarian-appeal');
    silent('The flood puts thousands of residents at grave risk.', 'humanitarian-appeal');
    silent('The new hospital generator saves lives during blackouts.', 'humanitarian-appeal');
    silent('Storms strike residential neighbourhoods on the coast every winter.', 'humanitarian-appeal');
    silent('The boxer was beaten on points and denied a rematch.', 'humanitarian-appeal');
    silent('The carnage on the motorway shocked drivers after the pile-up.', 'humanitarian-appeal');
    silent('Police drones chased the stolen cars through the city.', 'humanitarian-appeal');
  });
});
