import { describe, expect, it } from 'vitest';
import { canonicalSpelling } from '../src/pipeline/normalize.js';

describe('British -our spellings read as American ones (normalize.ts)', () => {
  it.each([
    ['neighbourhoods', 'neighborhoods'], ['neighbouring', 'neighboring'], ['favourable', 'favorable'], ['honourably', 'honorably'],
    ['favourites', 'favorites'], ['behavioural', 'behavioral'], ['labourers', 'laborers'], ['colourful', 'colorful'], ['humour', 'humor'],
  ])('%s -> %s', (british, american) => {
    expect(canonicalSpelling(british)).toBe(american);
    expect(canonicalSpelling(american)).toBe(american);
  });
  it('leaves words that only hold "our" as they are', () => {
    for (const w of ['journal', 'yours', 'courage', 'fourteen', 'ourselves', 'source']) expect(canonicalSpelling(w)).toBe(w);
  });
});
