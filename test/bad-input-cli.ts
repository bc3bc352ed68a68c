import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { run } from '../src/cli/run.js';
import { repoPath } from './helpers.js';

/** Run the CLI in-process and capture its streams. */
export async function cli(argv: string[], stdin: string | Uint8Array = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const input = new PassThrough();
  input.end(stdin);
  const code = await run(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: input });
  return { code, out, err };
}

/** Run the built binary (bin/framelens.js, needs `npm run build`) in a child process. */
export function bin(argv: string[], options: { input?: string; cwd?: string } = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [repoPath('bin/framelens.js'), ...argv], { encoding: 'utf8', input: options.input, cwd: options.cwd, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
