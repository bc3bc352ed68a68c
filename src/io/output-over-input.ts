import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { FramelensError } from '../errors.js';

/** What a path names: a regular file as its device and inode, 'other' for a device, FIFO or folder, null when nothing is there. */
function fileIdentity(path: string, cwd: string): string | null {
  const stat = statSync(resolve(cwd, path), { throwIfNoEntry: false });
  return !stat ? null : stat.isFile() ? `${stat.dev}:${stat.ino}` : 'other';
}

/** Refuse (usage, exit 2) an output path (`-o`, or `option`) that is one of the inputs, before anything is read: writing there would destroy the text being read. */
export function refuseOutputOverInput(output: string | undefined, inputs: (string | undefined)[], cwd: string, option = '-o'): void {
  if (!output || output === '-') return;
  const target = fileIdentity(output, cwd);
  if (target === null || target === 'other') return;
  for (const input of inputs) {
    if (input && input !== '-' && fileIdentity(input, cwd) === target) throw new FramelensError(`${output}: is the input ${input}; writing there would overwrite it (choose another ${option} path)`, 2);
  }
}

/** Refuse (usage, exit 2) `--errors` naming the `-o` file (the same path, or a link to the same file): the last rename would replace the other output. A device (/dev/null) may be both. */
export function refuseSameOutputs(output: string | undefined, errors: string | undefined, cwd: string): void {
  if (!output || !errors) return;
  const [a, b] = [fileIdentity(output, cwd), fileIdentity(errors, cwd)];
  const same = a === null && b === null ? resolve(cwd, output) === resolve(cwd, errors) : a !== 'other' && a === b;
  if (same) throw new FramelensError(`${errors}: is also the -o output; the errors would overwrite the results (choose another --errors path)`, 2);
}

/** A warning when an output is a .txt or .md file inside an input folder: the next batch over that folder would read it as a text; else null. */
export function outputInInputFolder(output: string | undefined, inputs: string[], cwd: string): string | null {
  if (!output || output === '-' || !['.txt', '.md', '.markdown'].includes(extname(output).toLowerCase())) return null;
  for (const input of inputs) {
    if (input === '-' || !statSync(resolve(cwd, input), { throwIfNoEntry: false })?.isDirectory()) continue;
    const rel = relative(resolve(cwd, input), resolve(cwd, output));
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return `framelens: ${output}: is inside the input folder ${input}, so a later batch over ${input} would read it as a text (name it .jsonl or .csv, or write it elsewhere)`;
  }
  return null;
}
