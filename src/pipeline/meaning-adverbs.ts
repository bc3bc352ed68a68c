// Adverbs that change what the words after them say: a span is never stretched over one.

/**
 * Negators, diminishers and adverbs of limit or time ("not", "hardly", "only", "once", "nearly"):
 * a pattern never passes over one put in between its words (match-pattern.ts), and a span carried
 * back over coordinated adjectives never takes one ("not lasting", "only partial"; coordinated-adjectives.ts).
 */
export const KEEPS_MEANING: ReadonlySet<string> = new Set(['not', 'never', 'no', 'hardly', 'barely', 'scarcely', 'seldom', 'rarely', 'less', 'least', 'little', 'nor', 'neither', 'only', 'once', 'formerly', 'almost', 'nearly']);
