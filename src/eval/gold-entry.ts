import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteInput } from '../errors.js';
import { readProblem } from '../io/read-text.js';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../taxonomy.js';
import { checkGoldSpan, type GoldSpan } from './gold-span.js';

/** The meta kinds of corpus/README.md; `control` texts are scored as controls. */
export const GOLD_KINDS = ['readout', 'statement', 'briefing', 'commentary', 'control'] as const;

/** One gold text: its content, metadata and annotations. */
export interface GoldDoc {
  id: string;
  split: 'dev' | 'heldout';
  /** The meta `kind` (readout, statement, briefing, commentary, control). */
  kind: string;
  text: string;
  categories: CategoryId[];
  spans: GoldSpan[];
}

/** Something wrong with a gold file: the file and the problem, shown as `framelens: <path>: <problem>`. */
export interface GoldProblem { path: string; problem: string }

/** A gold text read whole, or the problems that keep it out of the figures. */
export type GoldEntry = { doc: GoldDoc; problems?: undefined } | { doc?: undefined; problems: GoldProblem[] };

type Read<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

/** Read a gold text or JSON file without a leading BOM; a folder or an unreadable file is a problem. */
function readGoldText(path: string): Read<string> {
  try {
    return { value: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch (err) {
    return { problem: readProblem(err) };
  }
}

function readJson(path: string): Read<Record<string, unknown>> {
  const text = readGoldText(path);
  if (text.problem !== undefined) return text;
  try {
    const data = JSON.parse(text.value) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a JSON object');
    return { value: data as Record<string, unknown> };
  } catch (err) {
    return { problem: `cannot read gold data (${(err as Error).message.replace(/\s*\n\s*/g, ' ')})` }; // JSON.parse may quote the text, line breaks and all
  }
}

function metaKind(path: string, problems: GoldProblem[]): string | undefined {
  if (!existsSync(path)) {
    problems.push({ path, problem: `missing (each text needs its .meta.json, whose kind says whether it is a control; corpus/README.md)` });
    return undefined;
  }
  const meta = readJson(path);
  if (meta.problem !== undefined) {
    problems.push({ path, problem: meta.problem });
    return undefined;
  }
  const kind = meta.value.kind;
  if (!GOLD_KINDS.includes(kind as (typeof GOLD_KINDS)[number])) {
    const what = kind === undefined ? 'kind is missing' : `kind ${quoteInput(kind)} is unknown`;
    problems.push({ path, problem: `${what} (expected one of ${GOLD_KINDS.join(', ')})` });
    return undefined;
  }
  return kind as string;
}

function goldCategories(list: unknown[], path: string, problems: GoldProblem[]): CategoryId[] {
  const unknown = list.filter((c) => !isCategoryId(c));
  for (const c of unknown) problems.push({ path, problem: `categories: unknown category ${quoteInput(c)} (expected one of ${CATEGORY_IDS.join(', ')})` });
  return list.filter(isCategoryId);
}

/** `categories` must be the set of the span categories (corpus/README.md): the document-level gold would otherwise contradict the span gold. */
function categoryMismatch(categories: CategoryId[], spans: GoldSpan[]): string | null {
  const listed = [...new Set(categories)].sort();
  const ofSpans = [...new Set(spans.map((s) => s.category))].sort();
  if (listed.join() === ofSpans.join()) return null;
  return `categories [${listed.join(', ')}] are not the set of its span categories [${ofSpans.join(', ')}]`;
}

/**
 * Read the text `id` of a split folder from its three files (<id>.txt, <id>.gold.json, <id>.meta.json)
 * and check them; any problem names its file and keeps the text out of the figures.
 */
export function readGoldEntry(folder: string, id: string, split: GoldDoc['split']): GoldEntry {
  const txtPath = join(folder, `${id}.txt`);
  const goldPath = join(folder, `${id}.gold.json`);
  const metaPath = join(folder, `${id}.meta.json`);
  const problems: GoldProblem[] = [];
  const hasTxt = existsSync(txtPath);
  const hasGold = existsSync(goldPath);
  if (!hasTxt) {
    const path = hasGold ? goldPath : metaPath;
    return { problems: [{ path, problem: `no ${id}.txt beside it, so the text cannot be scored` }] };
  }
  if (!hasGold) problems.push({ path: goldPath, problem: `missing gold file for ${id}.txt` });
  const text = readGoldText(txtPath);
  if (text.problem !== undefined) problems.push({ path: txtPath, problem: text.problem });
  const kind = metaKind(metaPath, problems);
  if (!hasGold || text.value === undefined) return { problems };
  const gold = readJson(goldPath);
  if (gold.problem !== undefined) return { problems: [...problems, { path: goldPath, problem: gold.problem }] };
  const { spans: rawSpans, categories: rawCategories } = gold.value;
  if (!Array.isArray(rawSpans) || !Array.isArray(rawCategories)) return { problems: [...problems, { path: goldPath, problem: 'spans and categories must be lists' }] };
  const categories = goldCategories(rawCategories, goldPath, problems);
  const spans: GoldSpan[] = [];
  rawSpans.forEach((raw, i) => {
    const check = checkGoldSpan(raw, i + 1, text.value);
    if (check.span) spans.push(check.span);
    else for (const problem of check.problems) problems.push({ path: goldPath, problem });
  });
  if (spans.length === rawSpans.length && categories.length === rawCategories.length) {
    const mismatch = categoryMismatch(categories, spans);
    if (mismatch) problems.push({ path: goldPath, problem: mismatch });
  }
  if (problems.length || kind === undefined) return { problems };
  return { doc: { id, split, kind, text: text.value, categories, spans } };
}
