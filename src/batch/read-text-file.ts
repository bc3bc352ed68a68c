import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeBytes } from '../io/read-text.js';
import { detectMarkup } from '../io/strip-markup.js';
import { FramelensError } from '../errors.js';
import type { ReadContext } from './read-jsonl.js';
import { textProblem } from './records.js';
import type { ReadItem } from './types.js';

/** Read a whole text file as one record (id and source: its path), with its markup (read past as by `framelens analyze`); a binary, empty or too long file is an error. */
export async function readTextRecord(path: string, cwd: string, ctx: ReadContext): Promise<ReadItem> {
  const origin = { path, line: null };
  const full = resolve(cwd, path);
  let size = 0;
  try {
    size = (await stat(full)).size;
    if (size > 3 * ctx.maxChars) return { error: { origin, message: `file has ${size} bytes, over --max-chars ${ctx.maxChars}`, size } };
    const input = decodeBytes(await readFile(full), path);
    input.warnings.forEach((w) => ctx.warn(w));
    const problem = textProblem(input.text, ctx.maxChars);
    if (problem) return { error: { origin, message: problem, size } };
    const markup = detectMarkup(path, input.text); // as `framelens analyze` does without --strip: HTML by extension or content, Markdown by extension
    if (markup === 'html' && !/\.x?html?$/i.test(path)) ctx.warn(`framelens: ${path}: looks like HTML, read without its tags`);
    return { record: { origin, id: path, source: path, passthrough: {}, text: input.text, size, ...(markup === 'none' ? {} : { markup }) } };
  } catch (err) {
    const message = err instanceof FramelensError ? err.message.replace(`framelens: ${path}: `, '') : `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    return { error: { origin, message, size } };
  }
}
