/** Shorten a string to at most `max` characters for display, ending in an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
