/** The framing category ids of ../shared/taxonomy.md (version 1), in the taxonomy's order. */
export const CATEGORY_IDS = [
  'blame-shifting',
  'spheres-of-influence',
  'root-causes',
  'delegitimization',
  'maximalist-demands',
  'economic-inducement',
  'peace-process',
  'humanitarian-appeal',
  'credit-claiming',
  'victimhood',
  'fear-appeal',
  'loaded-language',
] as const;

/** One framing category id. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The voices a token can carry. */
export const VOICES = ['author', 'quoted', 'reported'] as const;

/** Whose words an annotation marks. */
export type Voice = (typeof VOICES)[number];

/** The context modifiers an annotation can carry. */
export const MODIFIERS = ['negated', 'hedged', 'boosted', 'appeal'] as const;

/** A context modifier. */
export type Modifier = (typeof MODIFIERS)[number];

const categorySet: ReadonlySet<string> = new Set(CATEGORY_IDS);

/** True when `id` is a category id of the taxonomy. */
export function isCategoryId(id: unknown): id is CategoryId {
  return typeof id === 'string' && categorySet.has(id);
}
