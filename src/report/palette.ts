import { CATEGORY_IDS, type CategoryId, type Voice } from '../taxonomy.js';

/** Display data of a category: a colour (>= 4.5:1 on white), a two-letter abbreviation, a readable label. */
export interface CategoryLook { color: string; abbr: string; label: string }

/** Colours, abbreviations and labels of the twelve categories, in taxonomy order. */
export const CATEGORY_LOOKS: Record<CategoryId, CategoryLook> = {
  'blame-shifting': { color: '#b91c1c', abbr: 'BS', label: 'blame-shifting' },
  'spheres-of-influence': { color: '#6d28d9', abbr: 'SI', label: 'spheres of influence' },
  'root-causes': { color: '#a1500a', abbr: 'RC', label: 'root causes' },
  delegitimization: { color: '#be185d', abbr: 'DL', label: 'delegitimization' },
  'maximalist-demands': { color: '#9a3412', abbr: 'MD', label: 'maximalist demands' },
  'economic-inducement': { color: '#15803d', abbr: 'EI', label: 'economic inducement' },
  'peace-process': { color: '#0369a1', abbr: 'PP', label: 'peace process' },
  'humanitarian-appeal': { color: '#0f766e', abbr: 'HA', label: 'humanitarian appeal' },
  'credit-claiming': { color: '#854d0e', abbr: 'CC', label: 'credit-claiming' },
  victimhood: { color: '#3730a3', abbr: 'VH', label: 'victimhood' },
  'fear-appeal': { color: '#44403c', abbr: 'FA', label: 'fear appeal' },
  'loaded-language': { color: '#a21caf', abbr: 'LL', label: 'loaded language' },
};

/** How each voice looks besides colour: underline style and a one-letter tag. */
export const VOICE_LOOKS: Record<Voice, { line: 'solid' | 'double' | 'dotted'; tag: string; label: string }> = {
  author: { line: 'solid', tag: 'A', label: "author's voice (solid underline)" },
  quoted: { line: 'double', tag: 'Q', label: 'quoted (double underline, italic)' },
  reported: { line: 'dotted', tag: 'R', label: 'reported speech (dotted underline)' },
};

/** The category ids in display order. */
export const CATEGORY_ORDER: readonly CategoryId[] = CATEGORY_IDS;

/** The CSS rules that give every category its colour (class `c-<id>`), shared by all HTML pages. */
export function categoryCss(): string {
  return CATEGORY_ORDER.map((id) => `.c-${id}{--c:${CATEGORY_LOOKS[id].color}}`).join('\n');
}
