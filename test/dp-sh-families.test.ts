import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * Lexicon pass dp-sh on spheres-of-influence, humanitarian-appeal, delegitimization, maximalist-demands
 * and root-causes (lexicons only): the phrasing families added or narrowed, probed with fresh sentences
 * (other governments, inflections, passives), and the near misses (other domains, the other side's
 * answer, a clash of nuclear powers, the labels annotators leave to loaded-language) that must stay silent.
 */
const spans = predictedSpans;
const silentOnTopic = (text: string, category: string) => expect(spans(ON_TOPIC + text, category)).toEqual([]);

describe('spheres-of-influence families (dp-sh)', () => {
  it('European security agreed, hammered out or settled between Moscow and Washington or among the great powers', () => {
    fires('Ryabkov said the future security order on the continent should be agreed between Russia and the United States.', 'spheres-of-influence');
    fires('Warsaw fears that the settlement terms will be hammered out by Moscow and Washington.', 'spheres-of-influence');
    fires('The Kremlin keeps insisting that the borders of Ukraine should be settled among the great powers.', 'spheres-of-influence');
  });
  it('a prisoner swap or a league deal agreed between two parties stays silent', () => {
    silentOnTopic('The release of the American teacher was agreed between Moscow and Washington last week.', 'spheres-of-influence');
    silent('The television rights were agreed between the two biggest clubs.', 'spheres-of-influence');
  });
  it('decided in Washington and Moscow, not in Brussels or Kyiv; but not the other way round', () => {
    fires('Fico said the outcome would be decided in Washington and Moscow, not in Brussels.', 'spheres-of-influence');
    fires('The peace terms, one commentator wrote, were drafted in Washington rather than in Kyiv.', 'spheres-of-influence');
    silentOnTopic('The Chancellor said the future of Ukraine would be decided in Kyiv, not in Moscow.', 'spheres-of-influence');
  });
  it('legally binding security guarantees in Europe (the Russian draft treaties), not guarantees for Kyiv', () => {
    fires('The Russian side recalled its proposals on long-term, legally binding security guarantees in Europe.', 'spheres-of-influence');
    silentOnTopic('Zelensky asked the coalition for legally binding security guarantees for Ukraine.', 'spheres-of-influence');
  });
  it('on the menu as its own clause, left outside the room, a spectator of its own fate', () => {
    fires('Without a voice in Riyadh, the Europeans will end up on the menu, the Estonian minister warned.', 'spheres-of-influence');
    fires('European leaders were left outside the room while the two delegations talked in Anchorage.', 'spheres-of-influence');
    fires('Brussels risks becoming a mere bystander while its future is negotiated elsewhere.', 'spheres-of-influence');
    fires('The Ukrainians have been turned into observers of their own fate, the columnist wrote.', 'spheres-of-influence');
    silent('The daily special on the menu is grilled trout.', 'spheres-of-influence');
    silent('The fans were left outside the stadium in the rain.', 'spheres-of-influence');
  });
  it('treated as an equal by Washington, talks without Ukrainian representatives, a Russian-American condominium', () => {
    fires('What the Kremlin wants above all is to be treated as an equal by the Americans.', 'spheres-of-influence');
    fires('The two delegations sat down in Istanbul without Ukrainian or European officials.', 'spheres-of-influence');
    fires('Tusk warned against a Russian-American directorate over the continent.', 'spheres-of-influence');
    silent('The junior doctors want to be treated as equals by the hospital board.', 'spheres-of-influence');
  });
  it('a say or veto over the neighbours, dominance over the former Soviet republics, an object of bargaining', () => {
    fires('Moscow still claims a say over its neighbours\' alliance choices.', 'spheres-of-influence');
    fires('The Kremlin wants to restore its domination over the post-Soviet space.', 'spheres-of-influence');
    fires('Ukraine must not become an object of bargaining between the great powers.', 'spheres-of-influence');
    silent('The champions extended their dominance over their neighbours in the table.', 'spheres-of-influence');
  });
  it('a settlement opening the door to a new relationship with Moscow, not a new contract with suppliers', () => {
    fires('An end to the war would open the door to a whole new relationship with Russia, the envoy said.', 'spheres-of-influence');
    silent('The merger opens the door to a new relationship with our suppliers.', 'spheres-of-influence');
  });
  it('a clash between the two largest nuclear powers is fear-appeal, not their rank', () => {
    silentOnTopic('Moscow warned that the deliveries raise the risk of a direct clash between the two largest nuclear powers.', 'spheres-of-influence');
  });
});

