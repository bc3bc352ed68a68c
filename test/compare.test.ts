import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { exactPhrases, MAX_GRAM_REPEATS } from '../src/compare/exact.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { compareSide as side, repoPath } from './helpers.js';

const read = (f: string) => readFileSync(repoPath(`corpus/pairs/${f}`), 'utf8');
const A = side(read('us-readout-2026-10-14-call.txt'), 'us');
const B = side(read('ru-readout-2026-10-14-call.txt'), 'ru');
const r = compare(A, B);

describe('compare on the planted readout pair', () => {
  it('puts category scores side by side with delta = b - a', () => {
    expect(r.categories.delegitimization.a).toBe(0);
    expect(r.categories.delegitimization.b).toBeGreaterThan(0.5);
    expect(r.categories.delegitimization.delta).toBeCloseTo(r.categories.delegitimization.b, 3);
    expect(r.categories['economic-inducement'].delta).toBeLessThan(0);
    for (const c of Object.values(r.categories)) expect(c.delta).toBeCloseTo(c.b - c.a, 3);
  });

  it('finds what each side emphasised or left out', () => {
    expect(r.onlyA.map((u) => u.marker).sort()).toEqual(['t-economic-deals', 't-lasting-peace', 't-never-started']);
    expect(r.onlyB.map((u) => u.marker).sort()).toEqual(['t-attacks-on-russians', 't-barbaric-attacks', 't-kyiv-regime', 't-root-causes']);
    expect(r.onlyA.find((u) => u.marker === 't-lasting-peace')!.texts).toEqual(['durable and lasting peace', 'permanent peace']); // the coordinated adjective goes with the span (coordinated-adjectives.ts)
    expect(r.onlyB.find((u) => u.marker === 't-root-causes')!.texts).toEqual(['root causes of the crisis']);
  });

  it('finds the planted shared phrases, exact and near', () => {
    const exact = r.shared.filter((p) => p.kind === 'exact').map((p) => p.a.text);
    expect(exact).toContain('The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire');
    expect(exact).toContain('an exchange of 175 prisoners between Russia and Ukraine');
    expect(exact).toContain('mutually refrain from attacks on energy infrastructure');
    for (const p of r.shared.filter((x) => x.kind === 'exact')) {
      expect(A.text.slice(p.a.start, p.a.end)).toBe(p.a.text);
      expect(B.text.slice(p.b.start, p.b.end).toLowerCase()).toBe(p.a.text.toLowerCase());
    }
    const near = r.shared.filter((p) => p.method === 'tf-idf');
    const energy = near.find((p) => p.a.text.startsWith('Both leaders agreed to mutually refrain'))!;
    expect(energy.b.text).toMatch(/^Donald Trump proposed that the parties mutually refrain/);
    expect(energy.similarity).toBeGreaterThan(0.45);
    expect(near.find((p) => p.a.text.startsWith('President Trump welcomed an exchange'))!.b.text).toMatch(/^Vladimir Putin informed Donald Trump/);
  });

  it("scores the echo: B repeats A's ceasefire and prisoners, not the rest", () => {
    const via = Object.fromEntries(r.echoDetail.items.map((i) => [i.marker, i.via]));
    expect(via).toMatchObject({ 't-ceasefire': 'marker', 't-prisoners': 'marker', 't-kyiv-regime': 'none', 't-root-causes': 'none' });
    const expected = r.echoDetail.items.filter((i) => i.via === 'marker').reduce((s, i) => s + i.score, 0) / r.echoDetail.items.reduce((s, i) => s + i.score, 0);
    expect(r.echo).toBeCloseTo(expected, 3);
    expect(r.echo).toBeGreaterThan(0.2);
    expect(r.echo).toBeLessThan(0.6);
  });

  it('echo is 1 for a text compared with itself and 0 against a text with no shared framing', () => {
    expect(compare(A, A).echo).toBe(1);
    const other = side('The Kyiv regime ignored the root causes of the crisis.', 'other');
    expect(compare(A, other).echo).toBe(0);
    const none = compare(A, side('Nothing to see here.', 'empty'));
    expect(none.echo).toBe(0);
    expect(none.echoDetail).toMatchObject({ annotations: 0, echoed: 0, items: [] });
  });

  it('finds near marker texts of one category with Jaro-Winkler (Kiev/Kyiv regime)', () => {
    const x = side('Officials said the Kiev regime refused to talk.', 'x');
    const y = side('Officials said the Kyiv regime refused to talk.', 'y');
    const near = compare(x, y).shared.filter((p) => p.method === 'jaro-winkler');
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ category: 'delegitimization', a: { text: 'Kiev regime' }, b: { text: 'Kyiv regime' } });
    expect(near[0].similarity).toBeGreaterThan(0.85);
  });
});

