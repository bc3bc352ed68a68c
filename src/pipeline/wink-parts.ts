// The parts of wink-nlp the wink reader (make-wink-reader.ts) runs, made from wink-nlp's own modules (src/*.js, pinned by
// the lockfile) as its nlp() makes them in load(), but only those framelens uses: the lexicon cache, the tokenizer,
// the sentence automaton with its setter, the POS automata with their updater, and the tag mapper (the reader sets
// the tags itself, as wink's POS setter does). Throws when the modules or the models are not shaped as expected;
// the reader then falls back to readDoc.
import { createRequire } from 'node:module';
import { winkModel } from './wink-model.js';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- wink-nlp's modules are untyped */

/** wink's parts, ready to run: see the module comment. */
export interface WinkParts {
  cache: any;
  tokenize: (doc: unknown, text: string) => void;
  wrap: (rdd: unknown) => unknown;
  normals: (rdd: unknown) => number[];
  defaultTags: (rdd: unknown) => number[];
  bits4lemma: number;
  posMask: number;
  sbd: any;
  sbdMachine: any;
  posModel: any;
  posMachines: any[];
  /** The token each automaton passes over untransformed (automaton.js: keyLF): a line break for sentences, the out-of-vocabulary lexeme for POS. */
  sbdSkip: number;
  posSkip: number;
  /** wink's lexeme list, which grows with every word it has not seen. */
  lexemes: { list: unknown[]; intrinsicSize: number };
}

/** Make wink's parts from a fresh copy of the model (each call has its own lexicon). */
export function loadWinkParts(): WinkParts {
  const Cache = require('wink-nlp/src/cache.js');
  const compileTRex = require('wink-nlp/src/compile-trex.js');
  const tokenizer = require('wink-nlp/src/tokenizer.js');
  const fsm = require('wink-nlp/src/automaton.js');
  const { mapRawTokens2UIdOfNormal: normals, mapRawTokens2UIdOfDefaultPOS: defaultTags } = require('wink-nlp/src/tokens-mappers.js');
  const { bits4lemma, posMask } = require('wink-nlp/src/constants.js');
  const theModel = winkModel() as any;
  const core = theModel.core();
  const cache = Cache(core, theModel.featureFn);
  const sbd = theModel.sbd();
  const posModel = theModel.pos();
  if (sbd.machines.length !== 1 || posModel.transformers[0] !== posModel.transformers[1]) throw new Error('framelens: wink-nlp\'s sentence or POS model changed shape');
  const sbdMachine = fsm(cache);
  sbdMachine.importJSON(sbd.machines[0]);
  const posMachines = posModel.machines.map((m: unknown) => { const a = fsm(cache, cache.value(0)); a.importJSON(m); return a; });
  return {
    cache, tokenize: tokenizer(compileTRex(core.trex), core.tcat.hash, core.preserve), wrap: require('wink-nlp/src/dd-wrapper.js'), normals, defaultTags,
    bits4lemma, posMask, sbd, sbdMachine, posModel, posMachines,
    sbdSkip: cache.lookup('\n')[0], posSkip: cache.lookup(cache.value(0))[0], lexemes: core.features.lexeme,
  };
}
