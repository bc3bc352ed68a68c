import { resolve } from 'node:path';
import { decodeText } from '../pipeline/decode.js';
import type { MappedText } from './mapped-text.js';
import { checkFileSize, checkMaxChars, readSpecialWithin, readStreamWithin } from './max-chars.js';
import { decodeBytes, readTextFile } from './read-text.js';
import { detectMarkup, looksLikeMarkdown, type MarkupKind, stripMarkup } from './strip-markup.js';

/** How to read one input: where stdin and relative paths come from, the size limit, the markup (detected when not given). */
export interface ReadInputOptions { stdin: NodeJS.ReadableStream; cwd?: string; maxChars: number; strip?: MarkupKind }

/** One input, read and ready to analyse. */
export interface PreparedInput {
  /** The path as given, or `<stdin>`. */
  label: string;
  /** The decoded input without a leading BOM: what offsets index. */
  original: string;
  /** The prose without markup and its map to `original`, or null for plain text. */
  mapped: MappedText | null;
  /** Diagnostics for stderr: decoding problems, markup detected by content. */
  warnings: string[];
}

/**
 * Read a path (a file, a pipe or a device) or `-` for stdin within `maxChars`; binary is refused, invalid UTF-8 decoded
 * with a warning; HTML or Markdown is stripped as asked or detected (HTML by extension or content, Markdown by extension).
 */
export async function readInput(file: string, options: ReadInputOptions): Promise<PreparedInput> {
  const label = file === '-' ? '<stdin>' : file;
  const path = options.cwd ? resolve(options.cwd, file) : file;
  if (file !== '-') checkFileSize(path, options.maxChars);
  const streamed = file === '-' ? await readStreamWithin(options.stdin, label, options.maxChars) : await readSpecialWithin(path, options.maxChars);
  const input = streamed ? decodeBytes(streamed, label) : readTextFile(path);
  checkMaxChars(input.text, label, options.maxChars);
  const original = decodeText(input.text);
  const warnings = [...input.warnings];
  const markup = options.strip ?? detectMarkup(file === '-' ? null : file, original);
  if (!options.strip && markup === 'html' && !/\.x?html?$/i.test(file)) warnings.push(`framelens: ${label}: looks like HTML, read with --strip html (--strip none reads it as plain text)`);
  if (!options.strip && markup === 'none' && looksLikeMarkdown(original)) warnings.push(`framelens: ${label}: looks like Markdown; read as plain text (--strip md reads past its links, emphasis and code)`);
  return { label, original, mapped: markup === 'none' ? null : stripMarkup(original, markup), warnings };
}
