import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FramelensError } from '../errors.js';

/** How an input is read: one text per file, JSONL records (a file or stdin), or CSV rows. */
export type InputKind = 'text' | 'jsonl' | 'csv';

/** One input to read, in order; `path` is `<stdin>` for -. */
export interface InputSource { kind: InputKind; path: string; stdin?: boolean; bytes: number | null }

/** The label of standard input in ids, sources and messages. */
export const STDIN_LABEL = '<stdin>';

const kindOf = (path: string): InputKind => (/\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : /\.(csv|tsv)$/i.test(path) ? 'csv' : 'text');
const sizeOf = (path: string): number => statSync(path).size;


function statOrNull(path: string) {
  try { return statSync(path); } catch { return null; }
}

/** Expand the command-line inputs (files, folders searched for .txt and .md in any case, each file once, globs, - for stdin) into the sources to read, in argument order; a missing input, a glob that matches nothing or a folder without text files is an error. */
export async function expandInputs(args: string[], cwd: string): Promise<InputSource[]> {
  const out: InputSource[] = [];
  if (args.filter((a) => a === '-').length > 1) throw new FramelensError('- (stdin) can be given only once', 2);
  for (const arg of args) {
    if (arg === '-') { out.push({ kind: 'jsonl', path: STDIN_LABEL, stdin: true, bytes: null }); continue; }
    const full = resolve(cwd, arg);
    const stat = statOrNull(full);
    if (stat?.isDirectory()) {
      const files = (await glob(['**/*.txt', '**/*.md'], { cwd: full, onlyFiles: true, caseSensitiveMatch: false })).sort(); // NOTES.TXT too
      if (files.length === 0) throw new FramelensError(`${arg}: no .txt or .md files in this folder (give .jsonl, .csv or other files by name or glob)`);
      const byFile = new Map<string, string>(); // a file reached twice through a symbolic link (a link to a parent folder) is read once, by its shortest path
      for (const f of files) {
        const real = realpathSync(join(full, f));
        const known = byFile.get(real);
        if (known === undefined || f.length < known.length) byFile.set(real, f);
      }
      for (const f of [...byFile.values()].sort()) out.push({ kind: 'text', path: join(arg, f), bytes: sizeOf(join(full, f)) });
    } else if (stat) out.push({ kind: kindOf(arg), path: arg, bytes: stat.size });
    else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      if (files.length === 0) throw new FramelensError(`${arg}: no files match`);
      for (const f of files) out.push({ kind: kindOf(f), path: f, bytes: sizeOf(resolve(cwd, f)) });
    } else throw new FramelensError(`${arg}: no such file or folder`);
  }
  return out;
}
