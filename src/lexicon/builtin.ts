import { readFileSync } from 'node:fs';
import { isPackedTables, streamInts, unpackStream } from './pack.js';
import type { CompiledLexicon } from './types.js';

/** Where the build writes the compiled built-in lexicons (src/ and dist/ sit at the same depth): the tables as JSON, the node stream as bytes (pack.ts). */
export const BUILTIN_LEXICON_URL = new URL('../../dist/builtin-lexicon.json', import.meta.url);
/** The node stream of the built-in lexicons. */
export const BUILTIN_STREAM_URL = new URL('../../dist/builtin-lexicon.bin', import.meta.url);

let builtin: CompiledLexicon | undefined;

/** The built-in lexicons, compiled from lexicons/ by `npm run build` and packed (pack.ts: tables in JSON, node stream in bytes) without their examples (runtime-copy.ts); loaded once, on first use. */
export function builtinLexicon(): CompiledLexicon {
  if (!builtin) {
    let tables: unknown;
    let code: Int32Array | undefined;
    try {
      tables = JSON.parse(readFileSync(BUILTIN_LEXICON_URL, 'utf8'));
      code = streamInts(readFileSync(BUILTIN_STREAM_URL));
    } catch {
      tables = undefined;
    }
    if (!isPackedTables(tables) || !code) throw new Error('framelens: the built-in lexicons are not compiled (or were compiled by an older build); run "npm run build"');
    builtin = unpackStream<CompiledLexicon>(tables.strings, tables.numbers, code);
  }
  return builtin;
}
