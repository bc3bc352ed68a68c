import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 35 on blame-shifting, spheres-of-influence, root-causes and delegitimization (lexicons only):
 * phrasings of Kremlin, Russian MFA, Chinese MFA, White House and envoy readouts and of twice-translated
 * English that the lexicons missed, and the near misses (other domains, the other side's answers) that
 * must stay silent.
 */
const spans = predictedSpans;

describe('blame-shifting probes (qa35)', () => {
  it('a course of prolonging the conflict, fanning the flames of the conflict, torpedoed Istanbul agreements', () => {
    expect(spans(ON_TOPIC + 'The Russian side noted that the Ukrainian authorities pursue a course of prolonging the conflict.', 'blame-shifting')).toContain('course of prolonging the conflict');
    fires('Beijing said some countries keep fanning the flames of the conflict.', 'blame-shifting');
    fires('The Kremlin said Kiev had torpedoed the Istanbul agreements at the behest of London.', 'blame-shifting');
  });
  it('the decision to go to war taken by both countries, miscalculations by all the parties, two do not fight, China neither created the crisis, brotherly nations drawn in, the present situation would not have arisen', () => {
    fires('The Brazilian President said the decision to go to war was taken by both countries.', 'blame-shifting');
    fires('Witkoff said the war was the result of a series of miscalculations by all the parties involved.', 'blame-shifting');
    fires('Lula said that when one does not want, two do not fight.', 'blame-shifting');
    fires('The spokesman said China neither created the crisis nor is a party to it.', 'blame-shifting');
    fires('Two brotherly nations have been drawn into a bloody confrontation, the statement said.', 'blame-shifting');
    fires('Had Kiev honoured the Minsk package, the present situation would not have arisen.', 'blame-shifting');
  });
  it('the war is Zelensky\'s fault, Kiev chose the path of war, Europe to blame for the fact that the war goes on', () => {
    fires('Trump said the war is Zelensky\'s fault.', 'blame-shifting');
    fires('Peskov said Kiev chose the path of war instead of implementing Minsk.', 'blame-shifting');
    fires('The Hungarian minister said Europe is to blame for the fact that the war is still going on.', 'blame-shifting');
    fires('The Kremlin said Washington and Brussels are doing everything to keep the war going.', 'blame-shifting');
    fires('Vance said the Ukrainians and the Russians have to stop killing each other.', 'blame-shifting');
    fires('Witkoff said the war was a misunderstanding that got out of hand.', 'blame-shifting');
    fires('The Kremlin said London had talked Kyiv out of signing the Istanbul agreement.', 'blame-shifting');
  });
  it('a delivery delay, a central bank and a transfer deal stay silent', () => {
    silent('The company said the delay in deliveries should never have happened and apologised to customers.', 'blame-shifting');
    silent('The central bank should refrain from adding fuel to the fire of inflation, analysts said.', 'blame-shifting');
    silent("The striker's agent torpedoed the transfer deal at the last minute.", 'blame-shifting');
    silent(ON_TOPIC + 'The EU said Russia keeps the war going with North Korean shells.', 'blame-shifting');
    silent('The strike has hurt everyone and no one benefits from it, the mayor said.', 'blame-shifting');
  });
});

describe('spheres-of-influence probes (qa35)', () => {
  it('Europeans with nothing to do at the table, their participation not required, left out of the Riyadh meeting', () => {
    fires('Lavrov said the Europeans have nothing to do at the negotiating table since they want the war to continue.', 'spheres-of-influence');
    fires('The Kremlin said the participation of European leaders in the process was not required at this stage.', 'spheres-of-influence');
    fires('The European allies were left out of the Riyadh meeting, where Russian and American delegations discussed Ukraine.', 'spheres-of-influence');
  });
  it('Euro-Atlantic security architecture, a zone of Russia\'s vital interests, great nuclear powers', () => {
    expect(spans(ON_TOPIC + 'The leaders noted the need to build a new architecture of Euro-Atlantic security.', 'spheres-of-influence')).toContain('architecture of Euro-Atlantic security');
    fires("Lavrov said Ukraine's neighbourhood is a zone of Russia's vital interests.", 'spheres-of-influence');
    fires('Putin said that Russia and America, as great nuclear powers, share a responsibility for peace in the world.', 'spheres-of-influence');
  });
  it('the Ukrainian question settled between them, the Americans and the Russians make a deal, Putin back in the G7, the era of Western domination over, embassies consultations, rebuilt relations, no European security without Russia', () => {
    fires('Ushakov said the two leaders could resolve the Ukrainian question between them at a summit.', 'spheres-of-influence');
    fires('Orbán said the Americans and the Russians will make a deal and the Europeans will have to pay the bill.', 'spheres-of-influence');
    fires('Trump said he wanted to see Putin back in the G7, calling his expulsion a mistake.', 'spheres-of-influence');
    fires('Lavrov said the West must accept that the era of its domination of world affairs is over.', 'spheres-of-influence');
    fires('The sides agreed to hold consultations on the work of their embassies in Istanbul.', 'spheres-of-influence');
    fires('Putin said Washington and Moscow have a unique opportunity to rebuild relations from scratch.', 'spheres-of-influence');
    fires('Lavrov said that the fate of European security cannot be decided without Russia.', 'spheres-of-influence');
    fires('Sikorski said the talks in Alaska proceeded as if Europe did not exist.', 'spheres-of-influence');
  });
  it('tournaments, clubs, cloud services and families stay silent', () => {
    silent('The participation of European teams in the tournament was not planned this year.', 'spheres-of-influence');
    silent("The era of the club's dominance of the league is over, the coach admitted.", 'spheres-of-influence');
    silent('The two families settled the inheritance question between them.', 'spheres-of-influence');
    silent('The teacher told the children to play outside and let the grown-ups talk.', 'spheres-of-influence');
    silent('The two chess grandmasters settled the draw between themselves.', 'spheres-of-influence');
    silent('The two tech giants will divide the market between themselves.', 'spheres-of-influence');
    silent(ON_TOPIC + "Zelensky said no one will decide Ukraine's future behind its back.", 'spheres-of-influence');
    silent('Teachers and parents have a special responsibility for children\'s safety.', 'spheres-of-influence');
  });
});

describe('root-causes probes (qa35)', () => {
  it('Minsk used to gain time to arm Ukraine, no other option to defend itself, warnings about NATO ignored', () => {
    fires('Zakharova said the Minsk agreements were only used by Kyiv and its Western curators to gain time to arm Ukraine.', 'root-causes');
    fires('Putin said the operation was forced, as Russia had been left with no other option to defend itself.', 'root-causes');
    fires("Russia's repeated warnings about NATO enlargement were ignored for decades, the ambassador said.", 'root-causes');
  });
  it('among the causes of the conflict, issues at the heart of the conflict, Kyiv\'s desire to acquire nuclear weapons', () => {
    expect(spans(ON_TOPIC + 'Lavrov said the discrimination against the Russian language was among the causes of the conflict.', 'root-causes')).toContain('among the causes of the conflict');
    fires('Moscow insists any deal must deal with the issues at the heart of the conflict.', 'root-causes');
    fires("Putin said that Kyiv's desire to acquire nuclear weapons posed a direct threat to Russia.", 'root-causes');
    fires('Russian side emphasized inadmissibility of the further advance of NATO military infrastructure to the east.', 'root-causes');
    fires('Peskov said the conflict was the result of years of attempts to turn Ukraine into an instrument against Russia.', 'root-causes');
    fires('Lavrov said the Americans orchestrated the Maidan to pull Ukraine away from Russia.', 'root-causes');
  });
  it('Russia named as a cause, club choices and floods stay silent', () => {
    silent(ON_TOPIC + 'Russian imperialism is among the causes of the war, the Polish minister said.', 'root-causes');
    silent('The club had no other choice but to sell the striker.', 'root-causes');
    silent('Poor drainage was among the causes of the flooding.', 'root-causes');
    silent(ON_TOPIC + 'Russia had no other choice but to retreat from Kherson, analysts said.', 'root-causes');
    silent('The army orchestrated the coup in Niger, the report said.', 'root-causes');
  });
});

describe('delegitimization probes (qa35)', () => {
  it('lost his legitimacy when his term expired, no authority to sign, legitimacy of the authorities there in question', () => {
    expect(spans(ON_TOPIC + 'Putin said the head of the Kiev regime lost his legitimacy when his term expired in May 2024.', 'delegitimization')).toContain('lost his legitimacy when his term expired in May');
    fires('Under the Ukrainian constitution, the current president has no authority to sign any agreements, Putin noted.', 'delegitimization');
    fires('The Kremlin said it is unclear with whom to sign documents in Kiev, since the legitimacy of the authorities there is in question.', 'delegitimization');
  });
  it('held hostage by ultra-nationalists, real power with the battalions, governed externally, a terrorist organisation', () => {
    fires('The Kremlin said the Kyiv authorities are held hostage by ultra-nationalists.', 'delegitimization');
    fires('Putin said real power in Ukraine belongs to the nationalist battalions, not to the politicians.', 'delegitimization');
    fires('The Russian side noted that Kyiv is governed externally from across the ocean.', 'delegitimization');
    fires('Zakharova said the Ukrainian authorities had turned into a terrorist organisation.', 'delegitimization');
  });
  it('a terrible job, an invention of the Austrian general staff, drug-addicted clowns, the only legitimate body, illegal authorities', () => {
    fires('Trump said Zelensky has done a terrible job and his country is shattered.', 'delegitimization');
    fires('Lavrov said the Ukrainian nation as such was an invention of the Austrian general staff.', 'delegitimization');
    fires("Medvedev said the Kiev regime's leadership consists of drug-addicted clowns.", 'delegitimization');
    fires('Putin noted that, in accordance with Ukrainian legislation, the legitimate body is only Verkhovna Rada and its chairman.', 'delegitimization');
    fires('The Russian MFA said the illegal authorities in Kiev cannot represent Ukraine at the talks.', 'delegitimization');
    fires('The Kremlin said Zelensky\'s presidency ended last year and he remains in office illegally.', 'delegitimization');
    fires('Putin said there are legal problems with Zelensky signing anything, since he is not a legitimate president.', 'delegitimization');
  });
  it('club chairmen, coaches, circus clowns and a Ukrainian recipe stay silent', () => {
    silent('The chairman lost his legitimacy when his term on the club board expired, fans said.', 'delegitimization');
    silent('The coach has done a terrible job this season, the fans said.', 'delegitimization');
    silent('The circus hired two new clowns for the winter season.', 'delegitimization');
    silent('The Ukrainian borscht recipe was a creation of the Polish chef, the menu said.', 'delegitimization');
    silent(ON_TOPIC + 'Zelensky said Putin is not a legitimate president after the staged election.', 'delegitimization');
  });
});
