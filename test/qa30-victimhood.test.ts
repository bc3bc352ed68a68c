import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 30 (lexicons only): the other side answers the victimhood formulas in their own words.
 * Ukraine "forced to defend itself", the West "not waging a war against Russia" (the negator sits
 * inside the marker's gap, where the engine's negation does not look), "nobody is trying to cancel
 * Russian culture", "the only threat on Russia's borders is the one Moscow created". Each is stopped
 * by an `unless` pattern; Moscow's use of the same formula keeps firing.
 */
const spans = (text: string, category = 'victimhood') =>
  analyze(text).annotations.filter((a) => a.category === category && isPredictedSpan(a)).map((a) => `${a.marker}: ${a.text}`);

describe('Ukraine forced to defend itself is no Russian victimhood (qa30)', () => {
  it.each([
    'Ukraine was forced to defend itself against Russia\'s full-scale invasion, the EU said.',
    'Kyiv was left with no choice but to protect its people from Russian missile attacks.',
    'Zelensky said Ukraine had no choice but to protect its citizens from Russian drones.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
  it('Moscow\'s "forced to defend itself" still fires', () => {
    expect(spans('The Kremlin claims Russia was forced to defend itself when it invaded Ukraine.')).toContain('vic-forced-to-defend: forced to defend itself');
    expect(spans('Putin said Russia was forced to defend itself against NATO in Ukraine.')).toContain('vic-forced-to-defend: forced to defend itself');
  });
});

describe('the West denies waging war on Russia (qa30)', () => {
  it.each([
    'Europe is not waging any war against Russia, the German chancellor said of the war in Ukraine.',
    'NATO has never waged a war against Russia, the alliance said of the invasion of Ukraine.',
    'Western countries are not waging a proxy war against Russia in Ukraine, the UK said.',
    'The West is not waging a war against Russia; it is helping Ukraine defend itself, the Ukrainian minister said.',
    'Such strikes do not mean NATO is at war with Russia, the Ukrainian minister said.',
    'Supplying air defence to Ukraine does not make NATO at war with Russia, the alliance said.',
    'The West does not seek to inflict a strategic defeat on Russia, only to help Ukraine, the chancellor said.',
    'Nobody is trying to cancel Russian culture, the Ukrainian minister said of the war.',
    'The only threat on Russia\'s borders is the one Moscow created by invading Ukraine.',
    'The only threat to Russia\'s borders is Russia itself, the Estonian minister said of the war in Ukraine.',
    'The real danger at Russia\'s borders comes from the Kremlin itself, the Finnish president said.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
  it('the Russian formulas still fire', () => {
    expect(spans('Lavrov said the West is waging a hybrid war against Russia in Ukraine.')).toContain('vic-war-against-russia: West is waging a hybrid war against Russia');
    expect(spans('Medvedev said the collective West is openly at war with Russia in Ukraine.').map((s) => s.split(':')[0])).toContain('vic-west-really-at-war');
    expect(spans('The West has not stopped waging a hybrid war against Russia, Lavrov said of Ukraine.').length).toBeGreaterThan(0);
    expect(spans('The West wants to inflict a strategic defeat on Russia in Ukraine, Putin said.').length).toBeGreaterThan(0);
    expect(spans('Zakharova said the West is trying to cancel Russian culture because of the war in Ukraine.').length).toBeGreaterThan(0);
    expect(spans('Putin said Russia cannot accept threats on our borders from NATO in Ukraine.').length).toBeGreaterThan(0);
    expect(spans('The threats on our borders are Russia\'s main concern, Lavrov said of NATO in Ukraine.').length).toBeGreaterThan(0);
  });
});
