import { readFileSync } from 'node:fs';
import { isPacked, unpack } from './pack.js';
import type { CompiledLexicon } from './types.js';

/** Where the build writes the compiled built-in lexicons (src/ and dist/ sit at the same depth). */
export const BUILTIN_LEXICON_URL = new URL('../../dist/builtin-lexicon.json', import.meta.url);

let builtin: CompiledLexicon | undefined;

/** The built-in lexicons, compiled from lexicons/ by `npm run build` and packed (pack.ts) without their examples (runtime-copy.ts); loaded once, on first use. */
export function builtinLexicon(): CompiledLexicon {
  if (!builtin) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(BUILTIN_LEXICON_URL, 'utf8'));
    } catch {
      json = undefined;
    }
    if (!isPacked(json)) throw new Error('framelens: the built-in lexicons are not compiled (or were compiled by an older build); run "npm run build"');
    builtin = unpack<CompiledLexicon>(json);
  }
  return builtin;
}
