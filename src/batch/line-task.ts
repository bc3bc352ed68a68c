import { findMarkup } from './record-markup.js';
import { jsonLine } from './format-row.js';
import { readJsonlLine } from './jsonl-line.js';
import type { LineSettings, LineTask, TaskReply } from './worker-protocol.js';

/** A record's analysis as an AnalysisRow in JSON, or why it failed. */
export type RowOutcome = { json: string } | { error: string };

/**
 * Run one JSONL line in a worker thread: read it (jsonl-line.ts), find its markup, analyse it with `analyzeRow`, and
 * for JSONL output format its output line, handed to `emit` (which returns where its bytes will be in the group's output).
 */
export function runLineTask(task: LineTask, bytes: Uint8Array, settings: LineSettings, analyzeRow: (text: string, markup?: 'html' | 'md') => RowOutcome, emit: (line: string) => [number, number]): TaskReply {
  const { seq, origin, size } = task;
  const { item, notes } = readJsonlLine(bytes.subarray(task.from, task.to), origin, size, settings.fields, settings.maxChars);
  if (!item) return { seq, blank: true, line: { notes } };
  if ('error' in item) return { seq, error: item.error, line: { notes } };
  const { text, ...meta } = item.record;
  const markup = findMarkup(settings.strip, origin, text, task.checkMarkdown);
  const told = markup.kind !== 'none' || task.checkMarkdown; // the main thread counts the records it looked at for Markdown, and names HTML
  const line = told || Object.keys(notes).length > 0 ? { notes, ...(told ? { markup } : {}) } : undefined; // most records: nothing to say, nothing sent
  const row = analyzeRow(text, markup.kind === 'none' ? undefined : markup.kind);
  if ('error' in row) return { seq, error: { origin, id: meta.id, message: row.error, size }, line };
  if (settings.format === 'csv') return { seq, json: row.json, meta: { ...meta, chars: text.length }, line };
  const [from, to] = emit(jsonLine(meta, row.json));
  return { seq, from, to, size, line };
}
