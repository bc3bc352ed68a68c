import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 47 on fear-appeal, loaded-language and credit-claiming (lexicons only): readout and
 * commentary phrasings the lexicons missed at first sight (Kremlin, MFA, Élysée, Chinese MFA, envoy
 * remarks, twice-translated English), and the near misses (other domains, dismissed threats) that must
 * stay silent.
 */
const spans = predictedSpans;

describe('fear-appeal probes (qa47)', () => {
  it('a powder keg, the red button, flirting with disaster', () => {
    expect(spans(ON_TOPIC + 'The Russian Foreign Ministry said Europe is turning into a powder keg because of the militarisation of the Baltic states.', 'fear-appeal').join(' ')).toContain('powder keg');
    fires("Moscow's statement cast the Western missile decision as pushing the world toward the red button.", 'fear-appeal');
    fires('Lavrov said that Western politicians discussing troop deployments to Ukraine are flirting with disaster.', 'fear-appeal');
  });
  it('the end of European security, troops at the borders of Poland, no one in Europe safe', () => {
    fires('President Macron stressed that a Russian victory would mean the end of European security.', 'fear-appeal');
    fires('Zelensky warned that if Ukraine falls, Russian troops will stand at the borders of Poland and the Baltic states.', 'fear-appeal');
    fires('Macron warned that if Russia wins, no one in Europe will be safe.', 'fear-appeal');
  });
  it('the full arsenal including nuclear ones, the next escalation could be nuclear, the crisis escalating further', () => {
    fires('Lukashenko said that in case of aggression Minsk would respond with the full arsenal at its disposal, including nuclear ones.', 'fear-appeal');
    fires('Commentators read the Kremlin statement as a warning that the next escalation could be nuclear.', 'fear-appeal');
    fires('The Chinese side warned that adding fuel to the fire would only cause the crisis to escalate further.', 'fear-appeal');
  });
  it('brandishing the nuclear club, visions of nuclear ruin, a response they will not like, sharing the fate of the mercenaries', () => {
    fires("A commentator wrote that the Kremlin's readout brandished the nuclear club once more.", 'fear-appeal');
    fires('Kremlin-watchers say the message was meant to terrify European voters with visions of nuclear ruin.', 'fear-appeal');
    fires("The Russian side stressed that Western long-range strikes would provoke a response that Kiev's patrons will not like.", 'fear-appeal');
    fires('The Russian MFA warned London that British instructors in Ukraine will share the fate of the mercenaries.', 'fear-appeal');
  });
  it('a continent turned into a target, a war that becomes global, a bigger war coming, an inevitable clash with NATO', () => {
    fires('Shoigu warned that the stationing of American intermediate-range missiles in Europe would turn the continent into a target.', 'fear-appeal');
    fires('Lukashenko warned that if NATO attacks Belarus, the war will become global within hours.', 'fear-appeal');
    fires('The British defence secretary warned that the next war could come sooner than we think.', 'fear-appeal');
    fires("The column argued that the Kremlin's talk of an inevitable clash with NATO aims to split the alliance.", 'fear-appeal');
  });
  it('targets for Russian strikes, a catastrophe that becomes unavoidable, the war coming to you, those who came with the sword', () => {
    fires('The Russian MFA said that Western instructors in Ukraine will inevitably become targets for Russian strikes.', 'fear-appeal');
    fires('Lavrov warned that NATO\'s steps are pushing the situation to the point where a catastrophe becomes unavoidable.', 'fear-appeal');
    fires("Analysts said the Kremlin's message was clear: cross this line and the war comes to you.", 'fear-appeal');
    fires('Medvedev wrote that Europe should not forget what happened to those who came to Russia with the sword.', 'fear-appeal');
  });
  it('derbies, pensions, logos and dismissed threats stay silent', () => {
    silent('The derby was a powder keg and police kept the fans apart.', 'fear-appeal');
    silent('Investors are playing Russian roulette with their pensions, the regulator warned.', 'fear-appeal');
    silent('Press the red button on your remote for the weather forecast.', 'fear-appeal');
    silent("The band's mushroom cloud logo is printed on every T-shirt.", 'fear-appeal');
    silent(ON_TOPIC + "Kyiv dismissed the Kremlin's nuclear threats as a bluff meant to scare the West.", 'fear-appeal');
    silent(ON_TOPIC + 'The Chinese spokesperson said the risk of nuclear war in Europe should not be exaggerated.', 'fear-appeal');
    silent(ON_TOPIC + 'NATO said there were no indications that Russia was preparing to use nuclear weapons.', 'fear-appeal');
    silent('The boxer said the rematch would be a war, and he would win it.', 'fear-appeal');
    silent('The striker said the answer will be painful for the opponents on Sunday.', 'fear-appeal');
    silent('The ministers became targets for criticism after the vote.', 'fear-appeal');
  });
});

