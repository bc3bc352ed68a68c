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

/** Quote a piece of user input for an error message, shortened to `max` characters. */
export function quoteInput(value: unknown, max = 60): string {
  if (typeof value !== 'string') {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > max ? `${json.slice(0, max)}…` : json;
  }
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
