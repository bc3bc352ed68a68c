/** A span to highlight: an annotation (with a lane for stacked underlines), a quotation, or a phrase shared with another text. */
export interface HighlightSpan { id: string; start: number; end: number; kind: 'annotation' | 'quote' | 'shared' }

/** One step of a highlighted text: open or close a piece of a span, or plain text between offsets. */
export type SpanEvent =
  | { type: 'open'; span: HighlightSpan; first: boolean }
  | { type: 'close'; span: HighlightSpan }
  | { type: 'text'; start: number; end: number };

/**
 * Give overlapping spans different lanes (greedy interval colouring by start): lane 0 for a span that
 * overlaps nothing earlier, so stacked underlines stay apart. Returns id -> lane.
 */
export function assignLanes(spans: HighlightSpan[]): Map<string, number> {
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start || y.end - x.end)) {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.end;
    lanes.set(s.id, lane);
  }
  return lanes;
}

/**
 * Turn possibly crossing spans over a text of `length` into properly nested open/close events:
 * when a span ends while spans opened after it are still open, those are closed and reopened
 * (as continuation pieces, `first: false`). Empty spans and spans outside the text are dropped.
 */
export function nestSpans(length: number, spans: HighlightSpan[]): SpanEvent[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const starts = [...valid].sort((x, y) => x.start - y.start || y.end - x.end || x.id.localeCompare(y.id));
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const events: SpanEvent[] = [];
  const stack: HighlightSpan[] = [];
  let next = 0;
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k];
    const ending = stack.filter((s) => s.end === at);
    if (ending.length) {
      const lowest = Math.min(...ending.map((s) => stack.indexOf(s)));
      const reopen = stack.splice(lowest).reverse();
      for (const s of reopen) events.push({ type: 'close', span: s });
      for (const s of reopen.reverse()) if (s.end > at) { stack.push(s); events.push({ type: 'open', span: s, first: false }); }
    }
    while (next < starts.length && starts[next].start === at) {
      stack.push(starts[next]);
      events.push({ type: 'open', span: starts[next], first: true });
      next++;
    }
    if (k + 1 < cuts.length && cuts[k + 1] > at) events.push({ type: 'text', start: at, end: cuts[k + 1] });
  }
  return events;
}
