import { decodeUtf8, isBinary, looksLikeBomlessUtf16, type Utf8Reading } from '../io/read-text.js';

/**
 * One line of an input stream: its 1-based number, its bytes and its line break (none on a last line
 * without one), its size in bytes. A line longer than the reader's limit comes without its bytes
 * (`tooLong`), so one huge line cannot fill the memory.
 */
export interface RawLine { line: number; bytes: Buffer; eol: '' | '\n' | '\r\n'; size: number; tooLong: boolean }

const NO_BYTES = Buffer.alloc(0);

/** Split a byte stream into lines as it arrives (LF or CRLF); memory holds one chunk and one partial line of at most `maxLineBytes`. */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes = Infinity): AsyncGenerator<RawLine> {
  let partial: Buffer[] = [];
  let held = 0; // bytes of the partial line, counted on after it is dropped as too long
  let line = 0;
  const make = (bytes: Buffer, size: number, nl: boolean): RawLine => {
    if (size - (nl ? 1 : 0) > maxLineBytes) return { line: ++line, bytes: NO_BYTES, eol: nl ? '\n' : '', size, tooLong: true };
    const cr = nl && bytes[bytes.length - 1] === 13;
    return { line: ++line, bytes: cr ? bytes.subarray(0, -1) : bytes, eol: cr ? '\r\n' : nl ? '\n' : '', size, tooLong: false };
  };
  const keep = (piece: Buffer) => {
    held += piece.length;
    if (held <= maxLineBytes) partial.push(Buffer.from(piece));
    else partial = [];
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      const size = held + piece.length;
      const bytes = size > maxLineBytes ? NO_BYTES : partial.length ? Buffer.concat([...partial, piece]) : piece;
      partial = [];
      held = 0;
      yield make(bytes, size + 1, true);
      from = nl + 1;
    }
    if (from < buf.length) keep(buf.subarray(from));
  }
  if (held > 0) yield make(Buffer.concat(partial), held, false);
}

/** A decoded line: `binary` when it holds a NUL byte (or, on the first line, a file signature); `read`: as UTF-8, as Windows-1252, or with U+FFFD replacements (io/read-text.ts). */
export interface DecodedLine { text: string; read: Utf8Reading; binary: boolean }

/** True when a line is binary: it holds a NUL byte, or (the first line of an input) starts with a file signature. */
export function isBinaryLine(bytes: Uint8Array, first: boolean): boolean {
  return bytes.includes(0) || (first && isBinary(bytes));
}

/** Decode one line (see DecodedLine), without the byte order mark on the first. */
export function decodeLine(bytes: Uint8Array, first: boolean): DecodedLine {
  const binary = isBinaryLine(bytes, first);
  const body = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return { ...decodeUtf8(body), binary };
}

/**
 * The stderr warnings of a file's decoded lines: each line with damaged UTF-8 (U+FFFD), and the first
 * line read as Windows-1252, once per file (a spreadsheet's whole CSV is; a line each would bury the other messages).
 */
export function decodingWarnings(path: string, warn: (message: string) => void): (decoded: Pick<DecodedLine, 'read'>, line: number) => void {
  let said1252 = false;
  return (decoded, line) => {
    if (decoded.read === 'replaced') warn(`framelens: ${path}:${line}: invalid UTF-8, decoded with replacement characters (U+FFFD)`);
    else if (decoded.read === 'windows-1252' && !said1252) {
      said1252 = true;
      warn(`framelens: ${path}:${line}: not UTF-8; read as Windows-1252 from here on where a line is not UTF-8 (save the file as UTF-8 to be sure)`);
    }
  };
}

/** Why an input whose first line is binary is refused: not a text file, with a hint for UTF-16 without a byte order mark. */
export function notTextMessage(firstLine: Uint8Array): string {
  return `not a text file${looksLikeBomlessUtf16(firstLine) ? ' (it looks like UTF-16 without a byte order mark: save it as UTF-8)' : ''}`;
}
