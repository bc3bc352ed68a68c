#!/usr/bin/env node
// Write docs/lexicons.md (from lexicons/, compiled with their examples) and docs/labels.md (from the SemEval mapping).
// Run after the build: npm run docs. With --check, write nothing and exit 1 when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLexiconDocs } from '../dist/docs/lexicon-docs.js';
import { renderLabelDocs } from '../dist/docs/labels-docs.js';
import { compileLexicon } from '../dist/lexicon/compile.js';
import { loadLexiconSources } from '../dist/lexicon/load.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const lexicon = compileLexicon(loadLexiconSources(join(root, 'lexicons'), root)); // the built-in pack leaves the examples out
const outputs = { 'docs/lexicons.md': renderLexiconDocs(lexicon), 'docs/labels.md': renderLabelDocs() };
let stale = 0;
for (const [file, text] of Object.entries(outputs)) {
  const path = join(root, file);
  let old = null;
  try { old = readFileSync(path, 'utf8'); } catch { /* missing */ }
  if (old === text) continue;
  if (check) { process.stderr.write(`framelens: ${file} is stale; run npm run docs\n`); stale++; continue; }
  writeFileSync(path, text);
  process.stderr.write(`framelens: wrote ${file}\n`);
}
process.exit(stale ? 1 : 0);
