import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 36 on maximalist-demands, economic-inducement, peace-process and credit-claiming (lexicons only):
 * phrasings of Kremlin, MFA, White House, envoy, Élysée, Indian MEA and twice-translated readouts that the
 * lexicons missed, and the near misses (other domains, negated frames) that must stay silent.
 */
const spans = predictedSpans;

describe('maximalist-demands probes (qa36)', () => {
  it('a ban on deploying Western missiles in Ukraine, Russian as a second state language, NATO out of the post-1997 members', () => {
    fires("A ban on the deployment of long-range Western missiles on Ukrainian territory was listed among Russia's terms.", 'maximalist-demands');
    fires('Russian must be granted the status of a second state language in Ukraine, the Russian side insisted.', 'maximalist-demands');
    fires('The Russian side insisted on the removal of NATO military infrastructure from the countries that joined after 1997.', 'maximalist-demands');
  });
  it('recognise Russia\'s new borders, the issue of Crimea closed, the West to give up plans to admit Ukraine', () => {
    fires("Peskov said Ukraine must recognise Russia's new borders as enshrined in the Russian Constitution.", 'maximalist-demands');
    fires('The Kremlin reiterated that the issue of Crimea is closed once and for all.', 'maximalist-demands');
    fires('Russia wants the West to give up plans to admit Ukraine into NATO.', 'maximalist-demands');
  });
  it('refrain from military cooperation with NATO, an embargo on arms deliveries, cease intelligence support, a neutral state', () => {
    fires('Ukraine must refrain from any military cooperation with NATO member states, the Russian draft says.', 'maximalist-demands');
    fires('A complete embargo on arms deliveries to Ukraine is among the Russian conditions.', 'maximalist-demands');
    fires('Russia insists that the West cease all intelligence support for Kyiv.', 'maximalist-demands');
    fires('Peskov said that Ukraine should stop being an anti-Russia and become a friendly neutral state.', 'maximalist-demands');
  });
  it('withdraw from the territory of the Russian Federation, permanent exclusion from NATO, the loss of Crimea accepted, a total surrender', () => {
    fires("The Kremlin's position remains unchanged: Kiev must withdraw from the territory of the Russian Federation, including Zaporozhye and Kherson regions.", 'maximalist-demands');
    fires("Russia wants any peace treaty to codify Ukraine's permanent exclusion from NATO.", 'maximalist-demands');
    fires('Moscow expects Kyiv to accept the loss of Crimea and Donbas as a precondition.', 'maximalist-demands');
    fires("Medvedev said Russia would accept nothing less than Ukraine's total surrender.", 'maximalist-demands');
    fires('Russia demanded that NATO withdraw its forces to the positions of 1997.', 'maximalist-demands');
    fires("Russian side reaffirmed position on inadmissibility of Ukraine's membership in North Atlantic Alliance.", 'maximalist-demands');
    fires('According to Moscow, any security guarantees for Ukraine must exclude NATO involvement.', 'maximalist-demands');
  });
  it('other domains, history and Ukraine\'s own refusal stay silent', () => {
    silent('Irish was given the status of an official language of the EU in 2007.', 'maximalist-demands');
    silent('The UN kept its embargo on arms deliveries to the rebels in Libya.', 'maximalist-demands');
    silent('Austria became a neutral state in 1955, the historian said.', 'maximalist-demands');
    silent(ON_TOPIC + "Ukraine will never recognise Russia's new borders, Zelensky said.", 'maximalist-demands');
    silent(ON_TOPIC + 'Ukraine will never accept the loss of Crimea, Zelensky said.', 'maximalist-demands');
    silent(ON_TOPIC + 'Zelensky said Ukraine will never give up Donbas.', 'maximalist-demands');
    silent('The historian described the unconditional surrender of Germany in May 1945.', 'maximalist-demands');
  });
});

describe('economic-inducement probes (qa36)', () => {
  it('companies welcome to return, spare parts for Aeroflot, a Russia-US consortium, affordable Russian energy', () => {
    fires('Putin mentioned that American companies would be welcome to return to the Russian market.', 'economic-inducement');
    fires("The US side proposed restoring Aeroflot's access to spare parts for its Boeing fleet.", 'economic-inducement');
    fires('Dmitriev floated a Russia-US consortium to develop Arctic energy resources.', 'economic-inducement');
    fires('Peace would allow European industry to again access affordable Russian energy.', 'economic-inducement');
  });
  it('Nord Stream restarted, peace a boon for the world economy, a golden age of bilateral trade, the G8', () => {
    fires('Restarting the Nord Stream pipelines could be part of a wider agreement with Moscow.', 'economic-inducement');
    fires('The President said a peace deal would be a boon for the world economy.', 'economic-inducement');
    fires('The envoy spoke of a golden age of bilateral trade after the war.', 'economic-inducement');
    fires('Russia could be reintegrated into the G8 and the global economy after a settlement.', 'economic-inducement');
  });
  it('a return on the US investment, US companies running the Zaporizhzhia plant, investors rushing in once the guns fall silent', () => {
    fires('The White House said the economic partnership would give the US a return on its investment.', 'economic-inducement');
    fires('The envoy suggested that US companies could operate the Zaporizhzhia nuclear plant.', 'economic-inducement');
    fires('Investors will rush in once the guns fall silent, the Treasury Secretary said.', 'economic-inducement');
  });
  it('a business case for peace, a return of Russian airlines to European airspace, a reconstruction package from frozen assets', () => {
    fires('Witkoff said there was a compelling business case for peace.', 'economic-inducement');
    fires('The plan envisages the return of Russian airlines to European airspace.', 'economic-inducement');
    fires('The plan promises Ukraine a massive reconstruction package financed by frozen Russian assets.', 'economic-inducement');
    fires('The EU could resume buying Russian gas after a lasting peace, a Hungarian minister said.', 'economic-inducement');
    fires('The envoy said Russia could regain access to Western technology as part of a settlement.', 'economic-inducement');
    fires('Washington hinted that American sanctions on Russian oil companies could be waived after a deal.', 'economic-inducement');
  });
  it('tax cuts, stadiums, repaired pipelines and soybeans for China stay silent', () => {
    silent('The tax cut would be a boon for the economy, the minister said.', 'economic-inducement');
    silent('The pipeline was restarted after repairs, the utility said.', 'economic-inducement');
    silent('The fund promised investors a strong return on their investment.', 'economic-inducement');
    silent('American farmers sell more soybeans to China than ever.', 'economic-inducement');
    silent('The council made the business case for a new stadium.', 'economic-inducement');
    silent('EU ministers said Russia should not be rewarded with sanctions relief.', 'economic-inducement');
  });
});

