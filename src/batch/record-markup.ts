import { looksLikeHtml } from '../io/strip-html.js';
import type { MarkupKind } from '../io/strip-markup.js';
import { originLabel } from './records.js';
import type { BatchRecord } from './types.js';

/**
 * Chooses the markup a record's text is read past, as `framelens analyze` reads a text: `--strip`
 * when given (for every record); else what a text file's extension or content said; else, for a
 * JSONL or CSV record, HTML when its text looks like HTML (as analyze reads stdin). The first such
 * record of each input is named on stderr.
 */
export class RecordMarkup {
  private readonly noted = new Set<string>();

  constructor(private readonly strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {}

  /** The markup to strip from this record's text before it is analysed, if any. */
  of(record: BatchRecord): 'html' | 'md' | undefined {
    if (this.strip) return this.strip === 'none' ? undefined : this.strip;
    if (record.markup) return record.markup;
    if (record.origin.line === null || !looksLikeHtml(record.text)) return undefined;
    if (!this.noted.has(record.origin.path)) {
      this.noted.add(record.origin.path);
      this.warn(`framelens: ${originLabel(record.origin)}: the text looks like HTML, read without its tags (as are later such records of ${record.origin.path}; --strip none reads them as they are)`);
    }
    return 'html';
  }
}
