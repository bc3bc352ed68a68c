import { describe, expect, it } from 'vitest';
import { quoteInput } from '../src/errors.js';
import { clip, clipAround } from '../src/format/clip.js';
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

describe('clipAround: the excerpt under a strongest marker', () => {
  it('is the whole sentence when it fits', () => {
    expect(clipAround('xx The Kyiv regime refused. yy', 3, 27, 7, 18, 160)).toBe('The Kyiv regime refused.');
  });

  it('holds the marker of a long sentence, within max, with an ellipsis at each cut end', () => {
    const sentence = `${'Lorem ipsum dolor sit amet. '.repeat(10)}the Kyiv regime ${'and more words follow here. '.repeat(10)}`;
    const at = sentence.indexOf('Kyiv regime');
    const shown = clipAround(sentence, 0, sentence.length, at, at + 11, 160);
    expect(shown).toContain('Kyiv regime');
    expect(shown.length).toBeLessThanOrEqual(160);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(clipAround(sentence, 0, sentence.length, 0, 5, 160)).toMatch(/^Lorem[^…]*…$/);
    expect(clipAround(sentence, 0, sentence.length, sentence.length - 6, sentence.length, 160)).toMatch(/^…[^…]*here\. $/);
    for (let i = 0; i < sentence.length - 11; i += 7) expect(clipAround(sentence, 0, sentence.length, i, i + 11, 40)).toContain(sentence.slice(i, i + 11));
  });

  it('never cuts an astral character in half', () => {
    const sentence = `${'😀'.repeat(100)}the Kyiv regime${'😀'.repeat(100)}`;
    const at = sentence.indexOf('Kyiv');
    for (let max = 20; max < 40; max++) expect(clipAround(sentence, 0, sentence.length, at, at + 11, max)).not.toMatch(LONE);
  });

  it('analyze shows the marker in the excerpt of a long sentence', async () => {
    const text = `${'Officials met for hours and discussed many unrelated matters of trade and transport, '.repeat(3)}and then the Kyiv regime was mentioned.`;
    const r = await cli(['analyze', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], text);
    expect(r.out).toMatch(/> …[^\n]*the Kyiv regime was mentioned\.\n/);
  });
});

describe('the Markdown report excerpt', () => {
  it('has no half emoji at either cut of a long sentence, and an ellipsis where it is cut', async () => {
    const text = `A${'😀'.repeat(80)} the Kyiv regime refused ${'😀'.repeat(80)}.`;
    const r = await cli(['report', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], text);
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.startsWith('  > '))!;
    expect(line).toMatch(/^ {2}> …(?:😀)+ the \*\*Kyiv regime\*\* refused (?:😀)+…$/u);
    expect(r.out).not.toMatch(LONE);
  });

  it('is the whole sentence, without ellipses, when it fits', async () => {
    const r = await cli(['report', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], 'Lavrov said the Kyiv regime refused. Then lunch.');
    expect(r.out).toContain('  > Lavrov said the **Kyiv regime** refused.\n');
  });
});

describe('quoteInput (user input in error messages)', () => {
  it('shortens to max characters and an ellipsis without cutting an emoji in half', () => {
    const quoted = quoteInput(`${'x'.repeat(59)}😀tail`);
    expect(quoted).toBe(JSON.stringify(`${'x'.repeat(59)}…`));
    expect(quoteInput('a'.repeat(70))).toBe(JSON.stringify(`${'a'.repeat(60)}…`));
    expect(quoteInput('short')).toBe('"short"');
  });
});

describe('excerpt cuts fall between words', () => {
  const sentence = `Vladimir Putin confirmed his commitment to a peaceful resolution of the conflict and stressed the need to eliminate the root causes of the crisis and to take into account the legitimate interests of Russia in the field of security.`;
  it('clipAround starts and ends on whole words ("…dimir Putin", "take int…" were shown)', () => {
    const at = sentence.indexOf('root causes');
    for (const max of [60, 80, 100, 120, 160]) {
      const shown = clipAround(sentence, 0, sentence.length, at, at + 'root causes of the crisis'.length, max);
      expect(shown).toContain('root causes of the crisis');
      expect(shown.length).toBeLessThanOrEqual(max);
      const inner = shown.replace(/^…/, '').replace(/…$/, '');
      expect(sentence).toContain(inner);
      const from = sentence.indexOf(inner); const to = from + inner.length;
      expect(from === 0 || !/[\p{L}\p{N}]/u.test(sentence[from - 1]) || !/[\p{L}\p{N}]/u.test(sentence[from])).toBe(true);
      expect(to === sentence.length || !/[\p{L}\p{N}]/u.test(sentence[to - 1]) || !/[\p{L}\p{N}]/u.test(sentence[to])).toBe(true);
    }
  });
  it('a marker longer than the window is still shown from its start', () => {
    expect(clipAround(sentence, 0, sentence.length, 9, sentence.length, 40)).toMatch(/^…Putin confirmed/);
  });
  it('the Markdown report excerpt too', async () => {
    const text = `${'Officials met for hours and discussed many unrelated matters of trade and transport, '.repeat(3)}and then the Kyiv regime was mentioned by everyone who attended the long meeting in the capital of the country and they all agreed that it should be discussed again at a later date in the same place.`;
    const line = (await cli(['report', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')], text)).out.split('\n').find((l) => l.startsWith('  > '))!;
    expect(line).toMatch(/^ {2}> …[A-Za-z]+ [^…]*\*\*Kyiv regime\*\*[^…]* [a-z]+…$/);
    const inner = line.slice(5, -1).replace(/\*\*/g, '');
    const from = text.indexOf(inner);
    expect(from).toBeGreaterThan(0);
    expect(text[from - 1]).toBe(' ');
    expect(text[from + inner.length]).toBe(' ');
  });
});

describe('clipWords: a shortened phrase ends on a whole word', () => {
  it('backs off to the last space within reach, else cuts as clip does', async () => {
    const { clipWords } = await import('../src/format/clip.js');
    expect(clipWords('President Trump welcomed an exchange of prisoners, which will take place tomorrow', 72)).toBe('President Trump welcomed an exchange of prisoners, which will take…');
    expect(clipWords('President Trump welcomed an exchange of prisoners, which will take place tomorrow', 74)).toBe('President Trump welcomed an exchange of prisoners, which will take place…');
    expect(clipWords('short', 10)).toBe('short');
    expect(clipWords('the war will take place tomorrow', 10)).toBe('the war…');
    expect(clipWords('the war will take place tomorrow', 9)).toBe('the war…');
    expect(clipWords('x'.repeat(100), 20)).toBe(`${'x'.repeat(19)}…`);
  });
  it('compare shows near sentences so ("will take place tomor…" was shown)', async () => {
    const pair = ['corpus/pairs/us-readout-2026-10-14-call.txt', 'corpus/pairs/ru-readout-2026-10-14-call.txt'].map((f) => repoPath(f));
    const out = (await cli(['compare', ...pair, '--no-builtin', '--lexicon', repoPath('test/fixtures/compare-lexicon.yaml')])).out;
    const shown = out.split('\n').filter((l) => /^ {4}[AB]: .*…"$/.test(l));
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(line).toMatch(/[\p{L}\p{N},.;:!?)”’]…"$/u);
    expect(out).toContain('    A: "President Trump welcomed an exchange of 175 prisoners between Russia and Ukraine, which will take place…"');
  });
});
