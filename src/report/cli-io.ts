import { renameSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import type { CliIO } from '../cli/context.js';
import { FramelensError } from '../errors.js';
import { decodeBytes, readStream, readTextFile } from '../io/read-text.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import { decodeText } from '../pipeline/decode.js';
import type { CompareSide } from '../compare/types.js';
import { checkFileSize, checkMaxChars, DEFAULT_MAX_CHARS } from '../io/max-chars.js';
import { detectMarkup, type MarkupKind, stripMarkup } from '../io/strip-markup.js';

/** How the report and compare commands read a text: size limit and markup handling (as `framelens analyze`). */
export interface InputOptions { maxChars?: number; strip?: MarkupKind }

/**
 * Read one input (a path, or - for stdin), warn about decoding problems on stderr, strip HTML or Markdown
 * (given, or detected as by analyze) and analyse it. The returned text is what was analysed, the prose
 * without markup, so that the result's offsets index it and reports show readable text.
 */
export async function analyzeInput(file: string, io: CliIO, lexicon: CompiledLexicon, threshold: number, options: InputOptions = {}): Promise<CompareSide> {
  const label = file === '-' ? '<stdin>' : file;
  const path = io.cwd ? resolve(io.cwd, file) : file;
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (file !== '-') checkFileSize(path, max);
  const input = file === '-' ? decodeBytes(await readStream(io.stdin), '<stdin>') : readTextFile(path);
  for (const w of input.warnings) io.stderr.write(`${w}\n`);
  checkMaxChars(input.text, label, max);
  const original = decodeText(input.text);
  const markup = options.strip ?? detectMarkup(file === '-' ? null : file, original);
  if (!options.strip && markup === 'html' && !/\.x?html?$/i.test(file)) io.stderr.write(`framelens: ${label}: looks like HTML, read with --strip html (--strip none reads it as plain text)\n`);
  const text = markup === 'none' ? original : stripMarkup(original, markup).text;
  return { text, result: analyze(text, { lexicon, threshold, source: label }) };
}

/** The report format an output path asks for: .html/.htm -> html, .md/.markdown -> md, else null. */
export function formatFromPath(path: string): 'html' | 'md' | null {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'md' : null;
}

/** Write `content` to `path` (via a temporary file and a rename) or to stdout when no path is given. */
export function writeOutput(content: string, path: string | undefined, io: CliIO): void {
  if (!path || path === '-') { io.stdout.write(content); return; }
  const target = resolve(io.cwd ?? process.cwd(), path);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FramelensError(`${path}: cannot write (${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : code ?? 'error'})`);
  }
  io.stderr.write(`framelens: wrote ${path}\n`);
}
