import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { installedModelVersion, loadDigestedCore, winkModel } from '../src/pipeline/wink-model.js';
import { seedText } from './helpers.js';

const require = createRequire(import.meta.url);
const stock = require('wink-eng-lite-web-model') as { core(): unknown };
type Model = Parameters<typeof winkNLP>[0];

describe('the digest of the wink model (pipeline/wink-model.ts)', () => {
  it('gives the core model wink-eng-lite-web-model gives, value for value', () => {
    const digested = loadDigestedCore();
    expect(digested).toBeDefined();
    expect(isDeepStrictEqual(digested, stock.core())).toBe(true);
  });
  it('is not used for another version of the model package', () => {
    expect(loadDigestedCore(`${installedModelVersion()}-other`)).toBeUndefined();
  });
  it('tokenizes, tags and splits sentences as the stock model does', () => {
    const text = seedText();
    const mine = winkNLP(winkModel() as Model, ['sbd', 'pos']);
    const theirs = winkNLP(stock as unknown as Model, ['sbd', 'pos']);
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.sentences().out(nlp.its.span)];
    };
    expect(read(mine)).toEqual(read(theirs));
  });
  it('gives each wink-nlp instance its own core model (wink adds the words it meets to it)', () => {
    const model = winkModel() as { core(): unknown };
    expect(model.core()).not.toBe(model.core());
  });
});
