import type { CsvSeparator } from './csv-header.js';

/** A CSV record split into fields, with its first line and its size in bytes. */
export interface CsvRow { fields: string[]; line: number; size: number }

/** A CSV record that breaks RFC 4180, with its first line; the fields read, when a quote in one of them (`badField`, from 0) broke it and the others stand. */
export interface CsvRowError { message: string; line: number; size: number; fields?: string[]; badField?: number; lostLines?: number }

/**
 * An incremental RFC 4180 parser fed one line at a time: quoted fields may hold separators, doubled
 * quotes and line breaks (kept as they were written); blank lines between records are skipped. A
 * record longer than `maxBytes` (an unclosed quote swallowing the lines after it, say) is an error,
 * and its text is not kept while it is read to its end.
 */
export class CsvRowSplitter {
  /** Set once a record grows past maxBytes: its text is no longer kept, only the quoting followed, so it ends where it would have. */
  private overflowing = false;
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private inQuotes = false;
  private bad: string | null = null;
  /** The field a stray quote broke (text after its closing quote), for the error to name the row's other fields. */
  private badField = -1;
  private start = 0;
  /** The last line fed, for the error of a quote left open (it took every line after its own). */
  private last = 0;
  private size = 0;

  /** `separator`: the field separator (a comma; a semicolon or tab for files saved that way, see csv-header.ts). */
  constructor(private readonly maxBytes = Infinity, private readonly separator: CsvSeparator = ',') {}

  /** Feed one line (without its break) and its break; returns the record it completes, if any. */
  push(text: string, line: number, eol: string, bytes: number): CsvRow | CsvRowError | null {
    if (!this.inQuotes && this.fields.length === 0 && this.field === '' && !this.quoted) {
      if (text.trim() === '') return null;
      this.start = line;
      this.size = 0;
    }
    this.size += bytes;
    this.last = line;
    if (this.size > this.maxBytes && !this.overflowing) {
      this.overflowing = true;
      this.bad = `invalid CSV: the record runs past ${this.maxBytes} bytes, longer than any record within --max-chars (an unclosed quote?)`;
      this.fields = [];
      this.field = '';
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.inQuotes) {
        if (c !== '"') this.keep(c);
        else if (text[i + 1] === '"') { this.keep('"'); i++; }
        else this.inQuotes = false;
      } else if (c === this.separator) { this.fields.push(this.overflowing ? '' : this.field); this.field = ''; this.quoted = false; }
      else if (c === '"' && this.field === '' && !this.quoted) { this.quoted = true; this.inQuotes = true; }
      else if (this.quoted && this.bad === null) { this.bad = `invalid CSV: text after a closing quote in field ${this.fields.length + 1}`; this.badField = this.fields.length; }
      else this.keep(c);
    }
    if (this.inQuotes) { this.keep(eol); return null; }
    return this.finish();
  }

  /**
   * Call at the end of input: an unclosed quoted field is an error, with the fields read before it (the id, say)
   * and `lostLines`, the lines after its first that it took in (each may have been a record of its own).
   */
  end(): CsvRowError | null {
    if (!this.inQuotes) return null;
    const after = this.last - this.start; // lines the open quote took in
    const swallowed = after === 0 ? '' : after === 1 ? `; line ${this.last} was read into it, so its record is lost with it (close the quote)`
      : `; ${after} lines (${this.start + 1}-${this.last}) were read into it, so their records are lost with it (close the quote)`;
    const field = this.fields.length;
    const error = { message: `invalid CSV: ${this.overflowing ? 'a quoted field' : `the quoted field ${field + 1}`} is not closed before the end of the file${swallowed}`, line: this.start, size: this.size, ...(after > 0 ? { lostLines: after } : {}), ...(this.overflowing ? {} : { fields: [...this.fields, ''], badField: field }) };
    this.reset();
    return error;
  }

  private keep(text: string): void {
    if (!this.overflowing) this.field += text;
  }

  private finish(): CsvRow | CsvRowError {
    this.fields.push(this.field);
    const out = !this.bad ? { fields: this.fields, line: this.start, size: this.size }
      : this.badField >= 0 ? { message: this.bad, line: this.start, size: this.size, fields: this.fields, badField: this.badField }
      : { message: this.bad, line: this.start, size: this.size };
    this.reset();
    return out;
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.quoted = false;
    this.inQuotes = false;
    this.bad = null;
    this.badField = -1;
    this.overflowing = false;
  }
}
