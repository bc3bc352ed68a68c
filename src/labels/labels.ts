import mapping from './semeval-mapping.json' with { type: 'json' };
import { FramelensError } from '../errors.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import type { AnalysisResult } from '../types.js';

import { LABEL_SETS, type LabelSet } from './sets.js';

export { LABEL_SETS, type LabelSet };

/** Labels of one category in one set, by group (frames, techniques; narratives, subnarratives). */
export type GroupLabels = Record<string, string[]>;

/** The mapping data: per set its groups and their level; labels that need a marker's evidence; per category its labels in each set (src/labels/semeval-mapping.json). */
export interface LabelMapping {
  sets: Record<LabelSet, { title: string; groups: Record<string, 'document' | 'span'>; inventory: Record<string, string[]> }>;
  /** By set and group, the labels given only when the text holds a (not negated) annotation of one of these markers (`prefix*` for ids that begin so). */
  evidence: Partial<Record<LabelSet, Record<string, Record<string, string[]>>>>;
  categories: Record<CategoryId, Record<LabelSet, GroupLabels> & { taxonomy: string[]; note: string }>;
}

/** The category-to-label mapping, as data. */
export const LABEL_MAPPING = mapping as unknown as LabelMapping;

/** True when `value` names a label set. */
export function isLabelSet(value: unknown): value is LabelSet {
  return typeof value === 'string' && (LABEL_SETS as readonly string[]).includes(value);
}

/** True when a marker id is one of `patterns` (an id, or `prefix*`). */
export function markerMatches(id: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? id.startsWith(p.slice(0, -1)) : id === p));
}

/** The labels of one category in a set and group that this text supports: a label that needs evidence (LabelMapping.evidence) only when one of `markers` (the text's annotations of the category) gives it. */
function supportedLabels(category: CategoryId, set: LabelSet, group: string, markers: string[]): string[] {
  const needs = LABEL_MAPPING.evidence[set]?.[group] ?? {};
  return (categoryLabels(category, set)[group] ?? []).filter((label) => !needs[label] || markers.some((id) => markerMatches(id, needs[label])));
}

/** The labels of one category in a set, by group. */
export function categoryLabels(category: CategoryId, set: LabelSet): GroupLabels {
  return LABEL_MAPPING.categories[category][set];
}

/** A result read in a shared-task label set: document labels from detected categories, span labels from annotations. */
export interface LabelReading {
  set: LabelSet;
  title: string;
  /** Document-level groups: the union of the labels of the detected categories, sorted. */
  document: Record<string, string[]>;
  /** The detected categories with their labels (a label that needs a marker's evidence only when the text gives it). */
  categories: Partial<Record<CategoryId, GroupLabels>>;
  /** Span-level groups: every annotation that is not negated and maps to at least one span label. */
  spans: { annotation: string; start: number; end: number; category: CategoryId; labels: string[] }[];
}

/** Read an analysis result in a label set (pure). */
export function readLabels(result: AnalysisResult, set: LabelSet): LabelReading {
  if (!isLabelSet(set)) throw new FramelensError(`unknown label set ${JSON.stringify(set)} (expected ${LABEL_SETS.join(' or ')})`, 2);
  const { title, groups } = LABEL_MAPPING.sets[set];
  const docGroups = Object.keys(groups).filter((g) => groups[g] === 'document');
  const spanGroups = Object.keys(groups).filter((g) => groups[g] === 'span');
  const detected = CATEGORY_IDS.filter((c) => result.categories[c]?.detected);
  const markersOf = (c: CategoryId) => result.annotations.filter((a) => a.category === c && !a.modifiers.includes('negated')).map((a) => a.marker);
  const supported = Object.fromEntries(detected.map((c) => [c, Object.fromEntries(Object.keys(groups).map((g) => [g, supportedLabels(c, set, g, markersOf(c))]))])) as Record<CategoryId, GroupLabels>;
  const document = Object.fromEntries(docGroups.map((g) => [g, [...new Set(detected.flatMap((c) => supported[c][g]))].sort()]));
  const categories = Object.fromEntries(detected.map((c) => [c, supported[c]]));
  const spans = result.annotations
    .filter((a) => !a.modifiers.includes('negated'))
    .map((a) => ({ annotation: a.id, start: a.start, end: a.end, category: a.category, labels: spanGroups.flatMap((g) => categoryLabels(a.category, set)[g] ?? []) }))
    .filter((s) => s.labels.length > 0);
  return { set, title, document, categories, spans };
}

/** The result with a `labels` field holding its reading in `set` (the output contract allows extra top-level fields). */
export function withLabels(result: AnalysisResult, set: LabelSet): AnalysisResult & { labels: LabelReading } {
  return { ...result, labels: readLabels(result, set) };
}
