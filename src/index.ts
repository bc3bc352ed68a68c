/** framelens: the library entry point. `analyze(text, options)` is pure: text in, result out, no file access. */
export { analyze, type AnalyzeOptions } from './analyze.js';
export type { AnalysisResult, Annotation, CategoryScore, Explanation, Quote } from './types.js';
export { CATEGORY_IDS, VOICES, MODIFIERS, isCategoryId, type CategoryId, type Voice, type Modifier } from './taxonomy.js';
export { compileLexicon, emptyLexicon } from './lexicon/compile.js';
export { builtinLexicon } from './lexicon/builtin.js';
export type { CompiledLexicon, CompiledMarker, LexiconSource } from './lexicon/types.js';
export { compilePattern, PatternError } from './lexicon/pattern.js';
export { checkLexiconExamples } from './lexicon/check-examples.js';
export { formatJson } from './format/json.js';
export { formatText } from './format/text.js';
export { escapeHtml } from './format/escape.js';
export { FramelensError } from './errors.js';
export { STAGE_NAMES } from './pipeline/stages.js';
export { DEFAULT_THRESHOLD } from './pipeline/score.js';
