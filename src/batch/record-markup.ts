import { detectMarkup, type MarkupKind } from '../io/strip-markup.js';
import { originLabel } from './records.js';
import type { RecordOrigin } from './types.js';

/** The markup a record's text is read past, and whether it is HTML found by its content in a file not named .html (named on stderr: see RecordMarkup). */
export interface ChosenMarkup { kind: 'html' | 'md' | undefined; htmlByContent: boolean }

/**
 * Choose the markup a record's text is read past, as `framelens analyze` reads a text: `strip` (--strip)
 * when given, for every record; else, for a text file, HTML by extension or content and Markdown by
 * extension; for a JSONL or CSV record, HTML when its text looks like HTML (as analyze reads stdin).
 * Pure, so a batch worker can choose for the lines it reads.
 */
export function chooseMarkup(strip: MarkupKind | undefined, origin: RecordOrigin, text: string): ChosenMarkup {
  const kind = strip ?? detectMarkup(origin.line === null ? origin.path : null, text);
  if (kind === 'none') return { kind: undefined, htmlByContent: false };
  return { kind, htmlByContent: !strip && kind === 'html' && !/\.x?html?$/i.test(origin.path) };
}

/** Chooses each record's markup (chooseMarkup) and names HTML found by content on stderr: for a text file, the file; else the first such record of each input. */
export class RecordMarkup {
  private readonly noted = new Set<string>();

  constructor(private readonly strip: MarkupKind | undefined, private readonly warn: (message: string) => void) {}

  /** The markup to strip from this record's text before it is analysed, if any. */
  of(record: { origin: RecordOrigin; text: string }): 'html' | 'md' | undefined {
    const chosen = chooseMarkup(this.strip, record.origin, record.text);
    if (chosen.htmlByContent) this.noteHtml(record.origin);
    return chosen.kind;
  }

  /** Say on stderr that a record's text was read as HTML by its content (once per input for lines and rows). */
  noteHtml(origin: RecordOrigin): void {
    const { path, line } = origin;
    if (line === null) { this.warn(`framelens: ${path}: looks like HTML, read without its tags`); return; }
    if (this.noted.has(path)) return;
    this.noted.add(path);
    this.warn(`framelens: ${originLabel(origin)}: the text looks like HTML, read without its tags (as are later such records of ${path}; --strip none reads them as they are)`);
  }
}
