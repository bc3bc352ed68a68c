import { Command, Option } from 'commander';
import { analyze } from '../../analyze.js';
import { FramelensError } from '../../errors.js';
import { formatJsonChunks } from '../../format/json-chunks.js';
import { formatText } from '../../format/text.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { readInput } from '../../io/read-input.js';
import { writeChunks } from '../../io/write-chunks.js';
import { notEnglishWarning } from '../../io/script-check.js';
import { remapResult } from '../../io/strip-markup.js';
import { LABEL_SETS } from '../../labels/sets.js';
import { type CliIO, warn } from '../context.js';
import { lexiconOptions, maxCharsOption, stripOption, thresholdOption } from '../options.js';

/** `framelens analyze <file|->`: analyse one text and print the result. */
export function analyzeCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('analyze')
    .description('analyse one text (a file, or - for stdin) and print its framing annotations')
    .argument('<file>', 'text file to analyse, or - to read stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(thresholdOption())
    .option('--top <n>', 'number of strongest markers in the text format', (v) => Number.parseInt(v, 10), 10)
    .addOption(maxCharsOption())
    .addOption(stripOption('analyse'))
    .addOption(new Option('--labels <set>', 'also read the result in a shared-task label set (JSON: a "labels" field)').choices([...LABEL_SETS]));
  lexiconOptions(cmd).action(async (file: string, opts) => {
    const lexicon = chooseLexicon(opts);
    const { label, original, mapped, warnings } = await readInput(file, { stdin: io.stdin, cwd: io.cwd, maxChars: opts.maxChars, strip: opts.strip });
    warnings.forEach((w) => warn(io, w));
    const analysed = analyze(mapped ? mapped.text : original, { lexicon, threshold: opts.threshold, source: label });
    const result = mapped ? remapResult(analysed, mapped, original) : analysed;
    const notEnglish = notEnglishWarning(mapped ? mapped.text : original);
    if (notEnglish) warn(io, `framelens: ${label}: ${notEnglish}`);
    if (!Number.isFinite(opts.top) || opts.top < 0) throw new FramelensError('--top must be a whole number', 2);
    const shown = mapped ? mapped.text : original; // the text format reads the prose, without markup
    const labelsModule = opts.labels ? await import('../../labels/labels.js') : null; // the label mapping loads only when asked for
    const labels = labelsModule ? (await import('../../labels/format.js')).formatLabelsText(labelsModule.readLabels(analysed, opts.labels), shown) : '';
    if (opts.format === 'json') await writeChunks(io.stdout, formatJsonChunks(labelsModule ? labelsModule.withLabels(result, opts.labels) : result));
    else io.stdout.write(formatText(analysed, { text: shown, top: opts.top, color: Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR }) + labels);
    setExit(0);
  });
  return cmd;
}
