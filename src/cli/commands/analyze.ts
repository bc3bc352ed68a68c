import { Command, Option } from 'commander';
import { analyze } from '../../analyze.js';
import { FramelensError } from '../../errors.js';
import { formatJson } from '../../format/json.js';
import { formatText } from '../../format/text.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { decodeBytes, readStream, readTextFile } from '../../io/read-text.js';
import { decodeText } from '../../pipeline/decode.js';
import { formatLabelsText } from '../../labels/format.js';
import { LABEL_SETS, readLabels, withLabels } from '../../labels/labels.js';
import { type CliIO, warn } from '../context.js';
import { lexiconOptions, parseThreshold } from '../options.js';
import { DEFAULT_THRESHOLD } from '../../pipeline/score.js';

/** `framelens analyze <file|->`: analyse one text and print the result. */
export function analyzeCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('analyze')
    .description('analyse one text (a file, or - for stdin) and print its framing annotations')
    .argument('<file>', 'text file to analyse, or - to read stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-t, --threshold <score>', 'document score at which a category is detected', parseThreshold, DEFAULT_THRESHOLD)
    .option('--top <n>', 'number of strongest markers in the text format', (v) => Number.parseInt(v, 10), 10)
    .addOption(new Option('--labels <set>', 'also read the result in a shared-task label set (JSON: a "labels" field)').choices([...LABEL_SETS]));
  lexiconOptions(cmd).action(async (file: string, opts) => {
    const lexicon = chooseLexicon(opts);
    const input = file === '-' ? decodeBytes(await readStream(io.stdin), '<stdin>') : readTextFile(file);
    input.warnings.forEach((w) => warn(io, w));
    const result = analyze(input.text, { lexicon, threshold: opts.threshold, source: file === '-' ? '<stdin>' : file });
    if (result.stats.tokens > 20 && !/[a-z]{3}/i.test(input.text.slice(0, 20000))) {
      warn(io, `framelens: ${file === '-' ? '<stdin>' : file}: the text does not look like English; the lexicons are English`);
    }
    if (!Number.isFinite(opts.top) || opts.top < 0) throw new FramelensError('--top must be a whole number', 2);
    const shown = decodeText(input.text);
    const labels = opts.labels ? formatLabelsText(readLabels(result, opts.labels), shown) : '';
    io.stdout.write(opts.format === 'json' ? formatJson(opts.labels ? withLabels(result, opts.labels) : result) : formatText(result, { text: shown, top: opts.top, color: Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR }) + labels);
    setExit(0);
  });
  return cmd;
}
