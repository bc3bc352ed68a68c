import type { Annotation } from '../types.js';

/** The `top` strongest annotations, strongest first (ties by position in the text). */
export function strongest(annotations: readonly Annotation[], top: number): Annotation[] {
  return [...annotations].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, top);
}
