import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const markers = (text: string) => analyze(text).annotations.map((a) => `${a.category}:${a.marker}`);

describe("a critic's 'amount to capitulation' is loaded-language, a demand for it is maximalist-demands", () => {
  it('reads a verdict that terms amount to (Ukraine\'s) surrender or capitulation as no maximalist demand', () => {
    for (const text of [
      'The Ukrainian foreign minister said the Russian proposal amounted to total surrender.',
      'Kyiv warned that the Kremlin memorandum would amount to Ukraine\'s capitulation.',
    ]) {
      expect(markers(text).filter((m) => m.startsWith('maximalist-demands')), text).toEqual([]);
      expect(markers(text).some((m) => m.startsWith('loaded-language')), text).toBe(true);
    }
  });
  it('still reads the demand for it', () => {
    expect(markers('The Kremlin demanded the complete capitulation of Ukraine before any ceasefire.')).toContain('maximalist-demands:md-capitulation');
    expect(markers('Russian negotiators in Istanbul insisted on Kyiv\'s surrender, Zelensky said.')).toContain('maximalist-demands:md-ukraine-capitulation');
  });
});
