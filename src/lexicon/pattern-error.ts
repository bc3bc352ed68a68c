import { quoteInput } from '../errors.js';

/**
 * A pattern that cannot be compiled: `problem` names what is wrong (`empty pattern`, `unbalanced ")"`), `pattern` the
 * pattern's source once compilePattern has caught it. Thrown to library users, its message reads
 * `framelens: pattern "<source>": <problem>`; lexicon compiling (compile.ts) puts `problem` in its own message.
 */
export class PatternError extends Error {
  /** What is wrong with the pattern, without the prefix or the pattern. */
  readonly problem: string;
  /** The pattern's source, when known. */
  readonly pattern: string | undefined;
  constructor(problem: string, pattern?: string) {
    super(pattern === undefined ? problem : `framelens: pattern ${quoteInput(pattern)}: ${problem}`);
    this.name = 'PatternError';
    this.problem = problem;
    this.pattern = pattern;
  }
}
