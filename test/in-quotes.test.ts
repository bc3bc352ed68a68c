import { describe, expect, it } from 'vitest';
import { inQuotes } from '../src/format/in-quotes.js';

describe('inQuotes (format/in-quotes.ts)', () => {
  it('quotes a wording once', () => {
    expect(inQuotes('Kyiv regime')).toBe('"Kyiv regime"');
    expect(inQuotes('"Peace cannot be negotiated," he said')).toBe('"Peace cannot be negotiated," he said');
    expect(inQuotes('barbaric and “illegitimate”')).toBe('barbaric and “illegitimate”');
  });
});
