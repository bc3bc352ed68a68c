/** A text derived from an original one (markup removed), with each derived character's source range in the original. */
export interface MappedText {
  /** The derived text. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts and ends in the original. */
  from: Int32Array;
  to: Int32Array;
}

/** Builds a MappedText piece by piece, in original order. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  constructor(private readonly original: string) {}

  /** Copy original[start, end) unchanged, one unit for one unit. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.original.slice(start, end));
    for (let i = start; i < end; i++) { this.from.push(i); this.to.push(i + 1); }
  }

  /** Write `text` in place of original[start, end) (a decoded entity, a paragraph break; '' drops the range). */
  put(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) { this.from.push(start); this.to.push(end); }
  }

  /** The finished text and its map. */
  build(): MappedText {
    return { text: this.parts.join(''), from: new Int32Array(this.from), to: new Int32Array(this.to) };
  }
}

/** The original range of the derived span [start, end): from the source of its first unit to the end of its last. */
export function toOriginal(m: MappedText, start: number, end: number, originalLength: number): { start: number; end: number } {
  const at = (i: number) => (i < m.from.length ? m.from[i] : originalLength);
  if (end <= start) { const p = at(start); return { start: p, end: p }; }
  return { start: at(start), end: m.to[end - 1] };
}

/** indexOf with memory: the next `needle` at or after a position that only moves forward, so scanning stays linear. */
export function nextFinder(text: string, needle: string): (at: number) => number {
  let found = -2;
  return (at) => {
    if (found === -1 || found >= at) return found;
    found = text.indexOf(needle, at);
    return found;
  };
}
