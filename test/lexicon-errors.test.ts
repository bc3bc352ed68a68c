import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compileLexicon, emptyLexicon } from '../src/lexicon/compile.js';
import { compilePattern, MAX_PATHS } from '../src/lexicon/pattern.js';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-lexicon-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-marker blame-shifting lexicon, with `marker` fields replacing the defaults. */
function lexicon(marker: Record<string, unknown>): string {
  const m = { id: 't-marker', patterns: ['purple elephant'], weight: 0.5, note: 'A test marker no built-in one overlaps.', examples: ['A purple elephant walked by.'], ...marker };
  return JSON.stringify({ category: 'blame-shifting', definition: 'Responsibility spread.', markers: [m] }, null, 2);
}

const MARKER_YAML = (id: string, pattern: string, example: string) => `
  - id: ${id}
    patterns: ["${pattern}"]
    weight: 0.5
    note: A test marker.
    examples: ["${example}"]`;

/** [file name, content, the message after "framelens: <file>: "] */
const CASES: [string, string, RegExp][] = [
  ['malformed.yaml', 'category: blame-shifting\ndefinition: x\nmarkers:\n  - id: t-a\n    patterns: ["war\n    weight: 0.5\n', /^malformed YAML: .+ at line \d+, column \d+ \(the double quote at line 5 is never closed\)$/],
  ['tabs.yaml', 'category: blame-shifting\nmarkers:\n\t- id: t-a\n', /^malformed YAML: .+ at line \d+, column \d+$/],
  ['malformed.json', '{"category": "blame-shifting",\n "markers": [ {"id": "t-a",} ]}', /^malformed JSON: .*line 2, column \d+/],
  ['not-json.json', 'c\n[]\n', /^malformed JSON: Unexpected token 'c', "c \[\] " is not valid JSON$/], // js-yaml stops elsewhere: no place rather than a wrong one
  ['bracket.json', '{"category": "blame-shifting",\n "markers": [}', /^malformed JSON: Unexpected token '}'.* \(at line 2, column 14\)$/],
  ['unknown-category.yaml', 'category: blame-shiftin\ndefinition: x\nmarkers: []\n', /^unknown category "blame-shiftin" \(expected one of blame-shifting, .*loaded-language\)$/],
  ['duplicate.yaml', `category: blame-shifting\ndefinition: d\nmarkers:${MARKER_YAML('t-dup', 'never have started', 'The war should never have started.')}${MARKER_YAML('t-dup', 'war began', 'The war began.')}\n`,
    /^t-dup \(marker 2\): duplicate marker id \(already defined in .*duplicate\.yaml, marker 1\)( \(and 1 more problem: framelens lexicons validate lists them all\))?$/],
  ['empty-pattern.json', lexicon({ id: 't-empty', patterns: [''] }), /^t-empty: patterns must be a list of non-empty strings$/],
  ['no-patterns.json', lexicon({ id: 't-none', patterns: [] }), /^t-none: patterns needs at least 1 item$/],
  ['unbalanced.json', lexicon({ id: 't-open', patterns: ['(never have started'] }), /^t-open: pattern "\(never have started": unbalanced "\("$/],
  ['bad-gap.json', lexicon({ id: 't-gap', patterns: ['never *9 started'] }), /^t-gap: pattern "never \*9 started": gap \*9 must be between \*1 and \*6$/],
  ['only-gap.json', lexicon({ id: 't-edge', patterns: ['* started'] }), /^t-edge: pattern "\* started": a pattern may not start or end with a gap$/],
  ['dangling.json', lexicon({ id: 't-dangle', patterns: ['terrorist attack (on|against)?'] }), /^t-dangle: pattern "terrorist attack \(on\|against\)\?": a pattern may not end with an optional preposition, conjunction or article: it only adds a dangling word to the span; drop it$/],
  ['bad-pos.json', lexicon({ id: 't-pos', patterns: ['the <ADJECTIVE> regime'] }), /^t-pos: pattern "the <ADJECTIVE> regime": unknown part of speech <ADJECTIVE>$/],
  ['all-optional.json', lexicon({ id: 't-opt', patterns: ['never? started?'] }), /^t-opt: pattern "never\? started\?": a pattern needs at least one required word$/],
  ['explosive.json', lexicon({ id: 't-boom', patterns: [`${'war? '.repeat(20)}peace`] }), /^t-boom: pattern "war\? .*": up to \d+ ways to match at one word, more than 100000: use fewer optional words, gaps or alternatives$/],
  ['heavy.json', lexicon({ id: 't-heavy', weight: 1.5 }), /^t-heavy: weight 1\.5 must be a number in \[0, 1\]$/],
  ['negative.json', lexicon({ id: 't-neg', weight: -0.1 }), /^t-neg: weight -0\.1 must be a number in \[0, 1\]$/],
  ['weight-text.json', lexicon({ id: 't-text', weight: 'high' }), /^t-text: weight "high" must be a number in \[0, 1\]$/],
  ['bad-id.json', lexicon({ id: 'Not Kebab' }), /^Not Kebab \(marker 1\): marker id "Not Kebab" must be kebab-case$/],
  ['silent.json', lexicon({ id: 't-silent', examples: ['The war began yesterday.'] }), /^t-silent: example does not fire: "The war began yesterday\."$/],
  ['near-miss.json', lexicon({ id: 't-near', near_misses: ['Purple elephants are rare.'] }), /^t-near: near miss fires: "Purple elephants are rare\."$/],
];

