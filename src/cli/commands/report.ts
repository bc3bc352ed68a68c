import { Command, Option } from 'commander';
import { FramelensError } from '../../errors.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { analyzeInput, formatFromPath, formatMismatch, writeOutput } from '../../report/cli-io.js';
import { refuseOutputOverInput } from '../../io/output-over-input.js';
import { type CliIO, warn } from '../context.js';
import { lexiconOptions, maxCharsOption, stripOption, thresholdOption, topOption } from '../options.js';

/** `framelens report <file|-> [-o out.html|out.md]` and `framelens report --batch results.jsonl -o summary.html`. */
export function reportCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('report')
    .description('write a framing report of one text (HTML or Markdown), or of a batch run with --batch')
    .argument('[file]', 'text file to report on, or - to read stdin')
    .option('-o, --output <path>', 'write the report here (.html or .md); default: Markdown to stdout')
    .addOption(new Option('-f, --format <format>', 'report format (default: from the -o extension, else md)').choices(['html', 'md']))
    .option('-b, --batch <jsonl>', 'report on the JSONL output of framelens batch (- for stdin): heat map and time line')
    .addOption(thresholdOption())
    .addOption(topOption('strongest markers shown per category', 3))
    .option('--title <title>', 'title of the report')
    .addOption(maxCharsOption())
    .addOption(stripOption('report on'));
  lexiconOptions(cmd).action(async (file: string | undefined, opts) => {
    if (opts.batch && file) throw new FramelensError('give a text file or --batch, not both', 2);
    if (!opts.batch && !file) throw new FramelensError('give a text file (or - for stdin), or --batch results.jsonl', 2);
    const fromPath = opts.output && opts.output !== '-' ? formatFromPath(opts.output) : null;
    if (opts.output && opts.output !== '-' && !fromPath && !opts.format) throw new FramelensError(`${opts.output}: cannot tell the format from the extension; use .html or .md, or --format`, 2);
    const format: 'html' | 'md' = opts.format ?? fromPath ?? 'md';
    const mismatch = opts.format ? formatMismatch(opts.output, opts.format, fromPath) : null;
    if (mismatch) warn(io, mismatch);
    refuseOutputOverInput(opts.output, [file, opts.batch], io.cwd ?? process.cwd());
    const title: string | undefined = opts.title?.trim() ? opts.title : undefined; // a blank --title keeps the default, not an empty heading
    let content: string;
    if (opts.batch) {
      // the records carry their scores: the options that analyse a text do nothing here, which the user should know
      const unused = ['threshold', 'top', 'maxChars', 'strip', 'lexicon', 'builtin'].filter((o) => cmd.getOptionValueSource(o) === 'cli');
      if (unused.length) warn(io, `framelens: ${unused.map((o) => cmd.options.find((x) => x.attributeName() === o)!.long).join(', ')} ${unused.length === 1 ? 'has' : 'have'} no effect with --batch (the records carry their scores)`);
      const { jsonl, label } = await (await import('../../report/batch-input.js')).readBatchInput(opts.batch, io);
      const { readBatchRecords } = await import('../../report/batch-records.js'); // report code loads only when a report is made
      const data = readBatchRecords(jsonl, label);
      for (const f of data.failed) warn(io, `framelens: ${label}:${f.line}: ${f.id !== null ? `record ${JSON.stringify(f.id)}: ` : ''}${f.message}; listed under "Failed records"`);
      if (data.failed.length) setExit(1); // the report is written with the records that could be read; the exit code says some could not
      content = format === 'html'
        ? (await import('../../report/batch-html.js')).batchHtmlReport(data, { title, source: label })
        : (await import('../../report/batch-markdown.js')).batchMarkdownReport(data, { title });
    } else {
      const side = await analyzeInput(file!, io, chooseLexicon(opts), opts.threshold, { maxChars: opts.maxChars, strip: opts.strip });
      const options = { text: side.text, top: opts.top, title };
      content = format === 'html'
        ? (await import('../../report/html-report.js')).htmlReport(side.result, options)
        : (await import('../../report/markdown-report.js')).markdownReport(side.result, options);
    }
    writeOutput(content, opts.output, io);
  });
  return cmd;
}
