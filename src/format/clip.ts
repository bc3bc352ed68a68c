/** Shorten a string to at most `max` characters for display, ending in an ellipsis when cut; never cuts an emoji or other astral character in half. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max - 1;
  const high = s.charCodeAt(end - 1);
  return `${s.slice(0, high >= 0xd800 && high <= 0xdbff ? end - 1 : end)}…`;
}
