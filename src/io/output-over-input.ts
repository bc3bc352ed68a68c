import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FramelensError } from '../errors.js';

/** Refuse (usage, exit 2) an output path (`-o`, or `option`) that is one of the inputs, before anything is read: writing there would destroy the text being read. */
export function refuseOutputOverInput(output: string | undefined, inputs: (string | undefined)[], cwd: string, option = '-o'): void {
  if (!output || output === '-') return;
  const target = statSync(resolve(cwd, output), { throwIfNoEntry: false });
  if (!target?.isFile()) return;
  for (const input of inputs) {
    if (!input || input === '-') continue;
    const source = statSync(resolve(cwd, input), { throwIfNoEntry: false });
    if (source && source.dev === target.dev && source.ino === target.ino) throw new FramelensError(`${output}: is the input ${input}; writing there would overwrite it (choose another ${option} path)`, 2);
  }
}
