#!/usr/bin/env node
// Build step: validate and compile lexicons/ into dist/builtin-lexicon.json, without examples (src/lexicon/runtime-copy.ts) and
// packed (src/lexicon/pack.ts); the kernel loads it on first use.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconSources } from '../dist/lexicon/load.js';
import { compileLexicon } from '../dist/lexicon/compile.js';
import { pack } from '../dist/lexicon/pack.js';
import { runtimeCopy } from '../dist/lexicon/runtime-copy.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  const sources = loadLexiconSources(join(root, 'lexicons'), root);
  const lexicon = compileLexicon(sources);
  const out = join(root, 'dist', 'builtin-lexicon.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(pack(runtimeCopy(lexicon)))); // without examples, every distinct value once: a smaller file, a faster cold start
  const counts = Object.keys(lexicon.categories).length;
  process.stderr.write(`framelens: compiled ${lexicon.markers.length} markers in ${counts} categories from ${sources.length} files\n`);
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
