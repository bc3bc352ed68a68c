import type { CompiledLexicon } from './types.js';

/**
 * The copy of a compiled lexicon the build packs for the analyzer (dist/builtin-lexicon.json): the
 * markers' examples and near misses and the categories' near misses are left out. They run as tests
 * (`framelens lexicons validate`, test/lexicon-data.test.ts) and fill docs/lexicons.md, both from
 * lexicons/; the analyzer never reads them, and leaving them out makes every start read less.
 */
export function runtimeCopy(lexicon: CompiledLexicon): CompiledLexicon {
  return {
    ...lexicon,
    categories: Object.fromEntries(Object.entries(lexicon.categories).map(([id, def]) => [id, { ...def, nearMisses: [], nearMissFiles: [] }])),
    markers: lexicon.markers.map((m) => ({ ...m, examples: [], nearMisses: [] })),
  };
}
