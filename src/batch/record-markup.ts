import { detectMarkup, looksLikeMarkdown, type MarkupKind } from '../io/strip-markup.js';
import { originLabel } from './records.js';
import type { BatchRecord } from './types.js';

/** Records of an input looked at for Markdown: a scrape's records are alike, and looking costs the main thread time. */
const MARKDOWN_CHECKS = 1000;

/**
 * Chooses the markup a record's text is read past, as `framelens analyze` reads a text: `--strip`
 * when given (for every record); else, for a text file, HTML by extension or content and Markdown by
 * extension; for a JSONL or CSV record, HTML when its text looks like HTML (as analyze reads stdin).
 * HTML found by content is named on stderr: for a text file, the file; else the first such record of each input.
 * A JSONL or CSV record that looks like Markdown is read as it is (Markdown is plain text to a reader) and
 * named once per input, with the option that reads its prose; only an input's first MARKDOWN_CHECKS records are looked at.
 */
export class RecordMarkup {
  private readonly noted = new Set<string>();
  private readonly markdownChecked = new Map<string, number>();

  constructor(private readonly strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {}

  /** The markup to strip from this record's text before it is analysed, if any. */
  of(record: BatchRecord): 'html' | 'md' | undefined {
    const { path, line } = record.origin;
    const kind = this.strip ?? detectMarkup(line === null ? path : null, record.text);
    if (kind === 'none') {
      if (!this.strip && line !== null) this.checkMarkdown(record);
      return undefined;
    }
    if (!this.strip && kind === 'html' && !/\.x?html?$/i.test(path)) this.note(record);
    return kind;
  }

  private checkMarkdown(record: BatchRecord): void {
    const { path } = record.origin;
    const checked = this.markdownChecked.get(path) ?? 0;
    if (checked >= MARKDOWN_CHECKS) return;
    if (!looksLikeMarkdown(record.text)) { this.markdownChecked.set(path, checked + 1); return; }
    this.markdownChecked.set(path, MARKDOWN_CHECKS); // named once
    this.warn(`framelens: ${originLabel(record.origin)}: the text looks like Markdown (a link, headings, bold or code); it is read as it is: --strip md reads the prose of every record`);
  }

  private note(record: BatchRecord): void {
    const { path, line } = record.origin;
    if (line === null) { this.warn(`framelens: ${path}: looks like HTML, read without its tags`); return; }
    if (this.noted.has(path)) return;
    this.noted.add(path);
    this.warn(`framelens: ${originLabel(record.origin)}: the text looks like HTML, read without its tags (as are later such records of ${path}; --strip none reads them as they are)`);
  }
}