describe('exactPhrases', () => {
  it('reports each maximal run once, longest first', () => {
    const p = exactPhrases('He said the energy truce must hold. The energy truce must hold, they said, until the two nations end the war.', 'They said the energy truce must hold until both nations end the war.');
    expect(p.map((x) => x.a.text)).toEqual(['said the energy truce must hold', 'nations end the war']);
  });
  it('reads spellings as the lexicons do: Kiev = Kyiv, defence = defense, cease-fire = ceasefire, Zelenskyy = Zelensky', () => {
    const p = exactPhrases('London backs the defence of Kiev and a cease-fire Zelenskyy accepted.', 'Washington backs the defense of Kyiv and a ceasefire Zelensky accepted.');
    expect(p.map((x) => [x.a.text, x.b.text])).toEqual([['backs the defence of Kiev and a cease-fire Zelenskyy accepted', 'backs the defense of Kyiv and a ceasefire Zelensky accepted']]);
  });
  it('skips runs made of function words only', () => {
    expect(exactPhrases('The talks failed and it is up to the leaders now.', 'The truce held and it is up to the envoys now.')).toEqual([]);
  });
  it('ignores word triples repeated more than MAX_GRAM_REPEATS times (not distinctive; bounds the work)', () => {
    const loop = 'talks end war '.repeat(MAX_GRAM_REPEATS + 5);
    expect(exactPhrases(loop, loop)).toEqual([]);
    const few = 'talks end war. '.repeat(3);
    expect(exactPhrases(few, few).map((p) => p.a.text)).toEqual(['talks end war']);
  });
  it('does not run across sentence ends', () => {
    expect(exactPhrases('Energy talks ended. Prisoner swaps begin', 'Energy talks ended! Prisoner swaps begin').map((x) => x.a.text)).toEqual(['Energy talks ended', 'Prisoner swaps begin']);
  });
});

describe('compare formats', () => {
  it('says the echo is none, not 0.00, when B has no annotations', () => {
    const empty = side('The weather was mild on Tuesday.', 'none');
    const e = compare(A, empty);
    expect(e.echoDetail.annotations).toBe(0);
    expect(formatCompareText(e)).toMatch(/^echo: none \(B has no annotations/m);
    expect(formatCompareMarkdown(e)).toContain('**none**: B has no annotations');
    expect(compareHtmlReport(e, A, empty)).toContain('<b class="echo">none</b>');
    expect(formatCompareText(r)).toMatch(/^echo: 0\.\d\d \(/m);
  });

  it('text, Markdown and HTML show the deltas, the only-in markers, shared phrases and the echo', () => {
    const text = formatCompareText(r);
    expect(text).toMatch(/delegitimization\s+0\.00\s+0\.90\s+\+0\.90/);
    expect(text).toContain('only in B:');
    expect(text).toMatch(/echo: 0\.\d\d/);
    const md = formatCompareMarkdown(r);
    expect(md).toMatch(/\| delegitimization \| 0\.00 \| 0\.90 \| \+0\.90 \|/);
    expect(md).toContain('## Only in A');
    const html = compareHtmlReport(r, A, B);
    expect(html).toContain('id="A-text"');
    expect(html).toContain('id="B-text"');
    expect(html).toMatch(/<mark [^>]*data-id="B-a\d+"[^>]*data-cat="delegitimization"/);
    expect(html).toContain('<tr data-marker="t-kyiv-regime">');
  });
});