describe('peace-process probes (qa36)', () => {
  it('a summit to seal the agreement', () => {
    fires("Erdogan offered to host a leaders' summit to seal the agreement.", 'peace-process');
    silent('The directors called a meeting to sign the deal.', 'peace-process');
  });
  it('counter-proposals to the American side, no strikes on each other\'s energy infrastructure, delegations meeting again', () => {
    fires('Kyiv transmitted its counter-proposals to the American side.', 'peace-process');
    fires("Both sides committed to refraining from strikes on each other's energy infrastructure.", 'peace-process');
    fires('The delegations met for the third time in Istanbul and agreed to exchange further prisoners.', 'peace-process');
    silent('The union sent its counter-proposal to the management on Friday.', 'peace-process');
  });
});

describe('credit-claiming probes (qa36)', () => {
  it('very successful and useful, a win scored by one\'s diplomacy, an initiative that paved the way', () => {
    fires('Ushakov called the Alaska summit very successful and useful.', 'credit-claiming');
    fires('Zelensky said Ukrainian diplomacy had scored an important win at the summit.', 'credit-claiming');
    fires("Macron said France's initiative had paved the way for the coalition.", 'credit-claiming');
  });
  it('noted with satisfaction that agreements are implemented, an excellent level of relations, an outcome nobody expected', () => {
    fires('The Kremlin noted with satisfaction that the agreements reached in Alaska are being implemented.', 'credit-claiming');
    fires('The sides praised the excellent level of bilateral relations.', 'credit-claiming');
    fires("The President's personal diplomacy delivered an outcome nobody expected.", 'credit-claiming');
    fires('Vance said the administration had done more for peace in Europe than anyone in decades.', 'credit-claiming');
  });
  it('better than anyone could have imagined, safer because of him, more than in three years combined, a stand appreciated by both sides', () => {
    fires('Witkoff said the talks had gone better than anyone could have imagined.', 'credit-claiming');
    fires('Trump said the world was much safer now because of him.', 'credit-claiming');
    fires('Rubio said real progress had been made, more than in the past three years combined.', 'credit-claiming');
    fires("The Indian MEA said India's consistent and principled stand had been appreciated by both sides.", 'credit-claiming');
    fires('The President said his negotiating skills got Putin to the table.', 'credit-claiming');
  });
  it('a testament to Qatar\'s diplomacy, thanks to Türkiye\'s diplomacy, without him a nuclear war, the talks exceeded expectations', () => {
    fires("The Qatari mediator said the reunification of children was a testament to Qatar's diplomacy.", 'credit-claiming');
    fires("Erdogan said the Istanbul channel works only thanks to Türkiye's tireless diplomacy.", 'credit-claiming');
    fires('Trump said that without him there would be a nuclear war.', 'credit-claiming');
    fires('Lavrov said the talks had exceeded the expectations of both sides.', 'credit-claiming');
    fires('Macron said Europe had played a decisive role in securing the ceasefire.', 'credit-claiming');
    fires('The White House hailed the exchange as a great victory for the President.', 'credit-claiming');
    fires('Trump said that no president had ever gotten this far in talks with Russia.', 'credit-claiming');
  });
  it('coaches, surgeons, councils, prices and the goals of the operation stay silent', () => {
    silent('The coach called the season very successful and useful for the young players.', 'credit-claiming');
    silent('The surgery went better than anyone could have imagined, the doctor said.', 'credit-claiming');
    silent("The council's initiative paved the way for a new park.", 'credit-claiming');
    silent('Prices rose more than in the past three years combined.', 'credit-claiming');
    silent('The goalkeeper played a decisive role in securing the title.', 'credit-claiming');
    silent('The derby was a great victory for the club.', 'credit-claiming');
    silent('We achieved strong results in the third quarter, the chief executive said.', 'credit-claiming');
    silent(ON_TOPIC + 'The special military operation will achieve all its goals, Putin said.', 'credit-claiming');
  });
});
