import type { AnalysisResult } from '../types.js';
import type { SharedPhrase, SpanRef } from './types.js';

/** True when an annotation of `result` overlaps the span. */
function framed(result: AnalysisResult, span: SpanRef): boolean {
  return result.annotations.some((x) => x.start < span.end && span.start < x.end);
}

/** Shared phrases that carry framing (overlap an annotation in A or in B) first, then the rest, each group in its given order. */
export function framingFirst(phrases: SharedPhrase[], a: AnalysisResult, b: AnalysisResult): SharedPhrase[] {
  const withFraming = phrases.filter((p) => framed(a, p.a) || framed(b, p.b));
  return [...withFraming, ...phrases.filter((p) => !withFraming.includes(p))];
}
