/** The shared-task label sets framelens output can be read in. */
export const LABEL_SETS = ['semeval2023', 'semeval2025'] as const;

/** One label set id. */
export type LabelSet = (typeof LABEL_SETS)[number];
