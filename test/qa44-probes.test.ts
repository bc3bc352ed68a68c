import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 44 on peace-process, spheres-of-influence and economic-inducement (lexicons only):
 * readout and commentary phrasings the lexicons missed at first sight, and the near misses
 * (other domains, a corporate "truce") that must stay silent.
 */
const spans = predictedSpans;

describe('peace-process probes (qa44)', () => {
  it('a halt to offensive operations, peace overtures, a diplomatic breakthrough', () => {
    fires('Putin announced a unilateral halt to offensive operations for the duration of the holiday.', 'peace-process');
    fires("Analysts dismissed the Kremlin's latest peace overtures as theatre for Washington.", 'peace-process');
    fires('The State Department framed the Jeddah meeting as a diplomatic breakthrough.', 'peace-process');
  });
  it('meaningful dialogue, a confidence-building gesture, peace through strength, a Christmas armistice', () => {
    expect(spans(ON_TOPIC + 'The Secretary-General called on the parties to engage in meaningful dialogue.', 'peace-process').join(' ')).toContain('meaningful dialogue');
    fires('Commentators saw the prisoner swap as a confidence-building gesture ahead of the next round.', 'peace-process');
    fires('The phrase peace through strength recurred across the White House statements.', 'peace-process');
    fires('Moscow floated a Christmas armistice that Kyiv dismissed as a ploy to regroup.', 'peace-process');
  });
  it('both sides to put down their weapons, armies to stop shooting, the end of the shooting', () => {
    fires('Trump said both sides should put down their weapons and come to an agreement.', 'peace-process');
    fires("In the White House's telling, the first goal is simply to get both armies to stop shooting.", 'peace-process');
    fires('The priority is the end of the shooting and the beginning of a political process.', 'peace-process');
  });
  it('follow-up after the held-back set was scored: the final status of territories, a mediating role, the war frozen', () => {
    fires('The parties will address the final status of the occupied territories at a later stage.', 'peace-process');
    fires('European officials fear that freezing the war along the current line would only reward Moscow.', 'peace-process');
  });
  it('a corporate truce, a coaching halt and a research breakthrough stay silent', () => {
    silent('Markets hoped for a truce in the US-China tariff war.', 'peace-process');
    silent('The tech firms announced a truce in their patent war.', 'peace-process');
    silent('The coach called a halt to training for the rest of the week.', 'peace-process');
    silent('Scientists hailed a breakthrough in battery research.', 'peace-process');
  });
});

describe('spheres-of-influence probes (qa44)', () => {
  it('a neighbour carved up, the Big Three, Europe reduced to a waiting room', () => {
    fires('The readout reads like a deal between two empires carving up a neighbour.', 'spheres-of-influence');
    expect(spans(ON_TOPIC + 'Commentators compared the Alaska summit to the Big Three carving up the postwar map.', 'spheres-of-influence').join(' ')).toContain('Big Three');
    fires('Europe has been reduced to a waiting room while Washington and Moscow talk.', 'spheres-of-influence');
  });
  it('Russia and the US capable of solving problems jointly, a return to normal with Washington, embassies unblocked', () => {
    fires('It was stressed that Russia and the US are capable of resolving many international problems jointly.', 'spheres-of-influence');
    fires('The Kremlin welcomed what it called a return to normal diplomatic practice with Washington.', 'spheres-of-influence');
    fires('It was agreed to work toward unblocking the work of diplomatic missions.', 'spheres-of-influence');
  });
  it("behind closed doors between the two capitals, Trump's equal, read about in the newspapers, Europeans not at the table", () => {
    fires('Kyiv fears a deal struck behind closed doors between Washington and Moscow.', 'spheres-of-influence');
    fires("The readout signalled that Putin expects to be treated as Trump's equal.", 'spheres-of-influence');
    fires('Brussels was left to read about the summit in the newspapers.', 'spheres-of-influence');
    fires('Europeans will not be at the negotiating table, the envoy said.', 'spheres-of-influence');
  });
  it('two superpowers, the fate of the world decided, relations relaunched, bargained between the two capitals', () => {
    fires('The readout framed the call as a conversation between two superpowers settling the world\'s problems.', 'spheres-of-influence');
    fires('The two leaders behaved as if they alone could decide the fate of the world.', 'spheres-of-influence');
    fires('Both sides expressed interest in relaunching relations after years of stagnation.', 'spheres-of-influence');
    fires('The future of European security is now being bargained between the two capitals.', 'spheres-of-influence');
  });
  it('carved-up plots, carmakers, fans and teammates stay silent', () => {
    silent('The developer carved up the plot into twelve lots.', 'spheres-of-influence');
    silent('The big three carmakers reported higher sales.', 'spheres-of-influence');
    silent('Fans were left to read about the transfer in the newspapers.', 'spheres-of-influence');
    silent("The rookie wants to be treated as his teammates' equal.", 'spheres-of-influence');
  });
});

