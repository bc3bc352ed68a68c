import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import type { CompiledLexicon } from '../src/lexicon/types.js';

/** Absolute path of a file in the repository. */
export const repoPath = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** The seed article as bundled in the corpus. */
export const seedText = () => readFileSync(repoPath('corpus/dev/trump-putin-call-2025-03-18.txt'), 'utf8');

let engineLexicon: CompiledLexicon | undefined;
/** The engine-test lexicon: the built-in stance cues plus test/fixtures/engine-lexicon.yaml. */
export function testLexicon(): CompiledLexicon {
  engineLexicon ??= compileLexicon([...loadLexiconSources(repoPath('lexicons/stance.yaml')), ...loadLexiconSources(repoPath('test/fixtures/engine-lexicon.yaml'))]);
  return engineLexicon;
}
