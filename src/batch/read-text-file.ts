import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { overMaxChars, readStreamWithin } from '../io/max-chars.js';
import { resolve } from 'node:path';
import { decodeBytes } from '../io/read-text.js';
import { FramelensError } from '../errors.js';
import type { ReadContext } from './read-jsonl.js';
import { textProblem } from './records.js';
import type { ReadItem } from './types.js';

/** Read a whole text file as one record (id and source: its path); a binary, empty or too long file is an error. */
export async function readTextRecord(path: string, cwd: string, ctx: ReadContext): Promise<ReadItem> {
  const origin = { path, line: null };
  const full = resolve(cwd, path);
  let size = 0;
  try {
    const info = await stat(full);
    size = info.size;
    if (size > 3 * ctx.maxChars) return { error: { origin, message: overMaxChars(`file has ${size} bytes, so more than ${ctx.maxChars} characters`, ctx.maxChars), size } };
    // a FIFO, <(command) or a device such as /dev/zero has no size: read as a stream within --max-chars, binary refused from its first 8 KiB
    const bytes = info.isFile() ? await readFile(full) : await readStreamWithin(createReadStream(full), path, ctx.maxChars);
    const input = decodeBytes(bytes, path);
    input.warnings.forEach((w) => ctx.warn(w));
    const problem = textProblem(input.text, ctx.maxChars);
    if (problem) return { error: { origin, message: problem, size } };
    return { record: { origin, id: path, source: path, passthrough: {}, text: input.text, size } }; // its markup: record-markup.ts
  } catch (err) {
    const message = err instanceof FramelensError ? err.message.replace(`framelens: ${path}: `, '') : `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    return { error: { origin, message, size } };
  }
}
