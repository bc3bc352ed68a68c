import { Command, Option } from 'commander';
import { compare } from '../../compare/compare.js';
import { formatCompareMarkdown } from '../../compare/format-markdown.js';
import { formatCompareText } from '../../compare/format-text.js';
import { FramelensError } from '../../errors.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { analyzeInput, writeOutput } from '../../report/cli-io.js';
import { compareHtmlReport } from '../../report/compare-html.js';
import type { CliIO } from '../context.js';
import { lexiconOptions, parseThreshold } from '../options.js';
import { DEFAULT_THRESHOLD } from '../../pipeline/score.js';

/** `framelens compare <a> <b>`: two accounts of one event side by side. */
export function compareCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('compare')
    .description("compare two accounts of one event: category deltas, markers only in one, shared phrases, how much of B's framing echoes A's")
    .argument('<a>', 'first text (e.g. one government\'s readout), or -')
    .argument('<b>', 'second text, or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md', 'html']).default('text'))
    .option('-o, --output <path>', 'write the output here instead of stdout')
    .option('-t, --threshold <score>', 'document score at which a category is detected', parseThreshold, DEFAULT_THRESHOLD);
  lexiconOptions(cmd).action(async (fileA: string, fileB: string, opts) => {
    if (fileA === '-' && fileB === '-') throw new FramelensError('only one of the two texts can come from stdin', 2);
    const lexicon = chooseLexicon(opts);
    const a = await analyzeInput(fileA, io, lexicon, opts.threshold);
    const b = await analyzeInput(fileB, io, lexicon, opts.threshold);
    const r = compare(a, b);
    const out = opts.format === 'json' ? `${JSON.stringify(r, null, 2)}\n`
      : opts.format === 'md' ? formatCompareMarkdown(r)
        : opts.format === 'html' ? compareHtmlReport(r, a, b)
          : formatCompareText(r);
    writeOutput(out, opts.output, io);
    setExit(0);
  });
  return cmd;
}
