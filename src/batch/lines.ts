import { isBinary } from '../io/read-text.js';

/** One line of an input stream: its 1-based number, its bytes and its line break (none on a last line without one), its size in bytes. */
export interface RawLine { line: number; bytes: Buffer; eol: '' | '\n' | '\r\n'; size: number }

/** Split a byte stream into lines as it arrives (LF or CRLF); memory holds one chunk and one partial line. */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<RawLine> {
  let partial: Buffer[] = [];
  let line = 0;
  const make = (bytes: Buffer, size: number, nl: boolean): RawLine => {
    const cr = nl && bytes[bytes.length - 1] === 13;
    return { line: ++line, bytes: cr ? bytes.subarray(0, -1) : bytes, eol: cr ? '\r\n' : nl ? '\n' : '', size };
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      const bytes = partial.length ? Buffer.concat([...partial, piece]) : piece;
      partial = [];
      yield make(bytes, bytes.length + 1, true);
      from = nl + 1;
    }
    if (from < buf.length) partial.push(Buffer.from(buf.subarray(from)));
  }
  if (partial.length) {
    const bytes = Buffer.concat(partial);
    yield make(bytes, bytes.length, false);
  }
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decode one line: `binary` when it holds a NUL byte (or, on the first line, a file signature); invalid UTF-8 becomes U+FFFD with `replaced`. */
export function decodeLine(bytes: Buffer, first: boolean): { text: string; replaced: boolean; binary: boolean } {
  const binary = bytes.includes(0) || (first && isBinary(bytes));
  const body = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: strict.decode(body), replaced: false, binary };
  } catch {
    return { text: lenient.decode(body), replaced: true, binary };
  }
}
