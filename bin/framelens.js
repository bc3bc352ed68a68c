#!/usr/bin/env node
// The framelens command: runs the CLI on process.argv; exit codes 0 ok, 1 failed input, 2 usage.
// It loads the bundle the build writes to dist/bin/ (scripts/bundle.mjs): a few files instead of about a hundred modules.
import { run } from '../dist/bin/run.js';

// stdout closed early (| head) exits quietly; any other write error (a full disk, /dev/full) is one line, exit 1, no stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`framelens: cannot write the output (${err.code ?? err.message})\n`);
  process.exit(1);
});
const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
process.exitCode = code;
