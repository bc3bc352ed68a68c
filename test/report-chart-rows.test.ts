import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { categoryChart } from '../src/report/chart.js';
import { CATEGORY_ORDER } from '../src/report/palette.js';

// Each category's group (its thick bar, then author, quoted and reported thin bars) must read as one group: a reported bar
// that sits as close to the next category's label as to its own reads as the next category's (fear appeal 0.58 above loaded language 0.00).
const chart = categoryChart(analyze('The Kyiv regime refused. The risk of escalation is clearly growing, he said.'));
const rects = [...chart.matchAll(/<rect class="bar (total|voice)" data-cat="([a-z-]+)"[^>]* y="([\d.]+)"[^>]* height="([\d.]+)"/g)]
  .map((m) => ({ cat: m[2], top: Number(m[3]), bottom: Number(m[3]) + Number(m[4]) }));
const labels = [...chart.matchAll(/<text x="\d+" y="([\d.]+)" text-anchor="end"[^>]*>([A-Z]{2}) /g)].map((m) => Number(m[1]));

describe('category chart rows', () => {
  const groups = CATEGORY_ORDER.map((id) => rects.filter((r) => r.cat === id));

  it('leaves between two categories at least three times the gap between bars of one category', () => {
    for (let i = 0; i + 1 < groups.length; i++) {
      const inner = Math.max(...groups[i].slice(1).map((r, k) => r.top - groups[i][k].bottom));
      const between = groups[i + 1][0].top - groups[i][groups[i].length - 1].bottom;
      expect(between).toBeGreaterThanOrEqual(3 * inner);
    }
  });

  it('sets each label on its category\'s thick bar', () => {
    expect(labels).toHaveLength(CATEGORY_ORDER.length);
    labels.forEach((y, i) => { expect(y).toBeGreaterThan(groups[i][0].top); expect(y).toBeLessThanOrEqual(groups[i][0].bottom); });
  });
});
