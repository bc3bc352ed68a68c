import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * Lexicon pass dp-fv on fear-appeal, victimhood and loaded-language (lexicons only): the families added
 * or narrowed, in fresh sentences of other governments and spellings, and the near misses (other
 * domains, denied frames, legal formulas) that must stay silent.
 */
const spans = predictedSpans;
const onTopicSilent = (text: string, category: string) => silent(ON_TOPIC + text, category);

describe('fear-appeal families (dp-fv)', () => {
  it('a step said to risk, feed or fuel escalation, or to be seen as escalatory', () => {
    fires('Sending Taurus missiles to Kyiv risks escalation with a nuclear power, the chancellor said.', 'fear-appeal');
    fires('Each new delivery only fuels further escalation, the envoy said.', 'fear-appeal');
    fires('Washington feared the move would be seen as escalatory in Moscow.', 'fear-appeal');
    fires('Are you concerned about escalation after the strike on the refinery?', 'fear-appeal');
  });
  it('ships treated as military targets, the end of the human race', () => {
    fires('The Russian Defence Ministry said all vessels heading to Ukrainian ports would be considered potential carriers of military cargo.', 'fear-appeal');
    fires('Shall we put an end to humanity for the sake of a few square kilometres?', 'fear-appeal');
  });
  it('a country told it must prepare for war, but not Moscow\'s claim that Europe prepares one against it', () => {
    fires('Europe should prepare for war with Russia, the Danish intelligence service warned.', 'fear-appeal');
    onTopicSilent('Zakharova claimed that Europe is preparing for war against Russia.', 'fear-appeal');
    expect(spans(ON_TOPIC + 'Zakharova claimed that Europe is preparing for war against Russia.', 'victimhood').length).toBeGreaterThan(0);
  });
  it('denied, dismissed and legal formulas stay silent', () => {
    onTopicSilent('The United States does not seek a wider war with Russia.', 'fear-appeal');
    onTopicSilent("We will not be deterred by the Kremlin's reckless nuclear rhetoric.", 'fear-appeal');
    onTopicSilent('China opposes the use of nuclear weapons, the spokesperson said.', 'fear-appeal');
    onTopicSilent('Lavrov called the talk of a Russian attack on NATO countries nonsense.', 'fear-appeal');
    onTopicSilent('A freeze would only give Russia time to rearm.', 'fear-appeal');
    onTopicSilent('French industry has moved to a war-economy footing to produce shells faster.', 'fear-appeal');
  });
  it('pay disputes and rising costs do not escalate into a war fear', () => {
    silent('The union said the pay dispute risks escalation if talks with the bus company fail.', 'fear-appeal');
    silent('Hospital managers are worried about an escalation of costs this winter.', 'fear-appeal');
  });
});

describe('victimhood families (dp-fv)', () => {
  it("Moscow's staged or bloody provocation, and provocations orchestrated by Kyiv", () => {
    expect(spans(ON_TOPIC + 'The bloody provocation at the border was staged by the Ukrainian army, the Russian MFA said.', 'victimhood')).toContain('bloody provocation');
    fires('The ministry said the attack was a provocation staged by the Kyiv regime with the help of British instructors.', 'victimhood');
    onTopicSilent('The Russian authorities now speak of a staged provocation.', 'loaded-language');
  });
  it('a step that will provoke Moscow, a menace to Russia, a staging ground against Russia', () => {
    fires('Some German politicians argue that delivering tanks would only provoke Putin.', 'victimhood');
    fires('The Kremlin regards the deployment of allied troops in Finland as a serious threat to Russia.', 'victimhood');
    fires('The Western countries are trying to turn Ukraine into a staging ground against Russia.', 'victimhood');
    fires('Lavrov compared the EU rearmament plans to the campaigns of Napoleon and Hitler.', 'victimhood');
  });
  it("Kyiv's policy directed against the people of Donbass, the protection of Russian people there", () => {
    fires('Putin said the crisis grew out of the Kiev regime\'s policy aimed against the population of Donbass.', 'victimhood');
    fires('The Duma backs every step towards the protection of the Russian population in Donbass.', 'victimhood');
  });
  it('Russia forced to act, but not Ukraine or a council', () => {
    fires('The Kremlin said Russia was compelled to act to protect the people of Donbass.', 'victimhood');
    onTopicSilent('Ukraine was forced to act after the strikes on Kharkiv.', 'victimhood');
  });
  it('neutral policy words and rebuttals stay silent', () => {
    onTopicSilent('The EU decided to seize the windfall profits of immobilised Russian assets.', 'victimhood');
    onTopicSilent('Russian oil exports have never been subject to a full embargo.', 'victimhood');
    onTopicSilent('We will not let ourselves be intimidated by Russian threats, the Lithuanian president said.', 'victimhood');
    onTopicSilent('We built a coalition of more than fifty countries to support Ukraine.', 'victimhood');
    onTopicSilent('The only threat to Russia is Russia itself, the Estonian minister said.', 'victimhood');
    onTopicSilent('Moscow demands recognition of the occupied territories as Russian, a ban on NATO membership and a smaller army.', 'victimhood');
  });
});

describe('loaded-language families (dp-fv)', () => {
  it('atrocities, food or energy used as a weapon', () => {
    expect(spans(ON_TOPIC + 'The atrocities committed in Izium will not be forgotten.', 'loaded-language')).toContain('atrocities');
    fires('The Kremlin is weaponising energy supplies against Europe.', 'loaded-language');
    fires('Grain exports are being used as a weapon by Moscow.', 'loaded-language');
  });
  it('unbearable, indefensible, fabrications, a lie, the charge of a war crime', () => {
    fires('The scenes from the bombed maternity hospital are unbearable.', 'loaded-language');
    fires('The Russian claims are pure fabrications.', 'loaded-language');
    fires('This is a lie, the foreign minister said.', 'loaded-language');
    fires('The shelling of the evacuation convoy was a deliberate war crime.', 'loaded-language');
  });
  it('this dreadful war, the terrible crimes, but not a terrible storm', () => {
    fires('The Chancellor said this dreadful war must end on terms Ukraine can accept.', 'loaded-language');
    silent('The storm caused terrible damage along the coast.', 'loaded-language');
  });
  it('selling an ally out, the pro-war camp, the same old intimidation, dangerous adventures', () => {
    fires('Critics say the envoy is ready to sell out Ukraine for a deal with Moscow.', 'loaded-language');
    fires('Budapest accused the pro-war European elites of prolonging the conflict.', 'loaded-language');
    fires("The Kremlin's warnings are the same old scaremongering.", 'loaded-language');
    fires('London should not drag Washington into dangerous adventures.', 'loaded-language');
  });
  it('legal terms, appeals to restraint and the warning itself stay silent', () => {
    onTopicSilent('France will support the investigation of war crimes in Ukraine.', 'loaded-language');
    onTopicSilent('Such a ceasefire would reward aggression.', 'loaded-language');
    onTopicSilent('All parties should avoid adding fuel to the fire.', 'loaded-language');
    onTopicSilent('A nuclear catastrophe at Zaporizhzhia must be avoided.', 'loaded-language');
    onTopicSilent('Under the Montreux Convention, warships of belligerent states may not pass through the Straits.', 'loaded-language');
  });
  it('sport, weather and farming stay silent', () => {
    silent('Tickets for the cup final sold out on Monday.', 'loaded-language');
    silent('The team used its speed as a weapon against tired defenders.', 'loaded-language');
    silent('The heat was unbearable on Sunday afternoon at the seaside.', 'loaded-language');
  });
});
