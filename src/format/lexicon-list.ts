import type { CategoryId } from '../taxonomy.js';
import { count, plural } from './count.js';

/** One row of `framelens lexicons list`: a category, its number of markers and its definition (null when no lexicon defines it). */
export interface LexiconListRow { category: CategoryId; markers: number; definition: string | null }

/** The text of `framelens lexicons list`: a line per category with its marker count, then the markers in all. */
export function formatLexiconList(rows: readonly LexiconListRow[], total: number): string {
  const lines = rows.map((r) => `${r.category.padEnd(22)} ${String(r.markers).padStart(4)} ${plural(r.markers, 'marker')}\n`);
  return `${lines.join('')}${count(total, 'marker')} in all\n`;
}
