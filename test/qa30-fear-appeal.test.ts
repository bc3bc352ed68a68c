import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/**
 * QA pass 30 (lexicons only): fear-appeal amplifies war fears; the answer that plays them down in the
 * same words ("the risk of nuclear escalation is low", "fears of a nuclear war are overblown", "we do
 * not believe Russia will use nuclear weapons") is the opposite frame. The feared-outcome markers carry
 * an `unless` for a risk, fear or outcome said to be low, remote, overstated, unlikely or a bluff.
 * "Nuclear blackmail" in a Ukrainian denunciation stays fear-appeal, as the dev gold has it.
 */
const spans = (text: string) =>
  analyze(text).annotations.filter((a) => a.category === 'fear-appeal' && isPredictedSpan(a)).map((a) => a.text);

describe('war fears played down are not amplified (qa30)', () => {
  it.each([
    'The risk of nuclear escalation over Ukraine is low, the NATO Secretary-General said.',
    'Fears of a nuclear war over Ukraine are overblown, the Ukrainian foreign minister said.',
    'The danger of a third world war is greatly exaggerated, the Polish minister said of Ukraine.',
    'Moscow\'s talk of world war three is a bluff, Kyiv said.',
    'Nuclear escalation over Ukraine is unlikely, Western intelligence officials said.',
    'The threat of a wider war in Europe is not imminent, the German defence minister said of Ukraine.',
    'We do not believe Russia will use nuclear weapons in Ukraine, the US official said.',
    'The risk of a war between Russia and NATO remains remote, the Secretary-General said of Ukraine.',
    'The danger of a wider European war is greatly overstated, the Ukrainian foreign minister said.',
    'The risk of escalation over Ukraine\'s strikes is minimal, the Lithuanian minister said.',
    'The likelihood of nuclear use over Ukraine is still low, US officials said.',
    'The risk of a direct clash between nuclear powers over Ukraine is low, the Secretary-General said.',
    'The danger of a NATO-Russia war is overblown, the Estonian prime minister said of Ukraine.',
    'The danger of a nuclear catastrophe over Ukraine is remote, the IAEA chief said.',
    'The threat of nuclear Armageddon is greatly overstated, the Ukrainian foreign minister said.',
    'Fears of a spiral of escalation over Ukraine are exaggerated, the Finnish president said.',
    'Fears of a Russian attack on NATO are exaggerated, the Hungarian prime minister said of the war in Ukraine.',
    'The risk that Russia attacks a NATO country is low, the German chancellor said of the war in Ukraine.',
    'The risk of a global conflict over Ukraine remains very low, the Secretary-General said.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
  it('the fears amplified still fire, and so does "nuclear blackmail" in the answer', () => {
    expect(spans('The risk of nuclear escalation over Ukraine is growing, the Secretary-General warned.')).toContain('nuclear escalation');
    expect(spans('The danger of a third world war is real, Lavrov said of Western arms for Ukraine.')).toContain('third world war');
    expect(spans('Medvedev said the risk of nuclear war over Ukraine is higher than ever.')).toContain('nuclear war');
    expect(spans('The risk of a war between Russia and NATO is growing, the Secretary-General said of Ukraine.').length).toBeGreaterThan(0);
    expect(spans('Lavrov warned of the danger of a direct clash between nuclear powers over Ukraine.').length).toBeGreaterThan(0);
    expect(spans('The danger of a nuclear catastrophe at Zaporizhzhia is growing, the IAEA chief warned.')).toContain('nuclear catastrophe');
    expect(spans('Moscow\'s nuclear blackmail will not frighten us, the Ukrainian foreign ministry said.')).toContain('nuclear blackmail');
  });
});
