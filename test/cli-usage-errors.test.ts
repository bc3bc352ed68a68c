import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('usage errors', () => {
  it.each([
    [['analyze', 'x.txt', '--bogus'], "framelens: unknown option '--bogus' (see framelens analyze --help)"],
    [['analyze', 'x.txt', '--threshold', 'abc'], "framelens: option '-t, --threshold <score>' argument 'abc' is invalid: must be a number from 0 to 1"],
    [['analyze', 'x.txt', '--threshold', '0x1'], "framelens: option '-t, --threshold <score>' argument '0x1' is invalid: must be a number from 0 to 1"],
    [['batch', 'x.jsonl', '--threshold', '1e0'], "framelens: option '-t, --threshold <score>' argument '1e0' is invalid: must be a number from 0 to 1"],
    [['analyze'], "framelens: missing required argument 'file' (see framelens analyze --help)"],
    [['analyze', 'a.txt', 'b.txt'], 'framelens: analyze reads one text, got 2: for several, use framelens batch a.txt b.txt; to set two accounts of one call side by side, framelens compare A B'],
    [['report', 'x.txt', '--strip', 'pdf'], "framelens: option '--strip <markup>' argument 'pdf' is invalid. Allowed choices are html, md, none."],
    [['compare', 'a.txt'], "framelens: missing required argument 'b' (see framelens compare --help)"],
    [['eval', 'corpus', '--split', 'test'], "framelens: option '-s, --split <split>' argument 'test' is invalid. Allowed choices are dev, heldout, all."],
    [['lexicons', 'list', '--format', 'xml'], "framelens: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json."],
    [['lexicons', 'frobnicate'], "framelens: unknown command 'frobnicate' (see framelens lexicons --help)"],
    [['lexicons', 'validate'], "framelens: missing required argument 'path' (see framelens lexicons validate --help)"],
    [['analyze', 'x.txt', '--tpo', '3'], "framelens: unknown option '--tpo' (did you mean --top?)"],
    [['analyse', 'x.txt'], "framelens: unknown command 'analyse' (did you mean analyze?)"],
    [['analyze', 'x.txt', '--\u001b[31mred\nX'], "framelens: unknown option '--\\u{1b}[31mred X' (see framelens analyze --help)"],
    [['analyze', 'x.txt', '-t', '\u001b[2J'], "framelens: option '-t, --threshold <score>' argument '\\u{1b}[2J' is invalid: must be a number from 0 to 1"],
  ])('%j: one line prefixed framelens:, like every other error, exit 2', async (argv, line) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${line}\n`);
  });

  it('an unknown command keeps the pointer to --help, on the same line', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("framelens: unknown command 'frobnicate' (see framelens --help)\n");
  });
});

describe('no command', () => {
  it.each([[[]], [['lexicons']]])('%j prints the help on stderr and exits 2 (usage), not 0', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Usage: framelens/);
  });

  it('asked for, the help goes to stdout with exit 0', async () => {
    for (const argv of [['--help'], ['help'], ['lexicons', '--help'], ['help', 'analyze']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: framelens/);
    }
  });
});

describe('--no-builtin without --lexicon', () => {
  it.each([
    [['analyze', '-']], [['report', '-']], [['compare', '-', 'b.txt']], [['eval', 'corpus']], [['lexicons', 'list']], [['batch', '-']],
  ])('%j is a usage error, not a result where no marker can fire', async (argv) => {
    const r = await cli([...argv, '--no-builtin'], 'The war should never have started.');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('framelens: --no-builtin needs --lexicon: without the built-in lexicons and none given, no marker could fire\n');
  });
});

describe('lexicons list --help', () => {
  it('promises definitions only where they are printed (--format json)', async () => {
    const help = await cli(['lexicons', 'list', '--help']);
    expect(help.out).toContain('categories with their marker counts (and definitions, with --format json)');
    const text = await cli(['lexicons', 'list']);
    expect(text.out).not.toContain('Responsibility for the war');
    expect(JSON.parse((await cli(['lexicons', 'list', '-f', 'json'])).out)[0].definition).toMatch(/^Responsibility for the war/);
  });
});