describe('lexicons that are refused with file, entry id and reason', () => {
  it.each(CASES)('%s: `framelens lexicons validate` and `analyze --lexicon` exit 1 with one clear line', async (name, content, reason) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    for (const argv of [['lexicons', 'validate', file], ['analyze', '-', '--lexicon', file]]) {
      const r = await cli(argv, 'The war should never have started.');
      expect(r.code, r.err).toBe(1);
      const line = r.err.split('\n')[0];
      expect(line.startsWith(`framelens: ${file}: `), line).toBe(true);
      expect(line.slice(`framelens: ${file}: `.length)).toMatch(reason);
      if (argv[0] === 'analyze') {
        expect(r.out).toBe('');
        expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      }
    }
  });

  it('validate names every problem of one marker: a missing note does not hide its bad patterns', async () => {
    const file = join(dir, 'many-problems.yaml');
    writeFileSync(file, `category: delegitimization
definition: test
markers:
  - { id: many, patterns: ["(kyiv junta", "* junta"], weight: "high", examples: ["the Kyiv junta"] }
`);
    const r = await cli(['lexicons', 'validate', file, '--no-builtin']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `framelens: ${file}: many: weight "high" must be a number in [0, 1]`,
      `framelens: ${file}: many: note must be a non-empty string`,
      `framelens: ${file}: many: pattern "(kyiv junta": unbalanced "("`,
      `framelens: ${file}: many: pattern "* junta": a pattern may not start or end with a gap`,
    ]);
  });

  it('validate names every bad marker of a file, not only the first; analyze --lexicon still stops at the first', async () => {
    const file = join(dir, 'two-bad.yaml');
    writeFileSync(file, `category: delegitimization
definition: test
markers:
  - { id: too-heavy, patterns: ["kyiv junta"], weight: 1.5, note: x, examples: ["the Kyiv junta"] }
  - { id: unclosed, patterns: ["(kyiv junta"], weight: 0.5, note: x, examples: ["the Kyiv junta"] }
`);
    const r = await cli(['lexicons', 'validate', file, '--no-builtin']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `framelens: ${file}: too-heavy: weight 1.5 must be a number in [0, 1]`,
      `framelens: ${file}: unclosed: pattern "(kyiv junta": unbalanced "("`,
    ]);
    expect(r.out).toBe(`${file}: 0 markers in 1 file, 2 problems\n`);
    const a = await cli(['analyze', '-', '--lexicon', file], 'The Kyiv junta.');
    expect(a.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('validate: a bad id hides no other problem of its marker, and a duplicate id names both places', async () => {
    const file = join(dir, 'bad-id-many.yaml');
    writeFileSync(file, `category: delegitimization
markers:
  - id: Bad_ID
    patterns:
      - "( unclosed"
    weight: 1.5
    examples: []
  - id: Bad_ID
    patterns: ["kyiv regime"]
    weight: 0.5
    note: dup
    examples: ["The sanctions regime"]
`);
    const r = await cli(['lexicons', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      `framelens: ${file}: Bad_ID (marker 1): marker id "Bad_ID" must be kebab-case`,
      `framelens: ${file}: Bad_ID (marker 1): weight 1.5 must be a number in [0, 1]`,
      `framelens: ${file}: Bad_ID (marker 1): note must be a non-empty string`,
      `framelens: ${file}: Bad_ID (marker 1): pattern "( unclosed": unbalanced "("`,
      `framelens: ${file}: Bad_ID (marker 1): examples needs at least 1 item`,
      `framelens: ${file}: Bad_ID (marker 2): marker id "Bad_ID" must be kebab-case`,
      `framelens: ${file}: Bad_ID (marker 2): duplicate marker id (already defined in ${file}, marker 1)`,
    ]);
    expect(r.out).toBe(`${file}: 0 markers in 1 file, 7 problems\n`);
    const a = await cli(['analyze', '-', '--lexicon', file], 'x');
    expect(a.code).toBe(1);
    expect(a.err).toBe(`framelens: ${file}: Bad_ID (marker 1): marker id "Bad_ID" must be kebab-case (and 6 more problems: framelens lexicons validate lists them all)\n`);
  });

  it('validate: a malformed file does not hide the problems of the other files of a folder', async () => {
    const folder = join(dir, 'lexbad');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'bad.yaml'), 'category: delegitimisation\nmarkers:\n  - { id: Bad_ID, patterns: ["kyiv regime"], weight: 0.5, note: n, examples: ["the Kyiv regime"] }\n');
    writeFileSync(join(folder, 'broken.yaml'), 'category: [unterminated\n  : :\n');
    const r = await cli(['lexicons', 'validate', folder]);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/broken\.yaml: malformed YAML: /);
    expect(lines[1]).toMatch(/bad\.yaml: unknown category "delegitimisation"/);
    expect(lines[2]).toMatch(/bad\.yaml: Bad_ID \(marker 1\): marker id "Bad_ID" must be kebab-case$/);
    expect(r.out).toBe(`${folder}: 0 markers in 2 files, 3 problems\n`);
  });

  it('words a file it cannot read as every command does (a folder named like a lexicon file)', async () => {
    const folder = join(dir, 'odd');
    mkdirSync(join(folder, 'sub.yaml'), { recursive: true });
    const r = await cli(['lexicons', 'validate', folder]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`framelens: ${join(folder, 'sub.yaml')}: is a folder, expected a file\n`);
  });

  it('names the file inside a folder of lexicons', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a-good.json'), lexicon({ id: 't-good' }));
    writeFileSync(join(folder, 'b-bad.json'), lexicon({ id: 't-bad', weight: 2 }));
    const r = await cli(['lexicons', 'validate', folder]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^framelens: .*b-bad\.json: t-bad: weight 2 must be a number in \[0, 1\]\n$/);
  });

  it('a duplicate of a built-in marker id names the built-in file', async () => {
    const file = join(dir, 'clash.json');
    writeFileSync(file, lexicon({ id: 'x-placeholder' }));
    const builtinId = JSON.parse((await cli(['analyze', '-', '-f', 'json'], 'The war should never have started.')).out).annotations[0]?.marker;
    if (!builtinId) return; // no built-in marker fires on the sentence: nothing to clash with
    writeFileSync(file, lexicon({ id: builtinId }));
    const r = await cli(['analyze', '-', '--lexicon', file], 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^framelens: ${file}: ${builtinId} \\(marker 1\\): duplicate marker id \\(already defined in .*lexicons/.+\\.yaml\\)\\n$`));
  });

  it('a missing lexicon path and an empty folder are one-line errors', async () => {
    expect(await cli(['lexicons', 'validate', join(dir, 'nope.yaml')])).toMatchObject({ code: 1, err: `framelens: ${join(dir, 'nope.yaml')}: no such lexicon file or folder\n` });
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect((await cli(['lexicons', 'validate', join(dir, 'empty')])).err).toMatch(/no \.yaml, \.yml or \.json lexicon files in this folder\n$/);
  });
});

describe('no lexicon can make matching blow up', () => {
  it('bounds the ways a pattern may match, at compile time', () => {
    expect(() => compilePattern(`${'war? '.repeat(17)}peace`)).toThrow(/ways to match/);
    expect(() => compilePattern('(a|b c|d e f)? *6 (g|h i)? *6 (j|k l) *6 m')).not.toThrow();
    expect(MAX_PATHS).toBeLessThanOrEqual(100_000);
  });
  it('runs the most complex pattern allowed over the longest sentence, and over a long run-on text, to completion', () => {
    const pattern = '(war|war war|war war war)? *6 (war|war war)? *6 (war|war war) *6 peace';
    const lex = compileLexicon([{ file: 'worst.json', data: JSON.parse(lexicon({ id: 't-worst', patterns: [pattern], examples: ['war peace'] })) }], emptyLexicon());
    const longest = analyze(`${'war '.repeat(240)}peace`, { lexicon: lex }); // one sentence (250 words at most)
    expect(longest.sentences).toHaveLength(1);
    expect(longest.annotations.map((a) => a.marker)).toEqual(['t-worst']);
    const runOn = analyze(`${'war '.repeat(5_000)}war war peace`, { lexicon: lex }); // cut into sentences of 250 words
    expect(runOn.annotations.map((a) => a.marker)).toEqual(['t-worst']);
  }, 120_000);
});

describe('compiling on top of a base lexicon', () => {
  it('adds markers, categories and stance cues without changing the base', () => {
    const base = compileLexicon([{ file: 'base.yaml', data: { category: 'peace-process', definition: 'Talks.', markers: [{ id: 'b-talks', patterns: ['peace talks'], weight: 0.5, note: 'n', examples: ['Peace talks began.'] }] } }]);
    const before = JSON.stringify(base);
    const merged = compileLexicon([
      { file: 'more.yaml', data: { category: 'peace-process', markers: [{ id: 'b-truce', patterns: ['truce'], weight: 0.5, note: 'n', examples: ['A truce held.'] }] } },
      { file: 'stance.yaml', data: { stance: { hedges: ['perhaps'] } } },
    ], base);
    expect(JSON.stringify(base)).toBe(before);
    expect(merged.markers.map((m) => m.id)).toEqual(['b-talks', 'b-truce']);
    expect(merged.stance.hedges.map((p) => p.source)).toEqual(['perhaps']);
    expect(merged.markers[0]).toBe(base.markers[0]); // compiled entries are shared, not copied
  });
});
