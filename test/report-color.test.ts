import { describe, expect, it } from 'vitest';
import { contrast, textOn, tint } from '../src/report/color.js';
import { CATEGORY_LOOKS } from '../src/report/palette.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';

describe('report colours', () => {
  it('every category colour reads on white (tags, underlines, legend): contrast at least 4.5', () => {
    for (const id of CATEGORY_IDS) expect(contrast(CATEGORY_LOOKS[id].color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('heat map cells keep their number readable at every score: text contrast at least 4.5', () => {
    for (const id of CATEGORY_IDS) {
      for (let s = 0; s <= 1.0001; s += 0.05) {
        const bg = tint(CATEGORY_LOOKS[id].color, s * 0.9);
        expect(contrast(bg, textOn(bg)), `${id} at ${s.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('tint runs from white to the colour', () => {
    expect(tint('#0369a1', 0)).toBe('#ffffff');
    expect(tint('#0369a1', 1)).toBe('#0369a1');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