describe('root-causes, delegitimization and maximalist-demands families (dp-sh)', () => {
  it('the military development of Ukrainian territory, and no State ensuring its security separately', () => {
    fires('Lavrov again denounced the military exploration of Ukrainian territory by NATO.', 'root-causes');
    fires('The joint statement says that no country can or should strengthen its own security at the expense of others.', 'root-causes');
    silentOnTopic('The donors discussed the economic development of Ukrainian territory freed from mines.', 'root-causes');
  });
  it('no right to sign anything on behalf of Ukraine, our President called illegitimate', () => {
    fires('Medvedev claimed that Zelensky, as his term had run out, had no right to sign anything.', 'delegitimization');
    fires('Peskov repeated that the head of the Kyiv regime has no legal authority to sign on behalf of Ukraine.', 'delegitimization');
    fires('Moscow has for months branded our democratically elected President illegitimate.', 'delegitimization');
    silent('The acting chairman has no right to sign anything on behalf of the club.', 'delegitimization');
  });
  it('give up the right to defend itself, a government acceptable to Moscow, a ban on foreign troops', () => {
    fires('Russia\'s terms would have Ukraine renounce its right to defend itself.', 'maximalist-demands');
    fires('The Kremlin still hopes to install a government friendly to Moscow in Kyiv.', 'maximalist-demands');
    silentOnTopic('Slovakia\'s new government, friendly to Moscow, blocked the sanctions package.', 'maximalist-demands');
    fires('The Russian memorandum calls for a ban on Western troops in Ukraine.', 'maximalist-demands');
    silent('The club will not give up its right to appeal the points deduction.', 'maximalist-demands');
  });
});

describe('later dp-sh additions and narrowings', () => {
  it('a troop ceiling, sanctions lifted before a ceasefire, the Ukrainian army dissolved', () => {
    fires('The Russian memorandum proposes a cap of 85,000 troops on the Ukrainian army.', 'maximalist-demands');
    fires('Moscow wants the lifting of Western sanctions ahead of any truce.', 'maximalist-demands');
    fires('What Moscow calls demilitarisation means the liquidation of the Ukrainian army.', 'maximalist-demands');
  });
  it('the crisis did not come out of nowhere; a club crisis with its own causes stays silent', () => {
    fires('The Chinese envoy said the Ukraine crisis did not come out of thin air.', 'root-causes');
    silent('The housing crisis did not come out of nowhere, the mayor said.', 'root-causes');
    silentOnTopic('The supporters said the real causes of the club crisis were years of overspending on wages.', 'root-causes');
  });
  it('satellite data is no satellite state; victims including children, entire families wiped out', () => {
    silentOnTopic('Kyiv relies on Western satellite imagery to plan its strikes.', 'delegitimization');
    fires('The dead included two teenagers and a baby, the governor said.', 'humanitarian-appeal');
    fires('Whole families were killed when the missile hit the building in Ternopil.', 'humanitarian-appeal');
    silent('The prize winners included a young girl from Cardiff.', 'humanitarian-appeal');
  });
});

describe('answers and the other side\'s complaints (dp-sh)', () => {
  it('refusing to let Ukraine be disarmed is no demand; Moscow\'s complaint about its own regions is no humanitarian appeal', () => {
    silentOnTopic('Paris reaffirmed its refusal to allow Ukraine to be demilitarised.', 'maximalist-demands');
    silentOnTopic('Zakharova accused the Kiev regime of terror against the peaceful residents of Russian border regions.', 'humanitarian-appeal');
    silentOnTopic('The ambassador condemned the shelling of peaceful towns of the Russian Federation.', 'humanitarian-appeal');
    fires('The UN said civilians in the Russian Federation have also been killed in the strikes.', 'humanitarian-appeal');
  });
  it('the Russian-American bilateral agenda in translation-style readouts', () => {
    fires('The ministers discussed the return of diplomatic property and the resumption of direct air communication.', 'spheres-of-influence');
    fires('Rubio and Lavrov agreed to keep working towards a grand bargain between the two great powers.', 'spheres-of-influence');
  });
});

describe('humanitarian-appeal families and narrowings (dp-sh)', () => {
  it('release the prisoners of war, died defending their country, women, children and the elderly', () => {
    fires('The G7 called on Russia to free all Ukrainian prisoners of war.', 'humanitarian-appeal');
    fires('The president laid flowers for the soldiers who gave their lives defending their homeland.', 'humanitarian-appeal');
    fires('Those left in the besieged town are mostly women and children and the elderly.', 'humanitarian-appeal');
    silent('The champions fell defending their title in the final.', 'humanitarian-appeal');
  });
  it('evacuation routes that came under shelling, bombs that destroyed schools and hospitals', () => {
    fires('Within an hour the evacuation buses had come under shelling near Zaporizhzhia.', 'humanitarian-appeal');
    fires('The fund will rebuild what Russian missiles destroyed: bridges, schools, hospitals.', 'humanitarian-appeal');
    silent('The storm destroyed homes and schools along the coast.', 'humanitarian-appeal');
  });
  it('bare legal labels, agency names, weaponised winter and power stations are no humanitarian spans', () => {
    silentOnTopic('The prosecutors are collecting evidence of war crimes and crimes against humanity.', 'humanitarian-appeal');
    silentOnTopic('The foreign ministers discussed the work of the International Committee of the Red Cross.', 'humanitarian-appeal');
    silentOnTopic('Russia is weaponising winter, the secretary said.', 'humanitarian-appeal');
    silentOnTopic('Overnight strikes damaged two power plants in the west of the country.', 'humanitarian-appeal');
  });
  it('a mass grave and the Bucha massacre still fire', () => {
    fires('Investigators exhumed a mass grave in the forest near Izium.', 'humanitarian-appeal');
    fires('The minister laid a wreath on the anniversary of the Bucha massacre.', 'humanitarian-appeal');
  });
});
