import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { FramelensError } from '../../errors.js';
import { DEFAULT_BATCH_MAX_CHARS } from '../../io/max-chars.js';
import { formatFromPath } from '../../report/cli-io.js';
import type { CliIO } from '../context.js';
import { LABEL_SETS } from '../../labels/sets.js';
import { lexiconOptions, stripOption, thresholdOption, wholeNumber } from '../options.js';

/**
 * The output format of a batch run: `--format` when given, else CSV for an `-o` file ending in .csv and JSONL otherwise.
 * An -o file named as a report (.html, .md) is a usage error naming `framelens report --batch`: batch writes records, not reports.
 */
export function batchFormat(output: string | undefined, given: 'jsonl' | 'csv' | undefined): 'jsonl' | 'csv' {
  if (given) return given;
  const path = output && output !== '-' ? output : '';
  if (formatFromPath(path)) {
    throw new FramelensError(`${output}: batch writes JSONL or CSV records, not a report: write them with -o scored.jsonl, then framelens report --batch scored.jsonl -o ${output}`, 2);
  }
  return extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl';
}

/** `framelens batch <inputs...>`: score many records on all cores, streaming, in input order. */
export function batchCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('batch')
    .description('score many texts: files, folders (.txt, .md), globs, .jsonl, .csv (commas, semicolons or tabs), .tsv, or - for JSONL on stdin; one output record per good input record, in input order')
    .argument('<inputs...>', 'files, folders, globs, .jsonl, .csv or .tsv files, or - (JSONL on stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (default: csv for a .csv -o FILE, else jsonl)').choices(['jsonl', 'csv']).default('jsonl'))
    .option('-o, --output <file>', 'write to FILE (atomically: a temporary file renamed at the end) instead of stdout (- for stdout)')
    .option('--errors <file>', 'also write bad records to FILE as JSONL (source, line, id, error)')
    .option('-j, --jobs <n>', 'worker threads (default: one per 2 MB of input, up to the number of cores)', wholeNumber(1))
    .option('--text-column <name>', 'CSV column (or JSONL field) with the text', 'text')
    .option('--id-column <name>', 'CSV column (or JSONL field) with the record id', 'id')
    .option('--max-chars <n>', 'refuse texts longer than this many characters', wholeNumber(1), DEFAULT_BATCH_MAX_CHARS)
    .option('--top <n>', 'strongest markers per record', wholeNumber(0), 5)
    .option('--annotations', 'add the full annotations of each record (jsonl only)')
    .addOption(new Option('--labels <set>', 'add each record\'s document-level labels in a shared-task label set (a "labels" field; CSV: a "labels" column)').choices([...LABEL_SETS]))
    .addOption(thresholdOption())
    .addOption(stripOption('score'))
    .option('-q, --quiet', 'no progress and no summary line on stderr (errors are still reported)');
  cmd.addHelpText('after', `
Examples:
  framelens batch statements.jsonl > scored.jsonl
  framelens batch readouts/ 'archive/**/*.md' -o scored.jsonl --errors bad.jsonl
  framelens batch sheet.csv --text-column body --id-column key --format csv -o scored.csv
  cat statements.jsonl | framelens batch - --jobs 4

Exit codes: 0 every record good, 1 a record or input failed, 2 usage, 130 interrupted (Ctrl-C).`);
  lexiconOptions(cmd).action(async (inputs: string[], opts) => {
    const format = batchFormat(opts.output, cmd.getOptionValueSource('format') === 'default' ? undefined : opts.format);
    if (opts.annotations && format === 'csv') throw new FramelensError(`--annotations needs --format jsonl${opts.format === 'csv' ? '' : ` (-o ${opts.output} writes CSV)`}`, 2);
    if (opts.errors === '-') throw new FramelensError('--errors - would mix the bad records into the results on stdout; name a file (they are on stderr too)', 2);
    const { runBatch } = await import('../../batch/run-batch.js');
    setExit(await runBatch({
      inputs,
      format,
      output: opts.output === '-' ? undefined : opts.output, // -o - is stdout, as for report and compare
      errors: opts.errors,
      jobs: opts.jobs !== undefined ? { fixed: opts.jobs } : { max: availableParallelism() },
      quiet: Boolean(opts.quiet),
      maxChars: opts.maxChars,
      csv: { text: opts.textColumn, id: opts.idColumn, idChosen: cmd.getOptionValueSource('idColumn') === 'cli' },
      strip: opts.strip,
      settings: { lexicon: opts.lexicon, builtin: opts.builtin !== false, threshold: opts.threshold, top: opts.top, annotations: Boolean(opts.annotations), labels: opts.labels },
    }, io));
  });
  return cmd;
}
