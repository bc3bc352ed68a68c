import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FramelensError, quoteInput } from '../errors.js';
import { readProblem } from '../io/read-text.js';
import { isCategoryId, VOICES, type CategoryId, type Voice } from '../taxonomy.js';

/** The corpus splits: `dev` (tuned on) and `heldout` (never tuned on). */
export const SPLITS = ['dev', 'heldout'] as const;

/** One split, or both. */
export type SplitChoice = (typeof SPLITS)[number] | 'all';

/** A gold span (corpus/README.md). */
export interface GoldSpan { start: number; end: number; category: CategoryId; voice: Voice; text: string; speaker: string | null }

/** One gold text: its content, metadata and annotations. */
export interface GoldDoc {
  id: string;
  split: (typeof SPLITS)[number];
  /** The meta `kind` (readout, statement, briefing, commentary, control). */
  kind: string;
  text: string;
  categories: CategoryId[];
  spans: GoldSpan[];
}

/** Read a gold text or JSON file without a leading BOM; a folder or an unreadable file is a one-line error naming it. */
function readGoldText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new FramelensError(`${path}: ${readProblem(err)}`);
  }
}

function readJson(path: string): Record<string, unknown> {
  const text = readGoldText(path);
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a JSON object');
    return data as Record<string, unknown>;
  } catch (err) {
    throw new FramelensError(`${path}: cannot read gold data (${(err as Error).message.replace(/\s*\n\s*/g, ' ')})`); // JSON.parse may quote the text, line breaks and all
  }
}

function goldSpan(raw: unknown, where: string, content: string): GoldSpan {
  const s = raw as Partial<GoldSpan> | null;
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || !isCategoryId(s.category) || !VOICES.includes(s.voice as Voice)) {
    throw new FramelensError(`${where}: invalid span ${JSON.stringify(raw)?.slice(0, 80)}`);
  }
  // offsets index the text (corpus/README.md): a span outside it or off its text would be scored silently wrong
  const { start, end } = s as { start: number; end: number };
  if (start < 0 || end > content.length || start >= end) throw new FramelensError(`${where}: span ${start}-${end} is outside the text (0-${content.length}) or empty`);
  if (typeof s.text === 'string' && content.slice(start, end) !== s.text) throw new FramelensError(`${where}: span ${start}-${end}: text ${quoteInput(s.text)} is not the text at those offsets, ${quoteInput(content.slice(start, end))}`);
  return { start: s.start!, end: s.end!, category: s.category, voice: s.voice as Voice, text: String(s.text ?? ''), speaker: s.speaker ?? null };
}

/** Read one split folder: every <id>.txt with its <id>.gold.json and optional <id>.meta.json, sorted by id. */
export function loadSplit(dir: string, split: (typeof SPLITS)[number]): GoldDoc[] {
  const folder = join(dir, split);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FramelensError(`${dir}: a file, not a gold folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  if (!existsSync(folder)) throw new FramelensError(`${folder}: no such folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  if (!statSync(folder).isDirectory()) throw new FramelensError(`${folder}: not a folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  const ids = readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return ids.map((id) => {
    const where = join(folder, `${id}.gold.json`);
    if (!existsSync(where)) throw new FramelensError(`${where}: missing gold file for ${id}.txt`);
    const gold = readJson(where);
    const metaPath = join(folder, `${id}.meta.json`);
    const meta = existsSync(metaPath) ? readJson(metaPath) : {};
    if (!Array.isArray(gold.spans) || !Array.isArray(gold.categories)) throw new FramelensError(`${where}: spans and categories must be lists`);
    const categories = gold.categories.map((c) => {
      if (!isCategoryId(c)) throw new FramelensError(`${where}: unknown category ${JSON.stringify(c)}`);
      return c;
    });
    const text = readGoldText(join(folder, `${id}.txt`));
    return { id, split, kind: typeof meta.kind === 'string' ? meta.kind : 'unknown', text, categories, spans: gold.spans.map((s) => goldSpan(s, where, text)) };
  });
}

/** Load the gold corpus under `dir` (dev/ and heldout/ subfolders) for one split or both. */
export function loadGoldCorpus(dir: string, split: SplitChoice = 'all'): GoldDoc[] {
  if (!existsSync(dir)) throw new FramelensError(`${dir}: no such gold folder`);
  const splits = split === 'all' ? SPLITS : [split];
  return splits.flatMap((s) => loadSplit(dir, s));
}
