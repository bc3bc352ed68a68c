import { type MappedText, toOriginal } from '../io/mapped-text.js';
import type { CompareResult, SpanRef } from './types.js';

/** What a side was read from: its markup-free prose and map (null for plain text) and the input as read. */
export interface SideInput { mapped: MappedText | null; original: string }

function remapSpan(ref: SpanRef, side: SideInput): SpanRef {
  const { mapped, original } = side;
  if (!mapped) return ref;
  const shift = mapped.text.charCodeAt(0) === 0xfeff ? 1 : 0; // analyze dropped a leading BOM of the prose (as remapResult)
  const span = toOriginal(mapped, ref.start + shift, ref.end + shift, original.length);
  return { text: original.slice(span.start, span.end), ...span };
}

/**
 * A comparison of two marked-up texts moved back onto the inputs as read, as `analyze --format json` does: the shared
 * phrases' offsets index each original input and their `text` is its slice; `characters` counts the input.
 */
export function remapCompare(r: CompareResult, a: SideInput, b: SideInput): CompareResult {
  if (!a.mapped && !b.mapped) return r;
  return {
    ...r,
    a: { ...r.a, stats: { ...r.a.stats, characters: a.original.length } },
    b: { ...r.b, stats: { ...r.b.stats, characters: b.original.length } },
    shared: r.shared.map((p) => ({ ...p, a: remapSpan(p.a, a), b: remapSpan(p.b, b) })),
  };
}
