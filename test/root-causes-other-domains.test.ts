import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';

/** Root-causes annotations of a text that count as predicted spans (eval's floor). */
const spans = (text: string) => analyze(text).annotations.filter((a) => a.category === 'root-causes' && isPredictedSpan(a));

describe('bare "root causes" in other domains', () => {
  // Several sentences each, so that the off-topic rule of pipeline/topic.ts applies as it does to a news story.
  const offTopic = [
    'The club held a long meeting after the third straight defeat. The new manager promised to tackle the root causes of the slump before the derby. '
      + 'Fans want to see more effort in training and a settled back four by the end of the month.',
    'The heat lingered over the valley for another week. Forecasters said they had looked at the root causes of the unusual dry spell in the region. '
      + 'Farmers were told to expect the first rain on Thursday evening, with cooler nights to follow.',
    'The retailer reported weaker sales for the quarter. Its chief executive said the board would address the root causes of falling margins this year. '
      + 'Shares closed slightly higher as analysts welcomed the plan to cut costs.',
    'The clinic published its yearly figures on Monday. Nurses said that only eradicating the root causes of childhood obesity would ease the waiting lists. '
      + 'A new programme of school visits begins in the spring.',
    'The residents met the council about the litter in the park. They put the question of the root causes on the agenda for the next meeting. '
      + 'Volunteers will collect bags on Saturday morning and the bins will be emptied twice a week.',
    'The hospital trust met its regulator on Tuesday. The report said that without a solution to the root causes, waiting times for surgery would keep growing. '
      + 'Two new theatres open next year and more nurses are being trained.',
  ];
  for (const text of offTopic) {
    it(`leaves no predicted span: ${text.slice(0, 40)}...`, () => {
      expect(spans(text)).toEqual([]);
    });
  }
  it('still reads the bare formula and "root causes of the conflict" in texts about the war', () => {
    const bare = spans('Moscow insists that Ukraine and NATO must deal with the root causes first, the Kremlin said after the talks on the war.');
    expect(bare.map((a) => a.text)).toContain('deal with the root causes');
    const named = spans('The Russian foreign minister said any settlement in Ukraine must eliminate the root causes of the conflict.');
    expect(named.map((a) => [a.marker, a.score])).toEqual([['rc-root-causes-of-crisis', 0.9]]);
  });
});