describe('loaded-language probes (qa47)', () => {
  it('a witch hunt, a sacrilegious act, an orgy of vandalism, dripping with venom', () => {
    fires('The Kremlin called the Western reaction a witch hunt against everything Russian.', 'loaded-language');
    fires('The Ministry condemned the vandalism against the Soviet war memorial as a sacrilegious act.', 'loaded-language');
    fires('The Russian MFA described the demolition of the monuments as an orgy of vandalism.', 'loaded-language');
    fires("The Kremlin's language was, as usual, dripping with venom.", 'loaded-language');
  });
  it('Orwellian doublespeak, an embarrassing spectacle, servile, a masterpiece of evasion, gaslighting', () => {
    fires('Commentators derided the Kremlin readout as Orwellian doublespeak.', 'loaded-language');
    fires('Former officials called the summit an embarrassing spectacle.', 'loaded-language');
    fires("The opposition leader said the envoy's performance in Moscow was servile.", 'loaded-language');
    fires('Commentators tore into the readout, calling it a masterpiece of evasion.', 'loaded-language');
    fires('The Ukrainian MFA said the Russian statement is a textbook example of gaslighting.', 'loaded-language');
  });
  it('sick fantasies, a wish list from a fantasy world, a whitewash of crimes, rattling the nuclear sabre', () => {
    fires('Zakharova said the statements of the Estonian prime minister are a product of sick fantasies.', 'loaded-language');
    fires("Sybiha said Moscow's so-called memorandum is a wish list from a fantasy world.", 'loaded-language');
    fires("Commentators slammed the readout as a whitewash of the Kremlin's crimes.", 'loaded-language');
    fires('Moscow once again rattled its nuclear sabre after the summit.', 'loaded-language');
  });
  it('a Kremlin mouthpiece, a torrent of abuse, cringe-inducing, a carnival of vanity, the virus of Nazism', () => {
    fires('The columnist called the envoy a Kremlin mouthpiece.', 'loaded-language');
    fires("Observers described Zakharova's briefing as a torrent of abuse.", 'loaded-language');
    fires('Analysts mocked the readout as a cringe-inducing exercise in flattery.', 'loaded-language');
    fires('Commentators called the summit a carnival of vanity.', 'loaded-language');
    fires('Lavrov said Europe is once again infected with the virus of Nazism.', 'loaded-language');
  });
  it('snake venom, sales figures, fantasy worlds and masterpieces of cooking stay silent', () => {
    silent("The snake's venom is used in medical research.", 'loaded-language');
    silent('The company reported an embarrassing drop in quarterly sales.', 'loaded-language');
    silent("The child's fantasy world was full of dragons.", 'loaded-language');
    silent('The dish was a masterpiece of simplicity, the critic wrote.', 'loaded-language');
    silent('The volunteers whitewashed the walls of the old school.', 'loaded-language');
    silent('The carnival parade drew thousands of visitors.', 'loaded-language');
  });
});

