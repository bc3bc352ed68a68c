import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { terminalHint } from '../cli/context.js';
import type { InputSource } from './inputs.js';
import { readCsv, type CsvColumns } from './read-csv.js';
import { readJsonl, readJsonlRaw, type ReadContext } from './read-jsonl.js';
import { readTextRecord } from './read-text-file.js';
import type { StopControl } from './stop-control.js';
import type { ReadItem, UnreadItem } from './types.js';
import { utf16ToUtf8 } from './utf16-stream.js';

/** What reading all inputs needs: the working folder, stdin, CSV columns, limits, and the run's stop control (it closes the streams on Ctrl-C); `unread`: JSONL lines are passed on unread (read where they are analysed). */
export interface ReadAllOptions { cwd: string; stdin: NodeJS.ReadableStream; csv: CsvColumns; ctx: ReadContext; control: StopControl; unread?: boolean }

const READ_CHUNK = 256 * 1024;

/** Whether a JSONL line holds only white space (or a byte order mark). */
const isBlank = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').trim() === '';

/** Read every source in order, streaming: text files whole, JSONL and CSV record by record; a file that cannot be read is one error. */
export async function* readInputs(sources: InputSource[], opts: ReadAllOptions): AsyncGenerator<ReadItem | UnreadItem> {
  for (const src of sources) {
    if (opts.control.reason) return;
    if (src.kind === 'text') { yield await readTextRecord(src.path, opts.cwd, opts.ctx); continue; }
    const hint = src.stdin ? terminalHint(opts.stdin, 'JSONL records (one {"id", "text"} object a line)', 'files') : null;
    if (hint) opts.ctx.warn(hint); // a user who typed `batch -` alone sees why nothing happens
    const stream = src.stdin ? opts.stdin : createReadStream(resolve(opts.cwd, src.path), { highWaterMark: READ_CHUNK });
    const closable = stream as unknown as { destroy(): unknown };
    opts.control.streams.add(closable);
    try {
      const chunks = utf16ToUtf8(stream as AsyncIterable<Buffer | string>);
      if (src.kind === 'csv') yield* readCsv(chunks, src.path, opts.csv, opts.ctx);
      else {
        let records = 0;
        for await (const item of opts.unread ? readJsonlRaw(chunks, src.path, opts.ctx.maxChars) : readJsonl(chunks, src.path, opts.csv, opts.ctx)) {
          if (records === 0 && !('raw' in item && isBlank(item.raw.bytes))) records++; // blank lines are no records
          yield item;
        }
        if (records === 0 && !src.stdin) opts.ctx.warn(`framelens: ${src.path}: no records in this file (it is empty)`); // a download that failed: named, not passed over
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { error: { origin: { path: src.path, line: null }, message: `cannot read (${code ?? (err as Error).message})`, size: 0 } };
    } finally {
      opts.control.streams.delete(closable);
      if (!src.stdin) closable.destroy();
    }
  }
}
