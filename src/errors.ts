import { clip } from './format/clip.js';

/** An error meant for the user: one line, prefixed with the package name, no stack trace shown. */
export class FramelensError extends Error {
  /** Exit code the CLI uses for this error: 1 for bad input, 2 for usage. */
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message.startsWith('framelens: ') ? message : `framelens: ${message}`);
    this.name = 'FramelensError';
    this.exitCode = exitCode;
  }
}

/** Quote a piece of user input for an error message, shortened to `max` characters and an ellipsis (never half an emoji). */
export function quoteInput(value: unknown, max = 60): string {
  if (typeof value !== 'string') {
    const json = JSON.stringify(value) ?? String(value);
    return clip(json, max + 1);
  }
  return JSON.stringify(clip(value, max + 1));
}
