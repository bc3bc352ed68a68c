import { describe, expect, it } from 'vitest';
import { clip } from '../src/format/clip.js';
import { cli, repoPath } from './helpers.js';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('clip', () => {
  it('keeps a short string and cuts a long one with an ellipsis, within max', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcdef', 4)).toBe('abc…');
  });

  it('never leaves half an emoji before the ellipsis', () => {
    const s = `${'a'.repeat(158)}😀${'b'.repeat(10)}`;
    expect(clip(s, 160)).toBe(`${'a'.repeat(158)}…`);
    expect(clip(s, 161)).toBe(`${'a'.repeat(158)}😀…`);
    for (let max = 2; max < 40; max++) expect(clip('🇺🇦 😀 𝒜𝒷𝒸 '.repeat(5), max)).not.toMatch(LONE);
  });

  it('the terminal excerpt of a long sentence of emoji shows no replacement character', async () => {
    const r = await cli(['analyze', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], `The Kyiv regime ${'😀'.repeat(100)}.`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('> The Kyiv regime 😀');
    expect(r.out).not.toMatch(LONE);
  });
});
