import { engineFor } from './lexicon/engine.js';
import { builtinLexicon } from './lexicon/builtin.js';
import type { CompiledLexicon } from './lexicon/types.js';
import { runStages } from './pipeline/stages.js';
import { DEFAULT_THRESHOLD } from './pipeline/score.js';
import { summarizeCategories } from './pipeline/summarize.js';
import { TokenKind } from './pipeline/tokenize.js';
import type { AnalysisResult } from './types.js';

/** Tokens that are not white space (words, numbers, punctuation, symbols). */
function countTokens(kinds: readonly number[]): number {
  let n = 0;
  for (const k of kinds) if (k !== TokenKind.Space) n++;
  return n;
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The lexicon to run (default: the built-in lexicons). */
  lexicon?: CompiledLexicon;
  /** Document threshold for `detected` (default DEFAULT_THRESHOLD, 0.35). */
  threshold?: number;
  /** A name for the text, echoed as `source`. */
  source?: string | null;
}

/** Analyse one text: from text and options to the result (offsets index the text after a leading BOM); it reads no user files, and on first use loads its bundled data (the built-in lexicon, unless `lexicon` is given, and the tagger's model) from the package's dist/, once. */
export function analyze(input: string, options: AnalyzeOptions = {}): AnalysisResult {
  if (typeof input !== 'string') throw new TypeError(`framelens: analyze expects a string, got ${typeof input}`);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`framelens: threshold ${JSON.stringify(threshold)} must be in [0, 1]`);
  const engine = engineFor(options.lexicon ?? builtinLexicon());
  const state = runStages({ engine, text: input });
  const { text, seg, quotes, voices, turns } = state;
  const annotations = state.annotations!;
  return {
    schemaVersion: 1,
    source: options.source ?? null,
    stats: { characters: text.length, tokens: countTokens(seg!.tokens.kind), sentences: seg!.sentences.length },
    threshold,
    sentences: seg!.sentences.map((s) => ({ start: s.start, end: s.end })),
    quotes: quotes!.map((q, i) => ({ id: `q${i + 1}`, start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: voices!.quoteSpeakers[i] })),
    turns: turns!.map((t, i) => ({ id: `t${i + 1}`, ...t })),
    annotations,
    categories: summarizeCategories(annotations, threshold),
  };
}
