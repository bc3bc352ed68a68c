#!/usr/bin/env node
// Build step: write the digest of wink-eng-lite-web-model's core model (src/pipeline/wink-model.ts): its two
// base64 tables as raw bytes in dist/wink-core.bin, the rest as JSON in dist/wink-core.json, with the package
// version it was made from. A start then reads bytes instead of parsing, copying and decoding 2.9 MB of JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR, WINK_CORE_BIN_URL, WINK_CORE_URL, installedModelVersion } from '../dist/pipeline/wink-model.js';

const source = join(MODEL_DIR, 'languages/cur/models/eng-core-web-model.json');
const model = JSON.parse(readFileSync(source, 'utf8'));
const table = (base64) => {
  const bytes = Buffer.from(base64, 'base64'); // the bytes wink's own decode (atob, then char codes) gives
  if (bytes.length % 4 !== 0) throw new Error(`framelens: ${source}: a table is not whole 32-bit integers`);
  return bytes;
};
const lexicon = table(model.lexicon);
const xpansions = table(model.xpansions);
delete model.lexicon;
delete model.xpansions;
const digest = { modelVersion: installedModelVersion(), lexiconLength: lexicon.length / 4, xpansionsLength: xpansions.length / 4, model };
writeFileSync(WINK_CORE_URL, JSON.stringify(digest));
writeFileSync(WINK_CORE_BIN_URL, Buffer.concat([lexicon, xpansions]));
