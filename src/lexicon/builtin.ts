import { readFileSync } from 'node:fs';
import type { CompiledLexicon } from './types.js';

/** Where the build writes the compiled built-in lexicons (src/ and dist/ sit at the same depth). */
export const BUILTIN_LEXICON_URL = new URL('../../dist/builtin-lexicon.json', import.meta.url);

let builtin: CompiledLexicon | undefined;

/** The built-in lexicons, compiled from lexicons/ by `npm run build`; loaded once, on first use. */
export function builtinLexicon(): CompiledLexicon {
  if (!builtin) {
    try {
      builtin = JSON.parse(readFileSync(BUILTIN_LEXICON_URL, 'utf8')) as CompiledLexicon;
    } catch {
      throw new Error('framelens: the built-in lexicons are not compiled; run "npm run build"');
    }
  }
  return builtin;
}
