import { FramelensError } from '../errors.js';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../taxonomy.js';
import { recordDay } from './record-date.js';
import { DEFAULT_THRESHOLD } from '../pipeline/score.js';

/** One document of a batch run as the batch report needs it. */
export interface BatchDoc {
  /** 1-based position in the file (row anchors are `doc-<n>`). */
  n: number;
  id: string;
  source: string | null;
  title: string | null;
  date: string | null;
  /** The day `date` names (UTC midnight, milliseconds since the epoch; see `recordDay`), else null. */
  time: number | null;
  scores: Record<CategoryId, number>;
  detected: CategoryId[];
  /** The record's strongest markers; `negated` when batch marks the words negated; `speaker` as batch gives it (quoted or reported speaker, or the transcript turn's), null when none or not given. */
  markers: { category: CategoryId; marker: string; text: string; score: number; speaker: string | null; negated?: true }[];
}

/** What the batch report reads: the documents, and the records that failed or could not be read. */
export interface BatchData { docs: BatchDoc[]; failed: { line: number; id: string | null; message: string }[] }

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);

/** A field of a record: at the top level, else under `passthrough`, `meta` or `fields`, the first found. */
function field(rec: Record<string, unknown>, key: string): unknown {
  if (rec[key] !== undefined) return rec[key];
  for (const nest of ['passthrough', 'meta', 'fields']) {
    const inner = rec[nest];
    if (inner && typeof inner === 'object' && (inner as Record<string, unknown>)[key] !== undefined) return (inner as Record<string, unknown>)[key];
  }
  return undefined;
}

function score(v: unknown): number | null {
  const s = typeof v === 'number' ? v : v && typeof v === 'object' ? (v as { score?: unknown }).score : undefined;
  return typeof s === 'number' && s >= 0 && s <= 1 ? s : null;
}

/**
 * Read the JSONL output of `framelens batch` tolerantly: one JSON object per line with `categories`
 * ({<id>: {score, count, detected}} or {<id>: score}, detected at the default threshold); id from `id`, `source` or the line number;
 * `date` and `title` at the top level or under `passthrough`, `meta` or `fields` (the first found); `markers` (or `strongest`) optional.
 * Lines without categories (error records), with a category score that is not a number from 0 to 1, and
 * unreadable lines are listed as failed; a category left out scores 0. A file none of whose records has categories but some
 * a `text` is batch's input, not its output: refused with one error saying to run batch first.
 */
export function readBatchRecords(jsonl: string, label = 'batch'): BatchData {
  const docs: BatchDoc[] = [];
  const failed: BatchData['failed'] = [];
  let inputLike = 0;
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: unknown;
    try { rec = JSON.parse(line); } catch { failed.push({ line: i + 1, id: null, message: 'not valid JSON' }); return; }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { failed.push({ line: i + 1, id: null, message: 'not a JSON object' }); return; }
    const r = rec as Record<string, unknown>;
    const id = str(r.id) ?? str(r.source) ?? `line ${i + 1}`;
    const cats = r.categories;
    if (!cats || typeof cats !== 'object') {
      const err = r.error;
      const input = err === undefined && r.text !== undefined; // a record batch reads, not one it writes
      if (input) inputLike++;
      failed.push({ line: i + 1, id, message: str(err) ?? str((err as { message?: unknown } | undefined)?.message) ?? (input ? 'no categories (it has text: a record for framelens batch, not one of its output?)' : 'no categories') });
      return;
    }
    const scores = {} as Record<CategoryId, number>;
    const bad = CATEGORY_IDS.find((c) => (cats as Record<string, unknown>)[c] !== undefined && score((cats as Record<string, unknown>)[c]) === null);
    if (bad) { failed.push({ line: i + 1, id, message: `category ${bad}: the score must be a number from 0 to 1` }); return; } // a 7 or "0.5" shown as 0.00 would mislead
    for (const c of CATEGORY_IDS) scores[c] = score((cats as Record<string, unknown>)[c]) ?? 0;
    const given = cats as Record<string, { detected?: unknown } | number>; // a bare score is detected as analyze detects it, at the default threshold
    const detected = CATEGORY_IDS.filter((c) => { const v = given[c]; return typeof v === 'number' ? v >= DEFAULT_THRESHOLD : v?.detected === true; });
    const date = str(field(r, 'date'));
    const rawMarkers = Array.isArray(r.markers) ? r.markers : Array.isArray(r.strongest) ? r.strongest : [];
    const markers = rawMarkers.filter((m): m is Record<string, unknown> => !!m && typeof m === 'object' && isCategoryId((m as { category?: unknown }).category))
      .map((m) => ({ category: m.category as CategoryId, marker: str(m.marker) ?? '', text: str(m.text) ?? '', score: score(m.score) ?? 0, speaker: str(m.speaker), ...(m.negated === true ? { negated: true as const } : {}) }));
    docs.push({ n: docs.length + 1, id, source: str(r.source), title: str(field(r, 'title')), date, time: date ? recordDay(date) : null, scores, detected, markers });
  });
  // every record that has a text lacks the categories batch writes: batch's input, given before batch ran on it
  if (docs.length === 0 && inputLike > 0) throw new FramelensError(`${label}: ${inputLike === 1 ? 'its record has' : `${inputLike} of its records have`} a text but no categories: this is input for framelens batch, not its output; run \`framelens batch ${label === '<stdin>' ? 'FILE' : label} -o out.jsonl\` first, then \`framelens report --batch out.jsonl\``);
  if (docs.length === 0 && failed.length === 0) throw new FramelensError(`${label}: no records; expected the JSONL output of framelens batch`);
  // not one line is a JSON object (pretty-printed JSON, CSV, a text): the wrong file, not a run whose records all failed
  if (docs.length === 0 && failed.every((f) => f.id === null)) throw new FramelensError(`${label}: no line is a JSON object (line ${failed[0].line}: ${failed[0].message}); expected the JSONL output of framelens batch, one record per line`);
  return { docs, failed };
}
