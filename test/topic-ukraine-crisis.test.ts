import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const ANSWER = `Q: The US and Russian presidents will meet again next week. What is China's comment?

A: China's position on the Ukraine crisis is consistent and clear. We believe that dialogue and negotiation are the only viable way out of the crisis. China welcomes all efforts conducive to peace, and we hope that the parties concerned will continue to work towards a fair and lasting settlement that addresses the legitimate concerns of all sides. China did not start this crisis and is not a party to it.`;

describe('a briefing answer on "the Ukraine crisis" is on the topic of the war', () => {
  it('counts "the Ukraine crisis" as the war and the place, so the answer\'s markers are not scored as off-topic', () => {
    const r = analyze(ANSWER);
    expect(r.categories['peace-process'].detected).toBe(true);
    const dialogue = r.annotations.find((a) => a.marker === 'pp-dialogue-negotiation')!;
    expect(dialogue.score).toBeGreaterThan(0.4); // x0.3 off-topic made it 0.15
  });
  it('leaves a business story with a "crisis" in it off the topic', () => {
    const text = 'The housing crisis deepened this year. The minister said the board had agreed on dialogue and negotiation with the tenants, and the council welcomed all efforts conducive to peace on the estate. Rents rose again in March, and the agents expect a further rise before the summer.';
    const dialogue = analyze(text).annotations.find((a) => a.marker === 'pp-dialogue-negotiation');
    expect(dialogue?.score ?? 0).toBeLessThan(0.2);
  });
});