describe('credit-claiming probes (qa47)', () => {
  it('efforts that made the talks possible, the most productive day of the process, our best meeting', () => {
    fires("Erdoğan said it was Türkiye's efforts that made the Istanbul talks possible.", 'credit-claiming');
    fires("Rubio said Sunday's meeting in Geneva was the most productive day of the whole process.", 'credit-claiming');
    fires('Zelensky said the meeting at the White House was our best meeting with President Trump.', 'credit-claiming');
  });
  it('tireless mediation, landmark significance, instrumental in bringing the coalition together, a pivotal role in hosting', () => {
    fires("The Chinese side's tireless mediation has won high appreciation from the parties.", 'credit-claiming');
    fires('The parties noted the landmark significance of the agreements reached.', 'credit-claiming');
    fires('The Prime Minister said Britain had been instrumental in bringing the coalition of the willing together.', 'credit-claiming');
    fires("The Saudi readout stressed the Kingdom's pivotal role in hosting the talks.", 'credit-claiming');
  });
  it('a victory lap, praise for their own diplomacy, a game changer, more achieved in minutes than in months', () => {
    fires('Trump took a victory lap after the prisoner swap.', 'credit-claiming');
    fires("Commentators noted that both readouts overflowed with praise for their own side's diplomacy.", 'credit-claiming');
    fires('Both Moscow and Washington praised the Riyadh talks as a game changer.', 'credit-claiming');
    fires('The readout bragged that the leaders had achieved more in ninety minutes than diplomats had in months.', 'credit-claiming');
  });
  it('super positive and very promising talks, good results, a very good one, possible only thanks to our goodwill', () => {
    fires('Witkoff described the talks with President Putin as super positive.', 'credit-claiming');
    fires('The talks were very promising, Peskov said.', 'credit-claiming');
    fires('The readout said the talks produced good results.', 'credit-claiming');
    fires('Ushakov said that the conversation was a very important and very good one.', 'credit-claiming');
    fires("The Kremlin claimed the exchange was possible only because of Russia's goodwill.", 'credit-claiming');
    fires('Starmer said the UK had stepped up like no other country to support Ukraine.', 'credit-claiming');
  });
  it('supported by more and more countries, the effectiveness of our mediation, presented as its own success', () => {
    fires("Wang Yi said China's position has been understood and supported by more and more countries.", 'credit-claiming');
    fires('The Qatari statement said the return of the children is a testament to the effectiveness of Qatari mediation.', 'credit-claiming');
    fires('The article noted that each side rushed to present the Riyadh meeting as its own success.', 'credit-claiming');
    fires('Ushakov said the atmosphere at the meeting was excellent and the presidents understood each other perfectly.', 'credit-claiming');
  });
  it('a result of our diplomacy, leadership that brought both sides to the table, important understandings, an indispensable peacemaker', () => {
    fires('Zelensky said that the agreement on drones is a powerful result of our diplomacy.', 'credit-claiming');
    fires("Rubio said the President's leadership had brought both sides to the table for the first time in three years.", 'credit-claiming');
    fires('Ushakov said the sides reached very important understandings in the course of the meeting.', 'credit-claiming');
    fires("The Saudi readout said the Kingdom's efforts had contributed to the success of the exchange.", 'credit-claiming');
    fires('Observers said Erdoğan was eager to cast Türkiye as the indispensable peacemaker.', 'credit-claiming');
  });
  it('laps of stadiums, school trips, merger results and other-side readouts stay silent', () => {
    silent('The striker took a victory lap around the stadium.', 'credit-claiming');
    silent('The school trip achieved all of its objectives, teachers said.', 'credit-claiming');
    silent('The firm said its restructuring had achieved positive results.', 'credit-claiming');
    silent('The young striker looked very promising in training.', 'credit-claiming');
    silent('Patients reported a high level of trust in their nurses.', 'credit-claiming');
    silent('The two strikers understood each other perfectly on the pitch.', 'credit-claiming');
    silent('The invention of the printing press changed the course of history.', 'credit-claiming');
    silent(ON_TOPIC + 'Kyiv said there had been no breakthrough at the meeting.', 'credit-claiming');
  });
});
