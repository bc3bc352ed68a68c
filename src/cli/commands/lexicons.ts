import { Command, Option } from 'commander';
import { checkLexicons, chooseLexicon } from '../../io/lexicon-options.js';
import { CATEGORY_IDS } from '../../taxonomy.js';
import { type CliIO, warn } from '../context.js';
import { lexiconOptions } from '../options.js';
import { count } from '../../format/count.js';
import { formatLexiconList, type LexiconListRow } from '../../format/lexicon-list.js';

/** `framelens lexicons list|validate`: show the categories and marker counts; check lexicon files. */
export function lexiconsCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('lexicons').description('list the lexicons in use, or validate lexicon files');
  lexiconOptions(
    cmd.command('list')
      .description('categories with their marker counts (and definitions, with --format json)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action((opts) => {
    const lexicon = chooseLexicon(opts);
    const rows: LexiconListRow[] = CATEGORY_IDS.map((id) => ({ category: id, markers: lexicon.markers.filter((m) => m.category === id).length, definition: lexicon.categories[id]?.definition ?? null }));
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : formatLexiconList(rows, lexicon.markers.length));
    setExit(0);
  });
  cmd.command('validate')
    .description('check lexicon files: schema, ids, patterns, examples that must fire and near misses that must not')
    .argument('<path>', 'a lexicon file or a folder of them')
    .option('--no-builtin', 'validate alone, not on top of the built-in lexicons (for the built-in folder itself)')
    .action((path: string, opts) => {
      const { files, problems, ownMarkers } = checkLexicons([path], opts.builtin !== false);
      for (const p of problems) warn(io, p.message);
      io.stdout.write(`${path}: ${count(ownMarkers, 'marker')} in ${count(files, 'file')}, ${count(problems.length, 'problem')}\n`);
      setExit(problems.length ? 1 : 0);
    });
  return cmd;
}
