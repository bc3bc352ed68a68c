import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { SplitChoice } from '../../eval/gold.js';
import { FramelensError } from '../../errors.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { warn, type CliIO } from '../context.js';
import { lexiconOptions, parseThreshold, thresholdOption } from '../options.js';
import { DEFAULT_SPAN_MIN_SCORE } from '../../eval/predicted-span.js';

/** `framelens eval <gold-dir>`: run the analyzer on a gold corpus and print span, document and calibration figures. */
export function evalCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('eval')
    .description('evaluate against a gold corpus (a folder with dev/ and heldout/): span and document P/R/F1, calibration, controls')
    .argument('<gold-dir>', 'gold corpus folder holding dev/ and heldout/ (e.g. corpus)')
    .addOption(new Option('-s, --split <split>', 'which part of the corpus (tune on dev only; heldout is for reporting)').choices(['dev', 'heldout', 'all']).default('dev'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(thresholdOption())
    .addOption(new Option('--span-min-score <score>', 'annotations scored below this are not predicted spans (0 counts every annotation that is not negated)').argParser(parseThreshold).default(DEFAULT_SPAN_MIN_SCORE));
  lexiconOptions(cmd).action(async (dir: string, opts) => {
    const lexicon = chooseLexicon(opts);
    const split = opts.split as SplitChoice;
    const { loadGoldCorpus } = await import('../../eval/gold.js'); // evaluation code loads only when eval runs
    const { evaluate } = await import('../../eval/evaluate.js');
    const { formatEvalReport } = await import('../../eval/format-report.js');
    const { docs, problems } = loadGoldCorpus(io.cwd ? resolve(io.cwd, dir) : dir, split);
    for (const p of problems) warn(io, `framelens: ${p.path}: ${p.problem}`);
    if (docs.length === 0) {
      if (problems.length) return setExit(1); // every text has a problem, each named above: no figures to print
      throw new FramelensError(`${dir}: no gold texts in split ${split}`);
    }
    const report = evaluate(docs, { lexicon, threshold: opts.threshold, split, spanMinScore: opts.spanMinScore, problems });
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
    setExit(problems.length ? 1 : 0); // the figures of the good texts are printed, but the gold needs fixing
  });
  return cmd;
}
