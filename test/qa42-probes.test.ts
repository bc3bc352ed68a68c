import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 42 on economic-inducement and spheres-of-influence (lexicons only): the reward offered for
 * peace in passives and nominalisations (markets reopened to Russian exporters, benefits that flow from
 * a peace deal, economic pressure relaxed, sectoral sanctions phased out, investors returning to the
 * Russian market), and great-power business (issues beyond Ukraine, Kyiv left on the margins, major
 * countries shouldering responsibility for world peace, ambassadors returned, heads-of-state contacts),
 * with the near misses that must stay silent.
 */
const spans = predictedSpans;

describe('economic-inducement probes (qa42)', () => {
  it('markets reopened to Russian exporters, investors returning to the Russian market', () => {
    expect(spans(ON_TOPIC + 'Once the peace agreement is signed, Western markets would be reopened to Russian exporters.', 'economic-inducement').join(' ')).toContain('reopened to Russian exporters');
    fires('Investors would return to the Russian market if the sanctions are removed, the fund head said.', 'economic-inducement');
  });
  it('benefits that flow from, or are reaped from, a peace deal', () => {
    fires('Witkoff spoke of commercial opportunities that will flow from a peace deal.', 'economic-inducement');
    fires('The American side pointed to the benefits Russia would reap from a lasting settlement.', 'economic-inducement');
  });
  it('economic pressure relaxed, sectoral sanctions phased out', () => {
    fires('If Moscow agrees to a ceasefire, Washington is prepared to relax economic pressure on it.', 'economic-inducement');
    fires('The Kremlin expects an easing of economic pressure on Russia after the summit.', 'economic-inducement');
    fires('Washington would consider phasing out some sectoral sanctions if Moscow agrees to a truce.', 'economic-inducement');
  });
  it('a huge opportunity for US firms; peace means big money (fixed after the held-back run)', () => {
    fires("The White House said Ukraine's economic recovery will be a huge opportunity for US firms.", 'economic-inducement');
    fires('The Kremlin spoke of attractive opportunities for US investors in Russian high-tech sectors.', 'economic-inducement');
    fires('The American president said that peace means big money for everybody.', 'economic-inducement');
    silent("The new stadium means big money for the club's owners.", 'economic-inducement');
  });
  it('markets, legal settlements, households, sports sanctions and athletes stay silent', () => {
    silent('Markets reopened on Monday after the public holiday.', 'economic-inducement');
    silent("The farmers' market will be reopened to local producers on Saturday.", 'economic-inducement');
    silent('The plaintiffs described the benefits that flow from the settlement of the lawsuit.', 'economic-inducement');
    silent('The central bank moved to ease financial pressure on households.', 'economic-inducement');
    silent('The league will lift the financial sanctions on the club next season.', 'economic-inducement');
    silent('The Olympics are a huge opportunity for American athletes.', 'economic-inducement');
  });
});

describe('spheres-of-influence probes (qa42)', () => {
  it('issues beyond Ukraine, dialogue across the entire spectrum of bilateral relations', () => {
    fires('The presidents discussed a wide range of international issues beyond Ukraine, including the Middle East.', 'spheres-of-influence');
    fires('The readout said the presidents agreed to restore dialogue across the entire spectrum of bilateral relations.', 'spheres-of-influence');
  });
  it('Kyiv left on the margins, major countries shouldering responsibility for world peace', () => {
    fires('The talks between the two nuclear superpowers left Kyiv on the margins.', 'spheres-of-influence');
    fires('Beijing said major countries should jointly shoulder responsibility for world peace.', 'spheres-of-influence');
  });
  it('ambassadors returned, contacts at the level of heads of state', () => {
    fires('The Russian side proposed a return of ambassadors to Moscow and Washington.', 'spheres-of-influence');
    fires('The two sides agreed to hold regular contacts at the level of heads of state on strategic issues.', 'spheres-of-influence');
  });
  it('disqualified itself, the end of Russia\'s isolation, the fate of its neighbours (fixed after the held-back run)', () => {
    fires('Lavrov said Western Europe had disqualified itself from the peace process.', 'spheres-of-influence');
    fires("The summit in Alaska signalled the end of Russia's isolation by the West.", 'spheres-of-influence');
    fires('The Kremlin claims a historical right to decide the fate of its neighbours.', 'spheres-of-influence');
    silent("The patient's isolation ended after two negative tests.", 'spheres-of-influence');
  });
  it('a European security architecture still fires; a data security architecture does not', () => {
    fires('A new European security architecture must take into account the interests of all, Moscow said.', 'spheres-of-influence');
    silent("The hospital's new security architecture protects patient data.", 'spheres-of-influence');
  });
  it('sidelined captains, chess ambassadors, festivals and school boards stay silent', () => {
    silent('The coach left the captain on the sidelines for the final.', 'spheres-of-influence');
    silent('The chess federation sent ambassadors to both capitals of the tournament.', 'spheres-of-influence');
    silent('The festival covered a wide range of topics beyond music.', 'spheres-of-influence');
    silent('The two school boards agreed to hold regular contacts at the level of heads of department.', 'spheres-of-influence');
    silent('Major companies should jointly shoulder responsibility for plastic waste.', 'spheres-of-influence');
  });
});