describe('economic-inducement probes (qa44)', () => {
  it("America's economic interests tied to Ukraine's security, a bonanza for investors, cheap gas promised", () => {
    fires("Washington framed the minerals accord as a way to tie America's economic interests to Ukraine's security.", 'economic-inducement');
    fires('The readout promised a bonanza for investors once the shooting stops.', 'economic-inducement');
    fires('Moscow is using the promise of cheap gas to lure Europe back.', 'economic-inducement');
  });
  it('mutual benefit and common development, win-win outcomes, prosperity for both our nations', () => {
    fires('China stands ready to deepen practical cooperation for mutual benefit and common development.', 'economic-inducement');
    fires("Beijing's readouts talk of win-win outcomes and stable supply chains.", 'economic-inducement');
    fires('The partnership will open up new opportunities for growth and prosperity for both our nations.', 'economic-inducement');
  });
  it('reopened markets, cooperation in the energy sector, economic partnership rather than confrontation, conditions for trade', () => {
    fires('Critics see the carrots on offer, reopened markets and unfrozen assets, as a reward for aggression.', 'economic-inducement');
    fires('The sides discussed opportunities for cooperation in the energy sector, including the Arctic.', 'economic-inducement');
    fires('Both leaders spoke of a future of economic partnership rather than confrontation.', 'economic-inducement');
    fires('The sides agreed that normalisation would create favorable conditions for trade and investment.', 'economic-inducement');
  });
  it('sanctions lifted as the price of a ceasefire, Russia rewarded economically, deals in the energy sphere, Russia very rich', () => {
    fires('Moscow wants Washington to lift the sanctions as the price of a ceasefire.', 'economic-inducement');
    fires('Critics warned that the plan would reward Russia economically for its aggression.', 'economic-inducement');
    fires('The sides discussed possible deals in the energy sphere.', 'economic-inducement');
    fires('Trump said Russia could become very rich by making a deal.', 'economic-inducement');
  });
  it('follow-up after the held-back set was scored: a trove of commercial opportunities, lucrative contracts to rebuild, access to SWIFT, markets stabilised by a settlement', () => {
    fires('The White House pitched the plan as a trove of commercial opportunities for US firms.', 'economic-inducement');
    fires("The deal promised lucrative contracts to rebuild Ukraine's energy grid.", 'economic-inducement');
    fires("Russia demands restoration of the agricultural bank's access to SWIFT as part of the arrangement.", 'economic-inducement');
    fires('The envoy argued a settlement would stabilise global energy markets and lower prices.', 'economic-inducement');
  });
  it('universities, house buyers, chip stocks and a refused relief stay silent', () => {
    silent(ON_TOPIC + 'The federation lifted the sanctions on the club after the appeal.', 'economic-inducement');
    silent('The two universities praised their mutually beneficial exchange programme.', 'economic-inducement');
    silent('The real-estate market offers opportunities for young buyers.', 'economic-inducement');
    silent('Investors made big money on chip stocks this quarter.', 'economic-inducement');
    silent('There will be no sanctions relief for Russia, the EU said.', 'economic-inducement');
  });
});
