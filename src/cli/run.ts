import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { FramelensError } from '../errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { batchCommand } from './commands/batch.js';
import { lexiconsCommand } from './commands/lexicons.js';
import { evalCommand } from './commands/eval.js';
import { reportCommand } from './commands/report.js';
import { compareCommand } from './commands/compare.js';
import { type CliIO, warn } from './context.js';
import { usageLine } from './usage-error.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Examples:
  framelens analyze corpus/dev/trump-putin-call-2025-03-18.txt
  framelens analyze readout.txt --format json > readout.json
  cat readout.txt | framelens analyze - --format json
  framelens analyze readout.txt --lexicon my-lexicons/ --threshold 0.6
  framelens batch statements.jsonl -o scored.jsonl
  framelens report readout.txt -o report.html
  framelens compare white-house.txt kremlin.txt --format html > compare.html
  framelens eval corpus --split heldout
  framelens lexicons list
  framelens lexicons validate my-lexicons/

Exit codes: 0 ok, 1 failed input or records, 2 usage.`;

/** The command factories, one file each; each returns a commander Command. */
const COMMANDS = [analyzeCommand, batchCommand, lexiconsCommand, evalCommand, reportCommand, compareCommand];

/** Run the CLI with `argv` (without node and script) and return the exit code; never calls process.exit. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => { exitCode = code; };
  // commander's usage errors read 'error: ...' and may add a line; framelens prints every error as one line 'framelens: ...'
  const output = (path: string) => ({ writeOut: (s: string) => io.stdout.write(s), writeErr: (s: string) => io.stderr.write(s), outputError: (s: string, write: (s: string) => void) => write(usageLine(s, path)) });
  const program = new Command('framelens')
    .description('Read the rhetoric of official readouts: quotes, speakers, voices and scored, explained framing markers.')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .configureOutput(output(''))
    .exitOverride();
  for (const make of COMMANDS) program.addCommand(make(io, setExit).exitOverride());
  for (const cmd of program.commands) {
    cmd.configureOutput(output(cmd.name()));
    for (const sub of cmd.commands) sub.exitOverride().configureOutput(output(`${cmd.name()} ${sub.name()}`));
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help asked for (--help, help) and --version exit 0; help shown on stderr for want of a command (framelens, framelens lexicons) is usage
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof FramelensError) {
      warn(io, err.message);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    warn(io, message.startsWith('framelens:') ? message : `framelens: ${message}`);
    return 1;
  }
}
