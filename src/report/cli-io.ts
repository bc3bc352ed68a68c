import { appendFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import { type CliIO, terminalHint, warn } from '../cli/context.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import type { CompareSide } from '../compare/types.js';
import { cannotWrite, keepSlash, tempPathFor, writeTarget } from '../batch/atomic-file.js';
import { FramelensError } from '../errors.js';
import { DEFAULT_MAX_CHARS } from '../io/max-chars.js';
import { type PreparedInput, readInput } from '../io/read-input.js';
import { notEnglishWarning } from '../io/script-check.js';
import type { MarkupKind } from '../io/strip-markup.js';

/** How the report and compare commands read a text: size limit and markup handling (as `framelens analyze`). */
export interface InputOptions { maxChars?: number; strip?: MarkupKind }

/** One input read and analysed: the prose that was analysed and its result (a CompareSide), the input as read, and the note for a text that is not English (null when it reads as English). */
export interface AnalysedInput extends CompareSide { input: PreparedInput; notEnglish: string | null }

/**
 * Read one input for the analyze, report and compare commands (readInput: a path, a pipe, or - for stdin, within
 * --max-chars), warn about decoding problems on stderr, strip HTML or Markdown (given, or detected) and analyse it;
 * an empty text (or markup without prose) and a text that is not English are named on stderr too.
 * The returned text is what was analysed, the prose without markup, so that the result's offsets index it and
 * reports show readable text.
 */
export async function analyzeInput(file: string, io: CliIO, lexicon: CompiledLexicon, threshold: number, options: InputOptions = {}): Promise<AnalysedInput> {
  const hint = file === '-' ? terminalHint(io.stdin, 'the text', 'a file') : null;
  if (hint) warn(io, hint);
  const input = await readInput(file, { stdin: io.stdin, cwd: io.cwd, maxChars: options.maxChars ?? DEFAULT_MAX_CHARS, strip: options.strip }).catch((err: unknown) => {
    // a folder of readouts is what batch reads: say so, in the same line
    if (err instanceof FramelensError && err.message.endsWith(': is a folder, expected a file')) throw new FramelensError(`${err.message} (framelens batch ${file} scores every .txt and .md file in it)`, err.exitCode);
    throw err;
  });
  for (const w of input.warnings) warn(io, w);
  // a download that failed gives an empty file: zero scores of it would read as a text without framing
  if (isEmptyText(input.original)) throw new FramelensError(`${input.label}: the text is empty or only white space, nothing to analyse (was the file saved or downloaded whole?)`);
  const text = input.mapped ? input.mapped.text : input.original;
  const result = analyze(text, { lexicon, threshold, source: input.label });
  const empty = emptyWarning(input.original, text, input.mapped !== null);
  if (empty) warn(io, `framelens: ${input.label}: ${empty}`); // a page whose text a script loads: its zero scores are no finding
  const notEnglish = notEnglishWarning(text); // the English lexicons find little in it: say so, or the scores read as an absence of framing
  if (notEnglish) warn(io, `framelens: ${input.label}: ${notEnglish}`);
  return { text, result, input, notEnglish };
}

/** Whether an input holds nothing to analyse: empty, white space or a byte order mark only (an input error for analyze, report and compare). */
export function isEmptyText(original: string): boolean {
  return original.replace(/^\ufeff/, '').trim() === '';
}

/** A warning when markup holds no prose (a page whose text a script loads); null otherwise. */
export function emptyWarning(original: string, prose: string, stripped: boolean): string | null {
  if (stripped && prose.trim() === '') return 'no prose left once the markup is read past, so nothing was found in it (--strip none reads it as it is)';
  return null;
}

/** The report format an output path asks for: .html/.htm -> html, .md/.markdown -> md, else null. */
export function formatFromPath(path: string): 'html' | 'md' | null {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'md' : null;
}

/** A warning when --format and the extension of -o name different formats (the file is written as --format says), else null. */
export function formatMismatch(output: string | undefined, format: string, extensionFormat: string | null): string | null {
  if (!output || output === '-' || !extensionFormat || extensionFormat === format) return null;
  return `framelens: ${output}: writing ${format} (--format ${format}), though its extension says ${extensionFormat}`;
}

/**
 * Write `content` to `path` (via a temporary file and a rename) or to stdout when no path is given. Content too large
 * for one string (analyze's JSON of a long text) comes as chunks, appended to the file in turn; stdout takes a string only.
 */
export function writeOutput(content: string | Iterable<string>, path: string | undefined, io: CliIO): void {
  if (!path || path === '-') {
    if (typeof content !== 'string') throw new TypeError('framelens: writeOutput writes chunks to a file only (stdout: write-chunks.ts, which waits for drain)');
    io.stdout.write(content);
    return;
  }
  const { target, inPlace } = writeTarget(keepSlash(path, resolve(io.cwd ?? process.cwd(), path)));
  const tmp = inPlace ? target : tempPathFor(target); // a device or a FIFO is written in place: a rename would replace it with a plain file
  try {
    writeFileSync(tmp, typeof content === 'string' ? content : '');
    if (typeof content !== 'string') for (const chunk of content) appendFileSync(tmp, chunk);
    if (!inPlace) renameSync(tmp, target);
  } catch (err) {
    if (!inPlace) rmSync(tmp, { force: true }); // a rename that failed (the target is a folder ...) leaves no temporary file behind
    throw cannotWrite(path, err);
  }
  warn(io, `framelens: wrote ${path}`);
}
