import { describe, expect, it } from 'vitest';
import { fires, ON_TOPIC, predictedSpans, silent } from './helpers.js';

/**
 * QA pass 51 on economic-inducement and spheres-of-influence (lexicons only): readout and commentary
 * phrasings the lexicons missed at first sight, and near misses (other domains) that must stay silent.
 * Scores (probe hit = a predicted span of the category overlapping the expected span): first set of 20
 * per category EI 14/20, SoI 18/20 at first sight (near misses 1/10 fired, a tennis "superpowers"),
 * 20/20 and 19/20 after the fix; second set of 10 EI 4/10, SoI 6/10 -> 10/10, 9/10; held-back fresh set
 * of 10 (run once, not fixed): EI 4/10 (1/5 near misses fired), SoI 4/10 (0/5).
 */
const spans = predictedSpans;

describe('economic-inducement probes (qa51)', () => {
  it('economic ties after the war, a flood of capital brought by peace', () => {
    expect(spans(ON_TOPIC + 'Vance argued that economic ties after the war would give both Russia and Ukraine a stake in keeping the peace.', 'economic-inducement').join(' ')).toContain('economic ties after the war');
    fires('A settlement will bring a wave of foreign investment into the region, the Treasury Secretary said.', 'economic-inducement');
  });
  it('the promise of prosperity, access to a market dangled', () => {
    fires('A Reuters analysis said Washington was counting on the promise of prosperity to persuade both sides.', 'economic-inducement');
    fires('Commentators noted that Moscow dangled access to its vast market as a reward for abandoning Kyiv.', 'economic-inducement');
  });
  it('obstacles to Russian exports removed, Western brands returning', () => {
    fires('Was noted readiness of Russian side to resume supplies upon removal of obstacles to Russian agricultural exports.', 'economic-inducement');
    fires('The Kremlin signalled that the return of Visa and Mastercard could be on the agenda.', 'economic-inducement');
  });
  it('US business participation, opportunities in Russia, access to dollar settlements (round 2)', () => {
    fires('The Russian side expressed readiness to consider American business participation in projects in the Russian Arctic and Far East.', 'economic-inducement');
    fires('The Kremlin hinted at investment opportunities in Russia worth trillions for US companies.', 'economic-inducement');
    fires("Putin's envoy said a deal could restore Russian exporters' access to dollar settlements.", 'economic-inducement');
  });
  it('the lure of Arctic oil, economically invested in Ukraine, the US could do a lot of business (round 2)', () => {
    fires("Moscow is trying to buy Washington's goodwill with the lure of Arctic oil, a Guardian columnist wrote.", 'economic-inducement');
    fires('The Treasury Secretary said the minerals agreement signals to Russia that the US is economically invested in a free Ukraine.', 'economic-inducement');
    fires('Trump mused that Russia has a lot of valuable land and that the US could do a lot of business there.', 'economic-inducement');
  });
  it('start-ups, history and Ukrainian exports stay silent', () => {
    silent('The bakery could do a lot of business at the fair.', 'economic-inducement');
    silent('The fund manager sees investment opportunities in Vietnam for pension funds.', 'economic-inducement');
    silent('The startup attracted a flood of foreign capital after its product launch.', 'economic-inducement');
    silent('Trade relations after the war of 1812 were slow to recover.', 'economic-inducement');
    silent('The EU agreed on the removal of barriers to Ukrainian agricultural exports.', 'economic-inducement');
    silent('The striker signed a lucrative contract extension.', 'economic-inducement');
  });
});

describe('spheres-of-influence probes (qa51)', () => {
  it('a condominium with Washington, co-guarantors of world order', () => {
    fires("Analysts read the readout as Moscow's bid for a condominium with Washington over Eastern Europe.", 'spheres-of-influence');
    fires("Moscow's readout cast the two countries as co-guarantors of world order.", 'spheres-of-influence');
  });
  it('a new page in Russian-American relations', () => {
    expect(spans(ON_TOPIC + 'Lavrov expressed hope for a new page in Russian-American relations.', 'spheres-of-influence').join(' ')).toContain('new page');
  });
  it('great powers write the rules, spectators of their own security, the two largest powers among themselves (round 2)', () => {
    fires('An op-ed said the Anchorage summit sent the message that great powers again write the rules.', 'spheres-of-influence');
    fires('Macron complained that Europeans were being treated as mere spectators of their own security.', 'spheres-of-influence');
    fires('Orban said the world would be safer if the two largest powers simply agreed among themselves.', 'spheres-of-influence');
  });
  it('sports superpowers, condominium boards and other relations stay silent', () => {
    silent('The referees were treated as mere spectators of their own match.', 'spheres-of-influence');
    silent('The club owners set the rules for the new season.', 'spheres-of-influence');
    silent("The two superpowers of women's tennis will meet in the final.", 'spheres-of-influence');
    silent('Both ministers hailed a new chapter in Polish-Ukrainian relations.', 'spheres-of-influence');
    silent('The condominium board met with the tenants on Tuesday.', 'spheres-of-influence');
    silent('The company reset its quarterly targets.', 'spheres-of-influence');
  });
});
