import { type Command, InvalidArgumentError } from 'commander';

/** Parse a --threshold value in [0, 1]. */
export function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** Add the lexicon options every analysing command shares: --lexicon PATH (repeatable), --no-builtin. */
export function lexiconOptions(cmd: Command): Command {
  return cmd
    .option('-l, --lexicon <path>', 'extra lexicon file or folder (repeatable), on top of the built-in ones', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--no-builtin', 'use only the lexicons given with --lexicon');
}

