import { Command, Option } from 'commander';
import { formatJsonChunks } from '../../format/json-chunks.js';
import { formatText } from '../../format/text.js';
import { FramelensError } from '../../errors.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { writeChunks } from '../../io/write-chunks.js';
import { refuseOutputOverInput } from '../../io/output-over-input.js';
import { remapResult } from '../../io/strip-markup.js';
import { LABEL_SETS } from '../../labels/sets.js';
import { analyzeInput, formatFromPath, writeOutput } from '../../report/cli-io.js';
import type { CliIO } from '../context.js';
import { lexiconOptions, maxCharsOption, stripOption, thresholdOption, topOption } from '../options.js';

/** `framelens analyze <file|->`: analyse one text and print the result. */
export function analyzeCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('analyze')
    .description('analyse one text (a file, or - for stdin) and print its framing annotations')
    .argument('<file>', 'text file to analyse, or - to read stdin')
    .allowExcessArguments() // refused below with a hint, instead of commander's bare "too many arguments"
    .addOption(new Option('-f, --format <format>', 'output format (an HTML or Markdown report: framelens report)').choices(['text', 'json']).default('text'))
    .addOption(thresholdOption())
    .addOption(topOption('number of strongest markers in the text format', 10))
    .addOption(maxCharsOption())
    .addOption(stripOption('analyse'))
    .addOption(new Option('--labels <set>', 'also read the result in a shared-task label set (JSON: a "labels" field)').choices([...LABEL_SETS]))
    .option('-o, --output <file>', 'write the result to FILE (atomically: a temporary file renamed at the end) instead of stdout; a .json FILE defaults --format to json');
  lexiconOptions(cmd).action(async (file: string, opts, command: Command) => {
    if (command.args.length > 1) throw new FramelensError(`analyze reads one text, got ${command.args.length}: for several, use framelens batch ${command.args.length > 3 ? `${command.args.slice(0, 2).join(' ')} ...` : command.args.join(' ')}; to set two accounts of one call side by side, framelens compare A B`, 2);
    const byDefault = command.getOptionValueSource('format') === 'default';
    const report = byDefault && opts.output ? formatFromPath(opts.output) : null; // a terminal summary saved as .html or .md would read as neither
    if (report) throw new FramelensError(`${opts.output}: analyze writes text or JSON, not ${report === 'html' ? 'HTML' : 'Markdown'}: for ${report === 'html' ? 'an HTML' : 'a Markdown'} report, framelens report ${command.args[0]} -o ${opts.output} (or give --format text to write the summary there)`, 2);
    const format: 'text' | 'json' = byDefault && /\.json$/i.test(opts.output ?? '') ? 'json' : opts.format;
    refuseOutputOverInput(opts.output, file === '-' ? [] : [file], io.cwd ?? process.cwd());
    const lexicon = chooseLexicon(opts);
    const { input, text: shown, result: analysed } = await analyzeInput(file, io, lexicon, opts.threshold, { maxChars: opts.maxChars, strip: opts.strip }); // shown: the prose, without markup
    const result = input.mapped ? remapResult(analysed, input.mapped, input.original) : analysed; // JSON offsets index the input as read
    const labelsModule = opts.labels ? await import('../../labels/labels.js') : null; // the label mapping loads only when asked for
    const inInput = new Map(result.annotations.map((a) => [a.id, a])); // printed offsets index the input as read, as in JSON
    const labels = labelsModule ? (await import('../../labels/format.js')).formatLabelsText(labelsModule.readLabels(analysed, opts.labels), shown, (id) => inInput.get(id)) : '';
    const toFile = opts.output !== undefined && opts.output !== '-';
    const chunks = format === 'json' ? formatJsonChunks(labelsModule ? labelsModule.withLabels(result, opts.labels) : result)
      : [formatText(analysed, { text: shown, inputCharacters: result.stats.characters, top: opts.top, color: !toFile && Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR }) + labels];
    if (toFile) writeOutput(chunks, opts.output, io); // as report and compare write -o
    else await writeChunks(io.stdout, chunks);
    setExit(0);
  });
  return cmd;
}
