import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_CHARS } from '../io/max-chars.js';
import { MARKUP_KINDS } from '../io/strip-markup.js';
import { DEFAULT_THRESHOLD } from '../pipeline/score.js';
import { FramelensError } from '../errors.js';

/** Parse a --threshold value in [0, 1]. */
export function parseThreshold(value: string): number {
  const n = Number(value);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1'); // decimals only: "0x1" and "1e0" are refused
  return n;
}

/** A parser for an option that takes a whole number of at least `min` ("1.5", "1e3", "3x" and "-1" are refused, not cut to a number). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number of at least ${min}`);
    return n;
  };
}


/** --top N: how many strongest markers to show (analyze: in all, report: per category). */
export function topOption(description: string, fallback: number): Option {
  return new Option('--top <n>', description).argParser(wholeNumber(0)).default(fallback);
}

/** Add the lexicon options every analysing command shares: --lexicon PATH (repeatable), --no-builtin (a usage error without --lexicon: no markers at all). */
export function lexiconOptions(cmd: Command): Command {
  return cmd
    .option('-l, --lexicon <path>', 'extra lexicon file or folder (repeatable), on top of the built-in ones', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--no-builtin', 'use only the lexicons given with --lexicon')
    .hook('preAction', (_, action) => {
      const opts = action.opts();
      if (opts.builtin === false && !opts.lexicon?.length) throw new FramelensError('--no-builtin needs --lexicon: without the built-in lexicons and none given, no marker could fire', 2);
    });
}


/** -t, --threshold: the document score at which a category is detected. */
export function thresholdOption(): Option {
  return new Option('-t, --threshold <score>', 'document score at which a category is detected').argParser(parseThreshold).default(DEFAULT_THRESHOLD);
}

/** --max-chars: refuse a longer text (analyze, report, compare). */
export function maxCharsOption(): Option {
  return new Option('--max-chars <n>', 'refuse a text longer than this many characters').argParser(wholeNumber(1)).default(DEFAULT_MAX_CHARS);
}

/** --strip html|md|none: read past markup, `what` the command does with the prose. */
export function stripOption(what: string): Option {
  return new Option('--strip <markup>', `read past markup and ${what} the prose; offsets still index the original input (default: HTML detected by extension or content, Markdown by extension)`).choices([...MARKUP_KINDS]);
}
