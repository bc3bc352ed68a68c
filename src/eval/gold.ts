import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FramelensError } from '../errors.js';
import { readGoldEntry, type GoldDoc, type GoldProblem } from './gold-entry.js';

export type { GoldDoc, GoldProblem } from './gold-entry.js';
export type { GoldSpan } from './gold-span.js';

/** The corpus splits: `dev` (tuned on) and `heldout` (never tuned on). */
export const SPLITS = ['dev', 'heldout'] as const;

/** One split, or both. */
export type SplitChoice = (typeof SPLITS)[number] | 'all';

/** The gold texts that could be read whole, and the problems of the others (each keeps its text out of the figures). */
export interface GoldCorpus { docs: GoldDoc[]; problems: GoldProblem[] }

const SUFFIXES = ['.txt', '.gold.json', '.meta.json'];

/** Read one split folder: every text named by a <id>.txt, <id>.gold.json or <id>.meta.json, sorted by id. */
export function loadSplit(dir: string, split: (typeof SPLITS)[number]): GoldCorpus {
  const folder = join(dir, split);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FramelensError(`${dir}: a file, not a gold folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  if (!existsSync(folder)) throw new FramelensError(`${folder}: no such folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  if (!statSync(folder).isDirectory()) throw new FramelensError(`${folder}: not a folder (expected <gold-dir>/dev and <gold-dir>/heldout)`);
  const ids = new Set<string>();
  for (const f of readdirSync(folder)) {
    const suffix = SUFFIXES.find((s) => f.endsWith(s) && f.length > s.length);
    if (suffix) ids.add(f.slice(0, -suffix.length));
  }
  const corpus: GoldCorpus = { docs: [], problems: [] };
  for (const id of [...ids].sort()) {
    const entry = readGoldEntry(folder, id, split);
    if (entry.doc) corpus.docs.push(entry.doc);
    else corpus.problems.push(...entry.problems);
  }
  return corpus;
}

/** Load the gold corpus under `dir` (dev/ and heldout/ subfolders) for one split or both. */
export function loadGoldCorpus(dir: string, split: SplitChoice = 'all'): GoldCorpus {
  if (!existsSync(dir)) throw new FramelensError(`${dir}: no such gold folder`);
  const splits = split === 'all' ? SPLITS : [split];
  const parts = splits.map((s) => loadSplit(dir, s));
  return { docs: parts.flatMap((p) => p.docs), problems: parts.flatMap((p) => p.problems) };
}
