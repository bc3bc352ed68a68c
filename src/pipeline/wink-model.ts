// wink-eng-lite-web-model with its core model read from a digest the build makes (scripts/digest-wink-model.mjs).
//
// The stock core model is a 2.9 MB JSON file that the package parses when it is required, copies with
// JSON.parse(JSON.stringify(...)) when wink-nlp starts, and whose two tables it decodes from base64 byte by
// byte: about 70 ms of every cold start. The digest holds the same model with the two tables as raw bytes
// (dist/wink-core.bin) and the rest as JSON (dist/wink-core.json), so a start parses a third of the JSON
// and decodes nothing. The rest of the loading is wink's own code, repeated here step for step
// (read-core-model.js and load-core-model.js of the package); test/wink-model.test.ts checks that both
// give the same model. Without a digest for the installed version of the package, the stock model is used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The digest's JSON part: the core model without its two tables, and where the tables sit in the .bin file. */
export const WINK_CORE_URL = new URL('../../dist/wink-core.json', import.meta.url);
/** The digest's tables (`lexicon`, then `xpansions`): the bytes their base64 holds, read as 32-bit integers as wink reads them. */
export const WINK_CORE_BIN_URL = new URL('../../dist/wink-core.bin', import.meta.url);

/** What the digest records besides the model: the package version it was made from and the tables' lengths in 32-bit integers. */
export interface WinkCoreDigest { modelVersion: string; lexiconLength: number; xpansionsLength: number; model: Record<string, unknown> }

const require = createRequire(import.meta.url);
/** The model package's dist/ folder (its core model JSON is languages/cur/models/eng-core-web-model.json under it). */
export const MODEL_DIR = dirname(require.resolve('wink-eng-lite-web-model'));

/** The installed version of wink-eng-lite-web-model. */
export function installedModelVersion(): string {
  return (JSON.parse(readFileSync(join(MODEL_DIR, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

type CoreModel = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- wink's model is untyped

/** The core model from the digest, made as wink's loadModel makes it; undefined when there is no digest or it was made from another version. */
export function loadDigestedCore(version = installedModelVersion()): CoreModel | undefined {
  let digest: WinkCoreDigest;
  let bin: Buffer;
  try {
    digest = JSON.parse(readFileSync(WINK_CORE_URL, 'utf8')) as WinkCoreDigest;
    bin = readFileSync(WINK_CORE_BIN_URL);
  } catch {
    return undefined;
  }
  if (digest.modelVersion !== version || bin.length !== 4 * (digest.lexiconLength + digest.xpansionsLength)) return undefined;
  const split = bin.byteOffset + 4 * digest.lexiconLength;
  const model: CoreModel = digest.model;
  model.lexicon = new Uint32Array(bin.buffer.slice(bin.byteOffset, split)); // each table owns its buffer, as wink's base64 decode gives it
  model.xpansions = new Uint32Array(bin.buffer.slice(split, bin.byteOffset + bin.length));
  finishCore(model);
  return model;
}

/** What wink's read-core-model.js does after decoding the tables, then what its load-core-model.js adds. */
function finishCore(model: CoreModel): void {
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].hash = Object.create(null);
      for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
    }
  }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = featuresData.lexeme.list.length;
  featuresData.lexeme.index = featuresData.lexeme.list.length;
}

/**
 * The model object wink-nlp takes: the package's own loaders and add-ons (as its dist/model.js puts
 * them together), with `core` read from the digest when there is one for the installed version.
 * Requiring the package's model.js would parse the stock core JSON at once, so the parts are required one by one.
 */
export function winkModel(): unknown {
  const version = installedModelVersion();
  const core = loadDigestedCore(version);
  if (!core) return require('wink-eng-lite-web-model');
  const part = (file: string) => require(join(MODEL_DIR, file));
  const model = Object.create(null);
  let first: CoreModel | undefined = core;
  model.core = () => { // wink-nlp calls it once per instance and adds words to the model it gets: each call gets its own, as with the stock loader
    const fresh = first ?? loadDigestedCore(version)!;
    first = undefined;
    return fresh;
  };
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  model.addons = Object.create(null);
  model.addons.stem = part('porter-stemmer.js');
  model.addons.lemmatize = part('lemmatize.js');
  model.addons.readabilityStats = part('readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
