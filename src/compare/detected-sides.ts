import type { CategoryComparison } from './types.js';

/** The sides on which a category is detected, as the text and Markdown tables print them: "A", "B", "A B" or "". */
export function detectedSides(c: CategoryComparison, separator = ' '): string {
  return [c.detected.a ? 'A' : '', c.detected.b ? 'B' : ''].filter(Boolean).join(separator);
}
