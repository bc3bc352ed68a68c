import { detectMarkup, looksLikeMarkdown, type MarkupKind } from '../io/strip-markup.js';
import { originLabel } from './records.js';
import type { BatchRecord, RecordOrigin } from './types.js';

/** Records of an input looked at for Markdown: a scrape's records are alike, and looking costs time. */
const MARKDOWN_CHECKS = 1000;

/** The markup a record is read past and whether a record read as it is looks like Markdown (looked at only when `checkMarkdown`). */
export interface MarkupFound { kind: MarkupKind; looksLikeMarkdown: boolean }

/** Find a record's markup (pure: a worker thread reads a JSONL line's): `strip` when given, else as `framelens analyze` reads a text (see RecordMarkup). */
export function findMarkup(strip: MarkupKind | undefined, origin: RecordOrigin, text: string, checkMarkdown: boolean): MarkupFound {
  const kind = strip ?? detectMarkup(origin.line === null ? origin.path : null, text);
  return { kind, looksLikeMarkdown: !strip && kind === 'none' && origin.line !== null && checkMarkdown && looksLikeMarkdown(text) };
}

/**
 * Chooses the markup a record's text is read past, as `framelens analyze` reads a text: `--strip`
 * when given (for every record); else, for a text file, HTML by extension or content and Markdown by
 * extension; for a JSONL or CSV record, HTML when its text looks like HTML (as analyze reads stdin).
 * HTML found by content is named on stderr: for a text file, the file; else the first such record of each input.
 * A JSONL or CSV record that looks like Markdown is read as it is (Markdown is plain text to a reader) and
 * named once per input, with the option that reads its prose; only an input's first MARKDOWN_CHECKS records are looked at.
 * Records are told in input order (`tell`); a JSONL line's markup is found in the worker that reads it.
 */
export class RecordMarkup {
  private readonly noted = new Set<string>();
  private readonly markdownChecked = new Map<string, number>();

  constructor(private readonly strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {}

  /** The markup to strip from this record's text before it is analysed, if any. */
  of(record: BatchRecord): 'html' | 'md' | undefined {
    return this.tell(record.origin, findMarkup(this.strip, record.origin, record.text, this.checking(record.origin.path)));
  }

  /** True while records of `path` are still looked at for Markdown. */
  checking(path: string): boolean {
    return !this.strip && (this.markdownChecked.get(path) ?? 0) < MARKDOWN_CHECKS;
  }

  /** Say what was found in the record at `origin` (in input order), and return the markup to strip. */
  tell(origin: RecordOrigin, found: MarkupFound): 'html' | 'md' | undefined {
    const { path, line } = origin;
    if (found.kind === 'none') {
      if (!this.strip && line !== null && this.checking(path)) this.countMarkdown(origin, found.looksLikeMarkdown);
      return undefined;
    }
    if (!this.strip && found.kind === 'html' && !/\.x?html?$/i.test(path)) this.note(origin);
    return found.kind;
  }

  private countMarkdown(origin: RecordOrigin, looks: boolean): void {
    const { path } = origin;
    if (!looks) { this.markdownChecked.set(path, (this.markdownChecked.get(path) ?? 0) + 1); return; }
    this.markdownChecked.set(path, MARKDOWN_CHECKS); // named once
    this.warn(`framelens: ${originLabel(origin)}: the text looks like Markdown (a link, headings, bold or code); it is read as it is: --strip md reads the prose of every record`);
  }

  private note(origin: RecordOrigin): void {
    const { path, line } = origin;
    if (line === null) { this.warn(`framelens: ${path}: looks like HTML, read without its tags`); return; }
    if (this.noted.has(path)) return;
    this.noted.add(path);
    this.warn(`framelens: ${originLabel(origin)}: the text looks like HTML, read without its tags (as are later such records of ${path}; --strip none reads them as they are)`);
  }
}
