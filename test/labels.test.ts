import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { LABEL_MAPPING, LABEL_SETS, markerMatches, readLabels, withLabels } from '../src/labels/labels.js';
import { builtinLexicon } from '../src/lexicon/builtin.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { cli, repoPath, testLexicon } from './helpers.js';

describe('SemEval label mapping (data)', () => {
  it('maps every category of the taxonomy and nothing else', () => {
    expect(Object.keys(LABEL_MAPPING.categories).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  for (const set of LABEL_SETS) {
    it(`uses only labels of the ${set} inventory, in the groups the set declares`, () => {
      const { groups, inventory } = LABEL_MAPPING.sets[set];
      expect(Object.keys(inventory).sort()).toEqual(Object.keys(groups).sort());
      for (const c of CATEGORY_IDS) {
        const labels = LABEL_MAPPING.categories[c][set];
        expect(Object.keys(labels).sort(), c).toEqual(Object.keys(groups).sort());
        for (const [group, list] of Object.entries(labels)) for (const l of list) expect(inventory[group], `${c}: ${l}`).toContain(l);
      }
    });
  }

  it('keeps the nearest labels the taxonomy names, and explains each category', () => {
    const all = (c: (typeof CATEGORY_IDS)[number]) => LABEL_SETS.flatMap((s) => Object.values(LABEL_MAPPING.categories[c][s]).flat());
    for (const c of CATEGORY_IDS) {
      expect(LABEL_MAPPING.categories[c].taxonomy.length, c).toBeGreaterThan(0);
      for (const l of LABEL_MAPPING.categories[c].taxonomy) expect(all(c), c).toContain(l);
      expect(LABEL_MAPPING.categories[c].note.length, c).toBeGreaterThan(20);
    }
  });

  it('names as evidence only markers of the built-in lexicon, in the category whose label needs them', () => {
    const markers = builtinLexicon().markers;
    for (const [set, groups] of Object.entries(LABEL_MAPPING.evidence).filter(([key]) => !key.startsWith('$'))) { // not the $comment
      for (const [group, labels] of Object.entries(groups ?? {})) {
        for (const [label, patterns] of Object.entries(labels)) {
          const owners = CATEGORY_IDS.filter((c) => (LABEL_MAPPING.categories[c][set as (typeof LABEL_SETS)[number]][group] ?? []).includes(label));
          expect(owners.length, label).toBeGreaterThan(0);
          for (const p of patterns) expect(markers.some((m) => owners.includes(m.category) && markerMatches(m.id, [p])), `${label}: ${p}`).toBe(true);
        }
      }
    }
  });

  it('gives a subnarrative that needs evidence only when one of its markers is in the text (not negated)', () => {
    const nuclear = 'URW: Amplifying war-related fears: There is a real possibility that nuclear weapons will be employed';
    const ww3 = 'URW: Amplifying war-related fears: By continuing the war we risk WWIII';
    const escalation = readLabels(analyze('Moscow warned that the escalation could lead to a direct confrontation between Russia and NATO, the Kremlin said.'), 'semeval2025');
    expect(escalation.document.narratives).toContain('URW: Amplifying war-related fears');
    expect(escalation.document.subnarratives).toContain(ww3);
    expect(escalation.document.subnarratives).not.toContain(nuclear);
    const bomb = readLabels(analyze('The Kremlin said that the risk of nuclear war is growing, Lavrov warned.'), 'semeval2025');
    expect(bomb.document.subnarratives).toContain(nuclear);
  });

  it('gives subnarratives only under a narrative that is also mapped', () => {
    for (const c of CATEGORY_IDS) {
      const { narratives, subnarratives } = LABEL_MAPPING.categories[c].semeval2025;
      for (const s of subnarratives) expect(narratives.some((n) => s.startsWith(`${n}: `)), `${c}: ${s}`).toBe(true);
    }
  });
});

describe('reading a result in a label set', () => {
  const result = analyze('The Kyiv regime is a puppet. The war should never have started. It was a barbaric attack.', { lexicon: testLexicon() });

  it('labels the document from detected categories and spans from annotations (semeval2023)', () => {
    const reading = readLabels(result, 'semeval2023');
    const detected = CATEGORY_IDS.filter((c) => result.categories[c].detected);
    expect(detected.length).toBeGreaterThan(0);
    expect(reading.spans.length).toBeGreaterThan(0);
    expect(Object.keys(reading.categories)).toEqual(detected);
    const expectedFrames = [...new Set(detected.flatMap((c) => LABEL_MAPPING.categories[c].semeval2023.frames))].sort();
    expect(reading.document).toEqual({ frames: expectedFrames });
    for (const s of reading.spans) {
      const a = result.annotations.find((x) => x.id === s.annotation)!;
      expect(a.modifiers).not.toContain('negated');
      expect(s).toMatchObject({ start: a.start, end: a.end, category: a.category, labels: LABEL_MAPPING.categories[a.category].semeval2023.techniques });
    }
  });

  it('has document groups only for semeval2025 and leaves the result intact', () => {
    const out = withLabels(result, 'semeval2025');
    expect(out.labels.spans).toEqual([]);
    expect(Object.keys(out.labels.document)).toEqual(['narratives', 'subnarratives']);
    expect({ ...out, labels: undefined }).toEqual({ ...result, labels: undefined });
  });

  it('refuses an unknown set', () => {
    expect(() => readLabels(result, 'semeval2019' as never)).toThrow(/unknown label set/);
  });
});

describe('framelens analyze --labels', () => {
  const seed = repoPath('corpus/dev/trump-putin-call-2025-03-18.txt');
  it('adds a labels field to the JSON output', async () => {
    const r = await cli(['analyze', seed, '--format', 'json', '--labels', 'semeval2025']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.labels.set).toBe('semeval2025');
    expect(out.labels.document.narratives.length).toBeGreaterThan(0);
  });
  it('appends the labels to the text output and refuses an unknown set', async () => {
    const r = await cli(['analyze', seed, '--labels', 'semeval2023']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^labels \(semeval2023: /m);
    expect(r.out).toMatch(/^ {2}frames: /m);
    expect((await cli(['analyze', seed, '--labels', 'urw'])).code).toBe(2);
  });
  it('prints span offsets into the input as read for HTML input, as the JSON output does, quoting the prose', async () => {
    const html = '<html><body><p>Lavrov said: the <b>Kyiv regime</b> &amp; its backers.</p><p>The war should never have started.</p></body></html>';
    const text = await cli(['analyze', '-', '--strip', 'html', '--labels', 'semeval2023'], html);
    const json = JSON.parse((await cli(['analyze', '-', '--strip', 'html', '--labels', 'semeval2023', '-f', 'json'], html)).out);
    const printed = [...text.out.matchAll(/^ {4}(\d+)-(\d+) "([^"]*)":/gm)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.map(([start, end]) => [start, end])).toEqual(json.labels.spans.map((s: { start: number; end: number }) => [s.start, s.end]));
    expect(printed).toContainEqual([html.indexOf('Kyiv regime'), html.indexOf('Kyiv regime') + 11, 'Kyiv regime']);
  });
});
