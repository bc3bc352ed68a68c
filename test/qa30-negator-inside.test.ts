import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 30 (lexicons only): a marker whose pattern runs from its subject over a gap or an adverb to its
 * verb ("the Europeans are fanning the flames", "NATO could be drawn into direct combat") also matched
 * the denial with the negator inside ("the Europeans are not fanning the flames"), where the engine's
 * negation, which looks before a marker, does not see it. These markers now carry an `unless` for a
 * negator inside their match. Found by negating every example of the six categories after its first
 * auxiliary; markers whose patterns hold their own negator are left alone.
 */
const fired = (text: string, marker: string) =>
  analyze(text).annotations.filter((a) => a.marker === marker && isPredictedSpan(a)).map((a) => a.text);

describe('a negator inside the match stops the marker (qa30)', () => {
  it.each([
    ['vic-russians-killed-by-kyiv', 'Russian journalists are not being killed by the Kiev regime, the Ukrainian foreign ministry said.'],
    ['vic-russian-speakers-discriminated', 'The Russian-speaking residents of Ukraine have not been subjected to systematic discrimination, the OSCE found.'],
    ['vic-orthodox-church-persecuted', 'Kyiv said canonical churches are not being seized across Ukraine.'],
    ['vic-west-fuels-war', 'The EU said the Europeans are not fanning the flames of war in Ukraine.'],
    ['vic-pause-to-rearm', 'Zelensky said Kyiv would not exploit any truce to rearm.'],
    ['vic-kyiv-breaks-truce', 'Kyiv says the Ukrainian army has not breached the energy truce.'],
    ['vic-persecuting-russian-speakers', 'Russian-speaking residents of Latvia are not treated as second-class citizens, Riga said.'],
    ['vic-western-weapons-kill-russians', 'London said British missiles are not killing Russian civilians.'],
    ['vic-compatriots-persecuted', 'Russian-speaking people in Ukraine are not persecuted, the Ukrainian foreign ministry said.'],
    ['vic-west-wants-war', 'London is not preparing an attack on Russia, the British embassy said.'],
    ['vic-humiliation', 'Russia was never humiliated by the West, the Polish foreign minister said.'],
    ['fa-russia-next', 'Russia could not attack a NATO country within five years, the Hungarian minister claimed.'],
    ['fa-drawn-into-war', 'NATO will not be drawn into direct combat in Ukraine, the Secretary-General said.'],
    ['fa-war-spreads', 'The war could not spill over into NATO territory, the Hungarian minister claimed.'],
    ['fa-brink', 'Such deliveries would not mark the point of no return in this war, the minister said.'],
    ['ha-lives-lost-weekly', 'Thousands of lives are not lost every week, the Kremlin spokesman claimed.'],
    ['ha-energy-strikes-in-winter', 'The Russian defence ministry said the missiles were never aimed at heating plants as winter arrives.'],
    ['ha-destroyed-cities', 'Whole cities have not been destroyed by Russian shelling, the Russian envoy claimed.'],
    ['cc-satisfaction-with-results', 'The spokesman said Moscow was not pleased with the outcome of the talks on Ukraine.'],
    ['cc-plan-won-broad-support', 'Beijing\'s position has not won broad understanding and support.'],
    ['cc-spirit-relations-best', 'Beijing says bilateral ties are not at their best in history.'],
  ])('%s: %s', (marker, text) => expect(fired(text, marker)).toEqual([]));
  it('the affirmative sentences and the markers\' own negators still fire', () => {
    expect(fired('The spokesman said the Europeans are fanning the flames of war.', 'vic-west-fuels-war').length).toBeGreaterThan(0);
    expect(fired('NATO could soon be drawn into direct combat, the analyst warned.', 'fa-drawn-into-war').length).toBeGreaterThan(0);
    expect(fired('Putin will not stop at Ukraine, the minister warned.', 'fa-russia-next').length).toBeGreaterThan(0);
    expect(fired('Thousands of lives are lost every week.', 'ha-lives-lost-weekly').length).toBeGreaterThan(0);
    expect(fired('Russian missiles were aimed at heating plants as winter arrives, Kyiv said.', 'ha-energy-strikes-in-winter').length).toBeGreaterThan(0);
    expect(fired('Russia was not taken seriously for decades, Putin said.', 'vic-humiliation').length).toBeGreaterThan(0);
  });
});
