import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { FramelensError } from '../errors.js';
import { readProblem } from '../io/read-text.js';
import { collector } from './fields.js';
import type { LexiconSource } from './types.js';

const require = createRequire(import.meta.url);
/** js-yaml, loaded only when a YAML lexicon is read (keeps the CLI's cold start short). */
const yaml = () => require('js-yaml') as typeof import('js-yaml');

const LEXICON_EXT = new Set(['.yaml', '.yml', '.json']);

function readSource(path: string, label: string): LexiconSource {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new FramelensError(`${label}: ${readProblem(err)}`); // the same words as for every other file ('permission denied' ...)
  }
  try {
    const data = extname(path) === '.json' ? JSON.parse(text) : yaml().load(text);
    return { file: label, data };
  } catch (err) {
    const message = (err as Error).message; // JSON.parse's may quote the text, line breaks and all: kept whole, on one line; js-yaml's first line is the reason
    let reason = extname(path) === '.json' ? message.replace(/\s*\n\s*/g, ' ') : message.split('\n')[0].replace(/^YAMLException: /, '');
    const at = /at position (\d+)/.exec(reason); // JSON.parse gives a character position: show line and column
    if (at) { const before = text.slice(0, Number(at[1])).split('\n'); reason = reason.replace(at[0], `at line ${before.length}, column ${before[before.length - 1].length + 1}`); }
    else if (extname(path) === '.json') reason += jsonPlace(text, reason);
    reason = reason.replace(/ \((\d+):(\d+)\)$/, ' at line $1, column $2'); // js-yaml's "(8:1)"
    const open = /end of the stream within a (double|single) quoted scalar/.exec(reason);
    if (open) { const quote = text.lastIndexOf(open[1] === 'double' ? '"' : "'"); reason += ` (the ${open[1]} quote at line ${text.slice(0, quote).split('\n').length} is never closed)`; } // everything after an unclosed quote is inside it: the last quote mark is the one left open
    throw new FramelensError(`${label}: malformed ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${reason}`);
  }
}

/**
 * Where JSON that JSON.parse rejects without a position ("Unexpected token '}', ...") goes wrong: js-yaml
 * reads JSON too and gives a line and column, kept when the token JSON.parse names stands there; else nothing.
 */
function jsonPlace(text: string, reason: string): string {
  try {
    yaml().load(text);
  } catch (err) {
    const mark = (err as { mark?: { line: number; column: number; position: number } }).mark;
    const token = /^Unexpected token '(.)'/.exec(reason)?.[1];
    if (mark && (!token || text[mark.position] === token)) return ` (at line ${mark.line + 1}, column ${mark.column + 1})`;
  }
  return '';
}

/**
 * Read lexicon files (I/O, outside the kernel): a file, or every .yaml/.yml/.json in a folder, sorted; labelled as given, or relative to `base`.
 * Without `onProblem` the first file that cannot be read or parsed is thrown; with it, each such file is passed on and left out.
 */
export function loadLexiconSources(path: string, base?: string, onProblem?: (err: FramelensError) => void): LexiconSource[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new FramelensError(`${path}: no such lexicon file or folder`);
  }
  const label = (p: string) => (base === undefined ? p : relative(base, p) || p);
  const attempt = collector(onProblem); // validate: a broken file does not hide the problems of the next one
  const read = (p: string): LexiconSource[] => attempt(() => [readSource(p, label(p))]) ?? [];
  if (!stat.isDirectory()) return read(path);
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => LEXICON_EXT.has(extname(f)))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0) throw new FramelensError(`${path}: no .yaml, .yml or .json lexicon files in this folder`);
  return files.flatMap(read);
}
