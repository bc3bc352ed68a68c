import { detectMarkup, type MarkupKind } from '../io/strip-markup.js';
import { originLabel } from './records.js';
import type { BatchRecord } from './types.js';

/**
 * Chooses the markup a record's text is read past, as `framelens analyze` reads a text: `--strip`
 * when given (for every record); else, for a text file, HTML by extension or content and Markdown by
 * extension; for a JSONL or CSV record, HTML when its text looks like HTML (as analyze reads stdin).
 * HTML found by content is named on stderr: for a text file, the file; else the first such record of each input.
 */
export class RecordMarkup {
  private readonly noted = new Set<string>();

  constructor(private readonly strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {}

  /** The markup to strip from this record's text before it is analysed, if any. */
  of(record: BatchRecord): 'html' | 'md' | undefined {
    const { path, line } = record.origin;
    const kind = this.strip ?? detectMarkup(line === null ? path : null, record.text);
    if (kind === 'none') return undefined;
    if (!this.strip && kind === 'html' && !/\.x?html?$/i.test(path)) this.note(record);
    return kind;
  }

  private note(record: BatchRecord): void {
    const { path, line } = record.origin;
    if (line === null) { this.warn(`framelens: ${path}: looks like HTML, read without its tags`); return; }
    if (this.noted.has(path)) return;
    this.noted.add(path);
    this.warn(`framelens: ${originLabel(record.origin)}: the text looks like HTML, read without its tags (as are later such records of ${path}; --strip none reads them as they are)`);
  }
}
