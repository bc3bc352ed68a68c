import type { MarkupKind } from '../io/strip-markup.js';
import type { Finished, RecordMeta } from './batch-output.js';
import { decodingWarnings } from './lines.js';
import type { LineNotes, RecordReply } from './pool.js';
import { RecordMarkup } from './record-markup.js';
import type { RecordOrigin } from './types.js';

/** What the main thread keeps of a record a worker has: its fields but the text (a record read here), or where its line is (a line the worker reads). */
export type Sent = { meta: RecordMeta } | { line: { origin: RecordOrigin; size: number; bytes: number } };

/** A finished record as it waits for its turn, with what a worker read of its line (said on stderr in input order). */
export type InOrder = Finished & { notes?: LineNotes };

/** The characters (or, for a line not yet read, the bytes) a sent record holds in memory until it is finished. */
export function heldBy(sent: Sent): number {
  return 'meta' in sent ? sent.meta.chars : sent.line.bytes;
}

/** The finished record a worker's reply makes of what was sent. */
export function finishedOf(sent: Sent, reply: RecordReply, bytes: Uint8Array): InOrder {
  const { notes } = reply;
  const where = 'meta' in sent ? sent.meta : sent.line;
  if ('blank' in reply) return { blank: { origin: where.origin, size: where.size }, notes };
  if ('at' in reply) return { written: bytes.subarray(reply.at, reply.at + reply.length), origin: where.origin, size: where.size, notes };
  if ('error' in reply) return { error: reply.failed ?? { origin: where.origin, id: 'meta' in sent ? sent.meta.id : undefined, message: reply.error, size: where.size }, notes };
  const meta = reply.meta ?? ('meta' in sent ? sent.meta : null); // a line's record comes back from the worker that read it
  if (!meta) return { error: { origin: where.origin, message: 'analysis failed (the worker sent no record)', size: where.size }, notes };
  return { meta, json: reply.json, notes };
}

/**
 * Says on stderr, in input order, what workers found reading lines: damaged UTF-8 on a line, the first line of a file
 * read as Windows-1252 (lines.ts), numbers too large to pass through exactly, the first record of a file read as HTML.
 */
export class LineNotices {
  private readonly decoding = new Map<string, ReturnType<typeof decodingWarnings>>();
  /** Also the markup chooser of records read on the main thread, so HTML is named once per input either way. */
  readonly markups: RecordMarkup;

  constructor(strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {
    this.markups = new RecordMarkup(strip, warn);
  }

  /** Say what a finished record's notes hold. */
  tell(item: InOrder): void {
    const { notes } = item;
    if (!notes) return;
    const origin = 'blank' in item ? item.blank.origin : 'error' in item ? item.error.origin : 'written' in item ? item.origin : item.meta.origin;
    let warnDecoding = this.decoding.get(origin.path);
    if (!warnDecoding) this.decoding.set(origin.path, (warnDecoding = decodingWarnings(origin.path, this.warn)));
    warnDecoding(notes, origin.line ?? 0);
    notes.warnings.forEach(this.warn);
    if (notes.htmlByContent) this.markups.noteHtml(origin);
  }
}
