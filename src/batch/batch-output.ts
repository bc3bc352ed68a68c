import { csvColumns, csvField, csvLine, errorLine, errorMessage, jsonLine } from './format-row.js';
import type { Progress } from './progress.js';
import type { BufferedSink } from './sink.js';
import type { AnalysisRow, BatchRecord, RecordError } from './types.js';

/** A record as kept while its text is analysed: everything but the text, and the text's length. */
export type RecordMeta = Omit<BatchRecord, 'text'> & { chars: number };

/** A finished record, good or bad: its analysis, its JSONL output line already made (by the worker that read it), or its error. */
export type Finished = { meta: RecordMeta; json: string } | { bytes: Uint8Array; size: number } | { error: RecordError };

/** Writes finished records (in order): good ones to the output as JSONL or CSV, bad ones to stderr and the --errors file; counts both. */
export class BatchOutput {
  ok = 0;
  failed = 0;
  /** Lines a bad record took in (an unclosed CSV quote): records on them are neither ok nor failed. */
  lostLines = 0;
  private bytes = 0;
  private columns: string[] | null = null;

  constructor(private readonly format: 'jsonl' | 'csv', private readonly out: BufferedSink, private readonly errors: BufferedSink | null, private readonly progress: Progress, private readonly labels = false) {}

  /** Write one finished record. */
  write(item: Finished): void {
    if ('error' in item) {
      this.failed++;
      this.lostLines += item.error.lostLines ?? 0;
      this.progress.log(errorMessage(item.error)); // one line (escaped: a path or CSV header may hold a line break or an escape sequence), above the progress bar
      this.errors?.write(errorLine(item.error));
      this.bytes += item.error.size;
    } else if ('bytes' in item) {
      this.ok++;
      this.out.write(item.bytes);
      this.bytes += item.size;
    } else {
      this.ok++;
      if (this.format === 'jsonl') this.out.write(jsonLine(item.meta, item.json));
      else this.out.write(csvLine(this.columns ?? this.header(item.meta), item.meta, JSON.parse(item.json) as AnalysisRow));
      this.bytes += item.meta.size;
    }
    this.progress.update(this.ok + this.failed, this.bytes);
  }

  /** Finish: a CSV output gets its header even with no good record; everything gathered is written down. */
  finish(): void {
    if (this.format === 'csv' && !this.columns) this.header({ passthrough: {} });
    this.out.flush();
    this.errors?.flush();
  }

  private header(first: Pick<RecordMeta, 'passthrough'>): string[] {
    this.columns = csvColumns(first, this.labels);
    this.out.write(`${this.columns.map(csvField).join(',')}\n`);
    return this.columns;
  }
}
