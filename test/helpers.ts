import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { run } from '../src/cli/run.js';
import type { CompareSide } from '../src/compare/types.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { isPredictedSpan } from '../src/eval/predicted-span.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import type { CompiledLexicon } from '../src/lexicon/types.js';

/** The texts of a text's predicted spans of one category (not negated, scored at or above the span floor), with the built-in lexicon. */
export const predictedSpans = (text: string, category: string): string[] =>
  analyze(text).annotations.filter((a) => a.category === category && isPredictedSpan(a)).map((a) => a.text);

/** A sentence that puts a probe on the war's topic (the QA probe tests prepend it). */
export const ON_TOPIC = 'The statement concerned the war in Ukraine. ';
/** Probe tests: the text, put on the topic, has a predicted span of the category. */
export const fires = (text: string, category: string) => expect(predictedSpans(ON_TOPIC + text, category).length).toBeGreaterThan(0);
/** Probe tests: the text, as it stands, has no predicted span of the category. */
export const silent = (text: string, category: string) => expect(predictedSpans(text, category)).toEqual([]);

/** Absolute path of a file in the repository. */
export const repoPath = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** The seed article as bundled in the corpus. */
export const seedText = () => readFileSync(repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), 'utf8');

let engineLexicon: CompiledLexicon | undefined;
/** The engine-test lexicon: the built-in stance cues plus test/fixtures/engine-lexicon.yaml. */
export function testLexicon(): CompiledLexicon {
  engineLexicon ??= compileLexicon([...loadLexiconSources(repoPath('lexicons/stance.yaml')), ...loadLexiconSources(repoPath('test/fixtures/engine-lexicon.yaml'))]);
  return engineLexicon;
}

let compareFixture: CompiledLexicon | undefined;
/** One side of a comparison, analysed with the compare-test lexicon (test/fixtures/compare-lexicon.yaml alone) under the source name `source`. */
export function compareSide(text: string, source = 'x'): CompareSide {
  compareFixture ??= chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
  return { text, result: analyze(text, { lexicon: compareFixture, source }) };
}

/** What a CLI run printed and returned. */
export interface CliRun { code: number | null; out: string; err: string }

/** Run the CLI in-process (`run(argv, io)`) with `stdin` and an optional working folder, capturing its streams. */
export async function cli(argv: string[], stdin: string | Uint8Array = '', cwd?: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const input = new PassThrough();
  input.end(stdin);
  const code = await run(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: input, cwd });
  return { code, out, err };
}

/** Run the built binary (bin/framelens.js, needs `npm run build`) in a child process. */
export function bin(argv: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [repoPath('bin/framelens.js'), ...argv], { encoding: 'utf8', input: options.input, cwd: options.cwd, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
