import { decodingWarnings, type DecodedLine } from './lines.js';
import { LINE_HINTS, type LineNotes } from './jsonl-line.js';
import { originLabel } from './records.js';
import type { CsvColumns } from './read-csv.js';
import type { RecordError, RecordOrigin } from './types.js';

interface FileState { decoding: (decoded: Pick<DecodedLine, 'read'>, line: number) => void; hinted: boolean; idMissWarned: boolean }

/**
 * Says what reading JSONL lines noticed (jsonl-line.ts), in input order, with each file's once-only
 * messages said once: the first line read as Windows-1252, the first record without the --id-column
 * field, the "each line must be one JSON object" hint on the first line that is not JSON at all.
 * Lines may be read out of order (in worker threads); this runs as they are written, in order.
 */
export class JsonlNotes {
  private readonly files = new Map<string, FileState>();

  constructor(private readonly fields: CsvColumns, private readonly warn: (message: string) => void) {}

  /** Say the notes of the line at `origin`; returns its error, if it is one, with the hint its message gets. */
  settle(origin: RecordOrigin, notes: LineNotes, error?: RecordError): RecordError | undefined {
    const file = this.fileOf(origin.path);
    if (notes.read) file.decoding({ read: notes.read }, origin.line ?? 0);
    if (notes.idMissing && !file.idMissWarned) {
      file.idMissWarned = true;
      this.warn(`framelens: ${originLabel(origin)}: no field ${JSON.stringify(this.fields.id)} (--id-column); records without it get their file and line as id`);
    }
    for (const message of notes.inexact ?? []) this.warn(`framelens: ${originLabel(origin)}: ${message}`);
    const hint = notes.hint === 'cr' || (notes.hint === 'shape' && !file.hinted) ? LINE_HINTS[notes.hint] : '';
    if (!hint || !error) return error;
    file.hinted = true;
    return { ...error, message: error.message + hint };
  }

  private fileOf(path: string): FileState {
    let file = this.files.get(path);
    if (!file) this.files.set(path, (file = { decoding: decodingWarnings(path, this.warn), hinted: false, idMissWarned: false }));
    return file;
  }
}
