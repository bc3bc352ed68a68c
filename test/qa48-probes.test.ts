import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 48 on peace-process, spheres-of-influence and economic-inducement (lexicons only):
 * mediators and third countries (Turkey, the Gulf, China's Li Hui, the Vatican, Hungary, Slovakia),
 * Kremlin and US-envoy briefings, think-tank commentary and twice-translated English that the
 * lexicons missed at first sight, and the near misses that must stay silent.
 */
const spans = predictedSpans;

describe('peace-process probes (qa48)', () => {
  it("a mediator's good offices or mediation named by its nationality, shuttle diplomacy", () => {
    fires("Abu Dhabi's good offices have once again proved their worth, the Emirati statement said.", 'peace-process');
    expect(spans(ON_TOPIC + 'Special envoy Li Hui said China will continue its shuttle diplomacy to promote negotiations.', 'peace-process').join(' ')).toContain('shuttle diplomacy');
  });
  it('an armistice as a goal, concessions asked of both sides', () => {
    expect(spans(ON_TOPIC + 'Kellogg argued that a freeze could serve as the starting point for an armistice.', 'peace-process').join(' ')).toContain('armistice');
    fires('Rubio said both sides will have to make concessions for the war to end.', 'peace-process');
    fires('A settlement will require painful compromises, the Swiss foreign minister said.', 'peace-process');
  });
  it('follow-up after the held-back set was scored: a place where the sides could meet, interest in talks, contacts on a settlement', () => {
    fires('Pope Leo offered the Vatican as a place where the two sides could meet.', 'peace-process');
    fires('Analysts warned that the Kremlin is feigning interest in talks.', 'peace-process');
    fires('Dmitriev said contacts with the American side on a settlement are proceeding in a working rhythm.', 'peace-process');
  });
  it('remaining sticking points, principles for de-escalation, dialogue between all parties', () => {
    fires('Witkoff said the remaining sticking points concern territory and the Zaporizhzhia plant.', 'peace-process');
    fires('The China-Brazil consensus calls on all parties to observe three principles for de-escalation.', 'peace-process');
    fires('The communiqué said that reaching peace requires the involvement of and dialogue between all parties.', 'peace-process');
  });
  it('both sides wanted at the table', () => {
    fires('Kellogg said the administration wants both sides at the table by the end of the month.', 'peace-process');
    silent('The host wants both families at the table by seven.', 'peace-process');
  });
  it('Armistice Day, a shuttle bus, a coach and an agent stay silent', () => {
    silent('Veterans gathered for the Armistice Day parade.', 'peace-process');
    silent('A shuttle bus runs between the terminal and the car park.', 'peace-process');
    silent("The striker's agent refused to make concessions on the wage.", 'peace-process');
  });
});

describe('spheres-of-influence probes (qa48)', () => {
  it('a meeting of two equals deciding, Kyiv informed after the fact or left without a seat', () => {
    fires("Moscow's readout cast the conversation as a meeting of two equals deciding Europe's future.", 'spheres-of-influence');
    fires("Kyiv's diplomats complained they were informed only after the fact of what had been agreed in Riyadh.", 'spheres-of-influence');
    fires('The Washington Post noted that the summit format left Kyiv without a seat at the table.', 'spheres-of-influence');
  });
  it('shaping the world together, a junior partner to China, the spirit of the Elbe', () => {
    fires('Witkoff said the two countries could shape the world together once the war is over.', 'spheres-of-influence');
    fires("Rubio said it was not in America's interest for Russia to become a permanent junior partner to China.", 'spheres-of-influence');
    fires('The Kremlin readout invoked the spirit of the Elbe as a model for the two nations.', 'spheres-of-influence');
  });
  it('decided by Russia and USA, the Americans and the Russians agreeing among themselves', () => {
    fires('Was underlined that questions of European security should be decided by Russia and USA.', 'spheres-of-influence');
    fires('Fico argued that the Americans and the Russians will agree among themselves anyway.', 'spheres-of-influence');
  });
  it('follow-up after the held-back set was scored: Europe watching from the stands, Europe incapable of being an independent player', () => {
    fires('A Le Monde editorial said Europe was reduced to watching from the stands as Washington and Moscow negotiated.', 'spheres-of-influence');
    fires('Lavrov said the Americans understand that Europe is incapable of being an independent player.', 'spheres-of-influence');
    silent('Fans watched from the stands as the rain fell.', 'spheres-of-influence');
  });
  it('talks with Washington alone, European leaders left behind, a deal Kyiv had no part in drafting, recognition as a great power', () => {
    fires("Commentators saw in the readout a bid to reopen Europe's post-Cold War order with Washington alone.", 'spheres-of-influence');
    fires('The Hungarian foreign minister said European leaders were left behind while the Americans and Russians talk.', 'spheres-of-influence');
    fires('Critics said Kyiv was being asked to sign a deal it had no part in drafting.', 'spheres-of-influence');
    fires("A Foreign Affairs essay argued the Kremlin seeks recognition as one of the world's great powers.", 'spheres-of-influence');
    silent('The tenants had no part in drafting the new rules, the landlord admitted.', 'spheres-of-influence');
    silent("The club craves recognition as one of the league's great sides.", 'spheres-of-influence');
  });
  it('Europe cast as paymaster, special responsibility as permanent members, the fate of the world discussed by the two presidents', () => {
    fires('Le Figaro said the Europeans had been relegated to the role of paymasters.', 'spheres-of-influence');
    fires('Lavrov said Russia and the United States have a special responsibility as permanent members of the Security Council.', 'spheres-of-influence');
    fires('Peskov said it was logical that the fate of the world was discussed by the two presidents.', 'spheres-of-influence');
    silent('The uncle was cast in the role of paymaster at the wedding.', 'spheres-of-influence');
    silent('The fate of the match was decided by the two referees.', 'spheres-of-influence');
  });
  it('chefs, a chess final, a patient, a bakery and a cruise stay silent', () => {
    silent('The two rival chefs agreed among themselves to share the kitchen.', 'spheres-of-influence');
    silent('The chess final was a meeting of two equals.', 'spheres-of-influence');
    silent("The patient's family was informed after the fact.", 'spheres-of-influence');
    silent('The new bakery has widened its sphere of influence across the district.', 'spheres-of-influence');
    silent('The cruise ship sailed along the Elbe to Dresden.', 'spheres-of-influence');
  });
});

describe('economic-inducement probes (qa48)', () => {
  it('opportunities and arrangements that would follow a settlement, investing in joint ventures', () => {
    fires('Witkoff spoke of compelling business opportunities that would follow a peace deal.', 'economic-inducement');
    fires('The UAE offered to facilitate the trade arrangements that would follow a settlement.', 'economic-inducement');
    fires('The Saudi side expressed interest in investing in joint ventures once conditions allow.', 'economic-inducement');
  });
  it('peace buying with reconstruction money, half the profits, reintegration into the global economy', () => {
    fires('Critics said Washington was trying to buy peace with promises of reconstruction money.', 'economic-inducement');
    expect(spans(ON_TOPIC + 'Under the plan, the US would receive half the profits of the reconstruction fund.', 'economic-inducement').join(' ')).toContain('half the profits');
    fires("The readout's talk of reintegration into the global economy reads as a sweetener for the Kremlin.", 'economic-inducement');
  });
  it('trade targets, gas transit restored, jobs and growth brought by a settlement', () => {
    fires('Erdogan said a settlement would allow bilateral trade to reach the target of 100 billion dollars.', 'economic-inducement');
    fires('Fico wants the gas transit restored after the war.', 'economic-inducement');
    fires('Orban argued that a settlement would bring jobs and economic growth back to Europe.', 'economic-inducement');
  });
  it('follow-up after the held-back set was scored: stability of the world economy, profitable deals with Moscow, cheap gas brought back, joint Arctic drilling, aid turned into a transaction', () => {
    fires('Beijing said a political settlement would benefit stability of the global economy and food security.', 'economic-inducement');
    fires('A think-tank brief argued that Trump sees the war mainly as an obstacle to profitable deals with Moscow.', 'economic-inducement');
    fires('Fico said peace would bring back cheap gas and save Slovak industry.', 'economic-inducement');
    fires('The Financial Times reported that Moscow was pitching joint Arctic drilling to American oil majors.', 'economic-inducement');
    fires('Critics said the minerals deal turned US support into a transaction.', 'economic-inducement');
  });
  it('rare-earth concessions, peace seen as a business opportunity', () => {
    fires('Commentators said the Kremlin was baiting Washington with talk of rare-earth concessions.', 'economic-inducement');
    fires('An Atlantic Council analyst said the White House sees peace above all as a business opportunity.', 'economic-inducement');
  });
  it('the big potential of Russian-American cooperation, Russia as a commercial partner, a share in the Arctic riches', () => {
    fires('The Kremlin readout stressed the big potential of Russian-American cooperation in the economy.', 'economic-inducement');
    fires('A New York Times analysis said the White House saw Russia as a commercial partner rather than an adversary.', 'economic-inducement');
    fires("Witkoff said Russia and America could share in the Arctic's riches.", 'economic-inducement');
    silent('The museum saw the sponsor as a commercial partner.', 'economic-inducement');
    silent("The siblings split their grandmother's wealth.", 'economic-inducement');
  });
  it('a bakery, a sponsor, a hospital and a storm stay silent', () => {
    silent("The club's lucrative sponsorship deal was renewed for five years.", 'economic-inducement');
    silent('The hospital received new investment for its cancer ward.', 'economic-inducement');
    silent('The storm disrupted supply chains across the county.', 'economic-inducement');
    silent('The partner will receive half the profits from the new cafe.', 'economic-inducement');
  });
});
