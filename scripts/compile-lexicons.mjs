#!/usr/bin/env node
// Build step: validate and compile lexicons/ into dist/builtin-lexicon.json and .bin, without examples (src/lexicon/runtime-copy.ts) and
// packed (src/lexicon/pack.ts: the tables as JSON, the node stream as bytes); the kernel loads them on first use.
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
  const { tables, stream } = pack(runtimeCopy(lexicon)); // without examples, every distinct value once: a smaller file, a faster cold start
  writeFileSync(out, JSON.stringify(tables));
  writeFileSync(out.replace(/\.json$/, '.bin'), stream); // the node stream as bytes: nothing to decode when it loads
  const counts = Object.keys(lexicon.categories).length;
  process.stderr.write(`framelens: compiled ${lexicon.markers.length} markers in ${counts} categories from ${sources.length} files\n`);
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
