import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CliIO, terminalHint, warn } from '../cli/context.js';
import { FramelensError } from '../errors.js';
import { decodeBytes, readProblem, readStream } from '../io/read-text.js';
import { decodeText } from '../pipeline/decode.js';

/** The JSONL a batch report is made from, decoded, and the name it goes by (`<stdin>` for -). */
export interface BatchInput { jsonl: string; label: string }

/**
 * Read the JSONL of `report --batch` (a file, or - for stdin) as text inputs are read: UTF-16 after its byte order mark,
 * a UTF-8 byte order mark dropped (else the first record is not valid JSON), binary refused, invalid UTF-8 decoded with
 * U+FFFD and a warning on stderr.
 */
export async function readBatchInput(path: string, io: CliIO): Promise<BatchInput> {
  const label = path === '-' ? '<stdin>' : path;
  let bytes: Uint8Array;
  if (path === '-') {
    const hint = terminalHint(io.stdin, 'the JSONL', 'a file such as the output of framelens batch');
    if (hint) warn(io, hint);
    bytes = await readStream(io.stdin);
  }
  else {
    try {
      bytes = readFileSync(resolve(io.cwd ?? process.cwd(), path));
    } catch (err) {
      throw new FramelensError(`${path}: ${readProblem(err)}`);
    }
  }
  const { text, warnings } = decodeBytes(bytes, label);
  for (const w of warnings) warn(io, w);
  return { jsonl: decodeText(text), label }; // a UTF-8 byte order mark dropped, as analyze drops it
}
