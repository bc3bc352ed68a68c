import { escapeTerminal } from '../format/escape.js';

/** Where a CLI run reads and writes: the process streams, or test doubles. */
export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  /** Working folder for relative paths (default process.cwd()). */
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Write one diagnostic line to stderr: line breaks and control characters of paths and parser messages shown as in the terminal format, so it stays one line and runs no escape sequence. */
export function warn(io: CliIO, message: string): void {
  io.stderr.write(`${escapeTerminal(message)}\n`);
}

/**
 * The line a command that reads `-` writes to stderr first when stdin is a terminal (else nothing):
 * what it reads and how to end it, since otherwise it just waits for typing.
 */
export function terminalHint(stdin: NodeJS.ReadableStream, what: string, instead: string): string | null {
  return (stdin as { isTTY?: boolean }).isTTY ? `framelens: reading ${what} from the terminal (end with Ctrl-D), or give ${instead}` : null;
}
