/**
 * A copy of a string that stands on its own, to keep in a cache. V8 makes a longer piece of a string (13 characters
 * or more) point into the whole string, so a piece of a text kept as it is would keep the whole text alive.
 */
export function ownCopy(piece: string): string {
  return piece.length < 13 ? piece : [...piece].join('');
}
