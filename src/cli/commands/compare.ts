import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { FramelensError } from '../../errors.js';
import { chooseLexicon } from '../../io/lexicon-options.js';
import { analyzeInput, formatFromPath, formatMismatch, writeOutput } from '../../report/cli-io.js';
import { refuseOutputOverInput } from '../../io/output-over-input.js';
import { type CliIO, warn } from '../context.js';
import { lexiconOptions, maxCharsOption, stripOption, thresholdOption } from '../options.js';

/** The compare format an -o extension names, as `report` reads it (.html/.htm, .md/.markdown), .json, or text (.txt, no extension); null for another extension. */
function compareFormatOf(output: string): 'text' | 'json' | 'md' | 'html' | null {
  const ext = extname(output).toLowerCase();
  return formatFromPath(output) ?? (ext === '.json' ? 'json' : ext === '' || ext === '.txt' || ext === '.text' ? 'text' : null);
}

/** The compare format an -o path asks for (text for stdout); another extension is a usage error, as in report. */
function compareFormatFromPath(output: string | undefined): 'text' | 'json' | 'md' | 'html' {
  if (!output || output === '-') return 'text';
  const format = compareFormatOf(output);
  if (!format) throw new FramelensError(`${output}: cannot tell the format from the extension; use .html, .md, .json or .txt, or --format`, 2);
  return format;
}

/** `framelens compare <a> <b>`: two accounts of one event side by side. */
export function compareCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('compare')
    .description("compare two accounts of one event: category deltas, markers only in one, shared phrases, how much of B's framing echoes A's")
    .argument('<a>', 'first text (e.g. one government\'s readout), or -')
    .argument('<b>', 'second text, or -')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension: .html, .md, .json, or text for .txt, no extension and stdout)').choices(['text', 'json', 'md', 'html']))
    .option('-o, --output <path>', 'write the output here instead of stdout')
    .addOption(thresholdOption())
    .addOption(maxCharsOption())
    .addOption(stripOption('compare'));
  lexiconOptions(cmd).action(async (fileA: string, fileB: string, opts) => {
    if (fileA === '-' && fileB === '-') throw new FramelensError('only one of the two texts can come from stdin', 2);
    const format = opts.format ?? compareFormatFromPath(opts.output); // before reading: a bad -o is a usage error
    const mismatch = opts.format && opts.output ? formatMismatch(opts.output, opts.format, extname(opts.output) ? compareFormatOf(opts.output) : null) : null;
    if (mismatch) warn(io, mismatch);
    refuseOutputOverInput(opts.output, [fileA, fileB], io.cwd ?? process.cwd());
    const lexicon = chooseLexicon(opts);
    const inputOptions = { maxChars: opts.maxChars, strip: opts.strip };
    const a = await analyzeInput(fileA, io, lexicon, opts.threshold, inputOptions);
    const b = await analyzeInput(fileB, io, lexicon, opts.threshold, inputOptions);
    const r = (await import('../../compare/compare.js')).compare(a, b); // compare code loads only when used
    const notes = { a: a.notEnglish, b: b.notEnglish }; // the output is read by people who never saw stderr
    const out = format === 'json' ? `${JSON.stringify((await import('../../compare/remap-offsets.js')).remapCompare(r, a.input, b.input), null, 2)}\n` // offsets index the inputs as read
      : format === 'md' ? (await import('../../compare/format-markdown.js')).formatCompareMarkdown(r, notes)
        : format === 'html' ? (await import('../../report/compare-html.js')).compareHtmlReport(r, a, b)
          : (await import('../../compare/format-text.js')).formatCompareText(r, notes);
    writeOutput(out, opts.output, io);
    setExit(0);
  });
  return cmd;
}
