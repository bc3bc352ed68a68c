import { renameSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import type { CliIO } from '../cli/context.js';
import { FramelensError } from '../errors.js';
import { decodeBytes, readStream, readTextFile } from '../io/read-text.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import { decodeText } from '../pipeline/decode.js';
import type { CompareSide } from '../compare/types.js';

/** Read one input (a path, or - for stdin), warn about decoding problems on stderr, and analyse it. */
export async function analyzeInput(file: string, io: CliIO, lexicon: CompiledLexicon, threshold: number): Promise<CompareSide> {
  const input = file === '-' ? decodeBytes(await readStream(io.stdin), '<stdin>') : readTextFile(io.cwd ? resolve(io.cwd, file) : file);
  for (const w of input.warnings) io.stderr.write(`${w}\n`);
  const result = analyze(input.text, { lexicon, threshold, source: file === '-' ? '<stdin>' : file });
  return { text: decodeText(input.text), result };
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
