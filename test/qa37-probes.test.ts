import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 37 on humanitarian-appeal, victimhood, fear-appeal and loaded-language (lexicons only):
 * phrasings of Kremlin, Russian MFA, Ukrainian, Élysée, Downing Street, UN/IAEA and Chinese MFA readouts
 * that the lexicons missed, and the near misses (other domains, Ukraine's own words) that must stay silent.
 */
const spans = predictedSpans;
const silentOnTopic = (text: string, category: string) => expect(spans(ON_TOPIC + text, category)).toEqual([]);

describe('humanitarian-appeal probes (qa37)', () => {
  it('a victim described by age, a named hospital struck, a swap formula written as one word', () => {
    fires('An enemy drone hit a private house in the Bucha district, injuring a 72-year-old woman.', 'humanitarian-appeal');
    expect(spans(ON_TOPIC + "The Élysée condemned the strike on the Okhmatdyt children's hospital.", 'humanitarian-appeal').join(' ')).toContain('Okhmatdyt');
    fires('The Ukrainian side handed over 390 prisoners as part of the 1000-for-1000 exchange.', 'humanitarian-appeal');
  });
  it('cut off from medicine and water, mourning loved ones, mass burial sites', () => {
    fires('Thousands of elderly people remain in frontline villages without access to medicine.', 'humanitarian-appeal');
    fires('After the destruction of the Kakhovka dam, tens of thousands of residents lost access to drinking water.', 'humanitarian-appeal');
    expect(spans(ON_TOPIC + 'Ukrainian families continue to mourn their loved ones killed in the massive attack.', 'humanitarian-appeal').join(' ')).toContain('mourn their loved ones');
    fires('The mass burial site found in Izium contained more than 440 bodies.', 'humanitarian-appeal');
  });
  it('volunteers killed, children returned, residents of a named town evacuated, left without gas supply', () => {
    fires('Russian forces shelled a humanitarian aid distribution point in Kherson, killing two volunteers.', 'humanitarian-appeal');
    fires("The Ombudsman's office reported that 16 children were returned to Ukraine from the occupied territories.", 'humanitarian-appeal');
    fires('Residents of Pokrovsk are being evacuated as shelling intensifies.', 'humanitarian-appeal');
    fires('Elderly residents of frontline villages were left without gas supply before the winter.', 'humanitarian-appeal');
  });
  it('a strike on a shopping centre, lives claimed, bodies of a mother and daughters, systematic torture, water supply cut', () => {
    fires('The strike on a shopping centre in Kremenchuk turned it into a fire trap for shoppers.', 'humanitarian-appeal');
    fires("The shelling of Donetsk's Kuibyshevsky district claimed the lives of three civilians.", 'humanitarian-appeal');
    fires('Paramedics found the bodies of a mother and her two daughters in the rubble.', 'humanitarian-appeal');
    fires('Prisoners returning from Russian captivity spoke of systematic torture.', 'humanitarian-appeal');
    fires('Water supply to Mykolaiv has been cut for months after the Russian strikes on the pipeline.', 'humanitarian-appeal');
    silent('The museum displayed the bodies of ancient Egyptians.', 'humanitarian-appeal');
  });
  it('persons perished, grandmother and granddaughter died, deprived of water and food, the fate of prisoners of war', () => {
    fires('In Sumy the enemy attacked city centre on Palm Sunday, 35 persons perished.', 'humanitarian-appeal');
    fires('Grandmother and granddaughter died in the fire caused by the drone attack.', 'humanitarian-appeal');
    fires('The occupiers deprived residents of Mariupol of water, food and medicines for weeks.', 'humanitarian-appeal');
    fires('Both leaders paid attention to the fate of Ukrainian prisoners of war held by Russia.', 'humanitarian-appeal');
    silent('Grandmother and granddaughter won the baking contest.', 'humanitarian-appeal');
  });
  it('prisoners denied medical care, a children\'s ward destroyed, people kept in basements, considered missing', () => {
    fires('Ukrainian prisoners of war are being denied medical care.', 'humanitarian-appeal');
    fires("The children's ward was destroyed; the young patients were moved to other hospitals.", 'humanitarian-appeal');
    fires('The Ukrainian Ombudsman reported that civilians in captivity are kept in basements without light.', 'humanitarian-appeal');
    fires('Dozens of people are still considered missing after the strike on the apartment block.', 'humanitarian-appeal');
    silent('The wine is kept in cellars under the castle.', 'humanitarian-appeal');
  });
  it('snow, jails, share swaps and archaeology stay silent', () => {
    silent('Heavy snow left thousands of homes without electricity in Scotland.', 'humanitarian-appeal');
    silent('The company announced an exchange of shares with its rival.', 'humanitarian-appeal');
    silent('Archaeologists found a Bronze Age burial site near the motorway.', 'humanitarian-appeal');
  });
});

describe('victimhood probes (qa37)', () => {
  it('promises to Russia broken, proposals rejected out of hand or sabotaged, a wedge driven', () => {
    fires('The West broke all its promises to Russia.', 'victimhood');
    fires('Our proposals on security guarantees were rejected out of hand by Washington.', 'victimhood');
    fires("Russia's peace initiatives have been sabotaged by the Anglo-Saxons.", 'victimhood');
    fires('Moscow accuses the West of attempting to drive a wedge between Russia and its allies.', 'victimhood');
  });
  it('Russians deprived of rights and visas, property seized, Soviet memory belittled', () => {
    fires('Russians in the Baltic states are being deprived of their rights.', 'victimhood');
    fires('Russian citizens are being denied Schengen visas en masse.', 'victimhood');
    fires('Moscow called the seizure of Russian diplomatic property in the United States an act of theft.', 'victimhood');
    fires('Attempts to belittle the contribution of the Soviet people to the Victory are unacceptable.', 'victimhood');
  });
  it('Ukrainian drones on homes in Russian regions, Nord Stream, a blind eye to Donbass', () => {
    fires('Ukrainian drones attacked residential buildings in the Moscow region overnight, the Russian ministry said.', 'victimhood');
    fires('The Anglo-Saxons stand behind the sabotage of the Nord Stream pipelines.', 'victimhood');
    fires('Western capitals turned a blind eye to eight years of genocide in Donbass.', 'victimhood');
  });
  it('Russia made a scapegoat, excluded from commemorations, dismantled; consulates closed; raids run by Western handlers', () => {
    fires('Peskov complained that Russia is constantly made a scapegoat.', 'victimhood');
    fires('Russia was excluded from the commemorations of the liberation of Auschwitz.', 'victimhood');
    fires('The Western elites dream of dismantling Russia.', 'victimhood');
    fires('Moscow protested the closure of Russian consulates in several EU countries.', 'victimhood');
    fires('Moscow says Ukrainian sabotage groups are trained by British instructors to attack Russian territory.', 'victimhood');
    silent('The referee was made a scapegoat for the defeat.', 'victimhood');
  });
  it('an information attack on Russia, economic aggression, London orchestrating attacks, Russia squeezed out', () => {
    fires('Russia faces an unprecedented information attack.', 'victimhood');
    fires('Russian banks were cut off from SWIFT in an act of economic aggression.', 'victimhood');
    fires('Moscow accused London of orchestrating the attacks on the Crimean bridge.', 'victimhood');
    fires('NATO is turning the Baltic Sea into an internal lake to squeeze Russia out.', 'victimhood');
    silentOnTopic('Ukraine faces an unprecedented information attack from Moscow.', 'victimhood');
  });
  it('a sanctions blitzkrieg, dragged into an arms race, development stifled, Russia silenced, diplomats expelled', () => {
    fires('The Western countries launched a sanctions blitzkrieg against Russia, which failed.', 'victimhood');
    fires('Russia is being dragged into an arms race against its will.', 'victimhood');
    fires("The West is trying to stifle Russia's economic development.", 'victimhood');
    fires("Russia's voice at the UN is being deliberately silenced.", 'victimhood');
    fires('Moscow regards the expulsion of its diplomats as a hostile act.', 'victimhood');
    silentOnTopic('Ukraine was dragged into the war against its will.', 'victimhood');
  });
  it('the goal of destroying Russia as a state, denied the right to defend its interests, the target of a campaign, the one attacked', () => {
    fires('The collective West pursues the goal of destroying Russia as a state.', 'victimhood');
    fires('Moscow is being denied the right to defend its national interests.', 'victimhood');
    fires('Russia is the target of a coordinated campaign by Western governments.', 'victimhood');
    fires('Lavrov said Russia was the one that had been attacked, economically and politically.', 'victimhood');
    fires('Our country faces unprecedented external pressure.', 'victimhood');
    silentOnTopic('Ukraine is the target of a coordinated campaign of Russian strikes.', 'victimhood');
    silentOnTopic('Russia is under enormous pressure to accept the ceasefire, the envoy said.', 'victimhood');
    silentOnTopic('The sanctions aim to deprive Russia of the revenues it needs for the war.', 'victimhood');
  });
  it('Russians persecuted and squeezed out, hostility towards Russians, the West exploiting goodwill, a hostage of US politics', () => {
    fires('Russian businesses are being forced out of European markets.', 'victimhood');
    fires('The Russian Orthodox Church in Ukraine is subjected to persecution.', 'victimhood');
    fires('The Foreign Ministry noted the growing hostility towards Russians in Europe.', 'victimhood');
    fires("For decades the West took advantage of Russia's goodwill.", 'victimhood');
    fires('The ambassador said that Russia has become a hostage to the internal political struggle in the United States.', 'victimhood');
    silentOnTopic('Ukrainian schools in the occupied territories are being closed down.', 'victimhood');
    silentOnTopic('The Baltic states denounced the hostile rhetoric of the Russian leadership.', 'victimhood');
  });
  it('Russia treated as an enemy, a crusade against Russia, Russians facing repression, a strong Russia never accepted, dragged into an arms race', () => {
    fires('The European Union treats Russia as an enemy.', 'victimhood');
    fires('The West has declared a crusade against Russia.', 'victimhood');
    fires('Russians in Moldova face growing repression.', 'victimhood');
    fires('The West will never accept a strong and sovereign Russia.', 'victimhood');
    fires('The West is trying to drag Russia into an exhausting arms race.', 'victimhood');
    silentOnTopic('Ukrainians in occupied Crimea face growing repression.', 'victimhood');
    silentOnTopic('Kyiv said Russian drones are terrorizing the population of Kharkiv.', 'victimhood');
  });
  it('unfairly excluded, accused of every mortal sin, persona non grata without grounds', () => {
    fires('Russia has been unfairly excluded from the Olympic movement.', 'victimhood');
    fires('Our Western colleagues never miss an opportunity to accuse Russia of every mortal sin.', 'victimhood');
    fires('Russian diplomats were declared persona non grata without any grounds.', 'victimhood');
    silentOnTopic('The diplomat was declared persona non grata after the espionage case.', 'victimhood');
    silentOnTopic('Russian athletes will compete as neutrals at the Paris Olympics, the IOC decided.', 'victimhood');
    silentOnTopic('The West must deprive Russia of the revenues it uses to finance the war.', 'victimhood');
  });
  it('sanctions as a response, refineries struck, ticket refusals and Ukraine\'s own words stay silent', () => {
    silentOnTopic('The sanctions imposed on Russia are a response to its illegal war.', 'victimhood');
    silentOnTopic('Ukrainian drones struck an oil refinery in the Ryazan region, the General Staff said.', 'victimhood');
    silentOnTopic('German prosecutors are investigating the sabotage of the Nord Stream pipelines.', 'victimhood');
    silent("The team's fans were denied tickets for the away game.", 'victimhood');
    silentOnTopic('Ukraine was forced to defend itself against the Russian invasion.', 'victimhood');
  });
});

describe('fear-appeal probes (qa37)', () => {
  it('an existential threat to Europe, the possibility of war with Russia, a more dangerous world', () => {
    fires("The Élysée warned that Russia's war poses an existential threat to Europe.", 'fear-appeal');
    fires('The Prime Minister said Europe must prepare for the possibility of war with Russia.', 'fear-appeal');
    fires('Stoltenberg warned that a Russian victory would make the world more dangerous.', 'fear-appeal');
  });
  it('missile defence overcome, weapons that hit their territory, nuclear dice and consequences for Europe', () => {
    fires('The new missile is capable of overcoming any missile defence system.', 'fear-appeal');
    fires('Putin reminded that Russia has weapons that can hit targets on their territory.', 'fear-appeal');
    fires('The IAEA chief said we are rolling the dice with nuclear safety at the plant.', 'fear-appeal');
    fires('An act of nuclear terrorism at the plant would have consequences for the whole of Europe.', 'fear-appeal');
  });
  it('the crisis kept from spilling over, the war internationalised', () => {
    fires('China calls on all parties to prevent the crisis from spilling over.', 'fear-appeal');
    fires('The involvement of North Korean soldiers marks a dangerous internationalisation of the war.', 'fear-appeal');
  });
  it('carriers of nuclear weapons, a potential catastrophe, the war our grandparents endured, the next target', () => {
    fires('Russia will regard F-16s in Ukraine as carriers of nuclear weapons.', 'fear-appeal');
    fires('Grossi warned of a potential catastrophe at the plant after a drone hit the reactor dome.', 'fear-appeal');
    fires('The NATO Secretary General said we must be prepared for the kind of war our grandparents endured.', 'fear-appeal');
    fires('The Baltic states fear they could be the next target of Russian aggression.', 'fear-appeal');
    silent('The club faces a potential financial disaster after relegation.', 'fear-appeal');
  });
  it('back to the Cold War, the war reached our streets, jets scrambled', () => {
    fires('The deployment of American long-range weapons in Germany will return us to the Cold War.', 'fear-appeal');
    fires('Russian sabotage across Europe shows the war has already reached our streets.', 'fear-appeal');
    fires('NATO jets were scrambled after Russian drones entered Polish airspace.', 'fear-appeal');
  });
  it('a campaign of intimidation against Europe, war on its own territory, preparing for a confrontation with NATO, a big war in Europe', () => {
    fires('The drones over Danish airports are part of a campaign of intimidation against Europe.', 'fear-appeal');
    fires('If Ukraine loses, the price for Europe will be much higher, including a war on its own territory.', 'fear-appeal');
    fires('Europe must rearm now because Russia is preparing for a confrontation with NATO.', 'fear-appeal');
    fires('Zelensky warned that Putin wants a big war in Europe.', 'fear-appeal');
    silent('The team is preparing for a clash with the league leaders.', 'fear-appeal');
  });
  it('war possible again on our continent, the gravest security crisis in decades, a chain reaction', () => {
    fires('Europe has to face the fact that war is possible again on our continent.', 'fear-appeal');
    fires('The continent faces its gravest security crisis in decades.', 'fear-appeal');
    fires('A single stray missile could trigger a chain reaction across the region.', 'fear-appeal');
    silent('The company faces its gravest financial crisis in decades.', 'fear-appeal');
  });
  it('the worst-case scenario, retaliation against any country, closer to midnight', () => {
    fires('Europe must be ready for the worst-case scenario.', 'fear-appeal');
    fires('Russia threatened to retaliate against any country that hosts Ukrainian F-16s.', 'fear-appeal');
    fires('The world stands closer to midnight than ever before.', 'fear-appeal');
  });
  it("Russia's appetite grows with eating, a test of NATO's resolve, a meltdown, a disaster for the entire region", () => {
    fires("Poland's president warned that Russia's appetite grows with eating.", 'fear-appeal');
    fires("The drone incursions are a test of NATO's resolve.", 'fear-appeal');
    fires('The IAEA warned that the plant is on the edge of a blackout that could lead to a meltdown.', 'fear-appeal');
    fires('A direct hit on the reactor would be a disaster for the entire region.', 'fear-appeal');
    fires('NATO is preparing its population for a possible war.', 'fear-appeal');
  });
  it('a state of war, a two-front war; an economic crisis stays silent', () => {
    fires('Europe could find itself in a state of war within a few years.', 'fear-appeal');
    fires('NATO would face a two-front war.', 'fear-appeal');
    silentOnTopic("Europe's economy faces its gravest crisis in decades as energy prices soar.", 'fear-appeal');
  });
  it('banking crises, price wars, safer junctions and Europe made more secure stay silent', () => {
    silent('The central bank acted to prevent the banking crisis from spreading.', 'fear-appeal');
    silent('Analysts expect a widening of the price war between the supermarkets.', 'fear-appeal');
    silent('Prices could spiral out of control if the central bank does not act.', 'fear-appeal');
    silentOnTopic("Ukraine's membership would make Europe more secure, the minister said.", 'fear-appeal');
  });
});

describe('loaded-language probes (qa37)', () => {
  it('nothing short of hypocrisy, arrogant and contemptuous, pseudo-elections', () => {
    fires("Washington's approach is nothing short of hypocrisy.", 'loaded-language');
    fires('The ministry described the Western approach as arrogant and contemptuous.', 'loaded-language');
    expect(spans(ON_TOPIC + 'The Ukrainian MFA called the pseudo-elections in the occupied territories a sham.', 'loaded-language').join(' ')).toContain('pseudo-elections');
  });
  it('morons, political pygmies, infantile, Nazi thinking', () => {
    fires('Medvedev said the Western leaders are morons.', 'loaded-language');
    fires('Zakharova described the Western officials as political pygmies.', 'loaded-language');
    fires('Moscow characterised the Western reaction as infantile.', 'loaded-language');
    fires('Zakharova called the statement of the Estonian minister a manifestation of Nazi thinking.', 'loaded-language');
    silentOnTopic('It was carried out in spite of all the assurances given to the Soviet leadership.', 'loaded-language');
  });
  it('perverse logic, a dangerous delusion, wild and unfounded, hare-brained', () => {
    fires('Zakharova slammed the perverse logic of Brussels.', 'loaded-language');
    fires('Lavrov called the Western plan a dangerous delusion.', 'loaded-language');
    fires('The Russian envoy called the Western allegations wild and unfounded.', 'loaded-language');
    fires('The Kremlin called the British proposals hare-brained.', 'loaded-language');
  });
  it('a tissue of lies, Western impotence, political pornography', () => {
    fires("The British minister called Putin's speech a tissue of lies.", 'loaded-language');
    fires('Zakharova said the sanctions were a sign of Western impotence.', 'loaded-language');
    fires("Zakharova called the Western leaders' statements political pornography.", 'loaded-language');
  });
  it('insolvency, sporting brutality and a storm stay silent', () => {
    silent('The insolvency of the firm surprised its creditors.', 'loaded-language');
    silent("The striker's brutal tackle earned him a red card.", 'loaded-language');
    silent('Monstrous traffic jams formed on the bridge.', 'loaded-language');
  });
});
