#!/usr/bin/env node
// Build step: bundle the command and the batch worker (tsc output in dist/) into dist/bin/, one file each plus
// shared chunks, so starting the command loads a few files instead of about a hundred small modules.
// Dependencies stay external (node_modules). Paths made from import.meta.url still hold: dist/bin/ sits at the depth of dist/<folder>/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist/bin'), { recursive: true, force: true }); // chunk names carry hashes: old ones would pile up
await build({
  entryPoints: { run: join(root, 'dist/cli/run.js'), worker: join(root, 'dist/batch/worker.js') },
  outdir: join(root, 'dist/bin'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
