import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// An analyst whose download failed gets an empty file; its zero scores must not read as a text without framing.
describe('an empty input is named on stderr, and still gives a valid result (exit 0)', () => {
  it.each([[''], [' \n\t\n'], ['\ufeff']])('analyze of %j', async (text) => {
    const r = await cli(['analyze', '-', '--format', 'json'], text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).annotations).toEqual([]);
    expect(r.err).toBe('framelens: <stdin>: the text is empty, so nothing was found in it (was the file saved or downloaded whole?)\n');
  });

  it('report and compare too', async () => {
    expect((await cli(['report', '-'], '')).err).toContain('framelens: <stdin>: the text is empty');
    const r = await cli(['compare', '-', '/dev/null'], 'The Kyiv regime refused.');
    expect(r.code).toBe(0);
    expect(r.err).toBe('framelens: /dev/null: the text is empty, so nothing was found in it (was the file saved or downloaded whole?)\n');
  });

  it('markup without prose is named so, with the way to read it as it is', async () => {
    const r = await cli(['analyze', '-', '--strip', 'html'], '<html><head><script>var a = 1;</script></head><body></body></html>');
    expect(r.code).toBe(0);
    expect(r.err).toBe('framelens: <stdin>: no prose left once the markup is read past, so nothing was found in it (--strip none reads it as it is)\n');
  });

  it('a text with words gets no such warning', async () => {
    expect((await cli(['analyze', '-'], 'The Kyiv regime refused.')).err).toBe('');
  });
});
