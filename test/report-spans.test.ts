import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes, nestSpans, type HighlightSpan, type SpanEvent } from '../src/report/spans.js';

const ann = (id: string, start: number, end: number): HighlightSpan => ({ id, start, end, kind: 'annotation' });

/** Replay events: the text covered, the nesting stays balanced, and which offsets each span covers. */
function replay(events: SpanEvent[]) {
  const stack: string[] = [];
  const covered = new Map<string, number[]>();
  let text = '';
  let balanced = true;
  for (const e of events) {
    if (e.type === 'open') stack.push(e.span.id);
    else if (e.type === 'close') balanced &&= stack.pop() === e.span.id;
    else {
      for (let i = e.start; i < e.end; i++) for (const id of stack) (covered.get(id) ?? covered.set(id, []).get(id)!).push(i);
      text += 'x'.repeat(e.end - e.start);
    }
  }
  return { stack, covered, length: text.length, balanced };
}

describe('nestSpans', () => {
  it('splits a crossing span into properly nested pieces, the first one marked', () => {
    // "the Kyiv regime refused" : [4,15) crosses [9,23)
    const events = nestSpans(23, [ann('a1', 4, 15), ann('a2', 9, 23)]);
    const opens = events.filter((e) => e.type === 'open') as Extract<SpanEvent, { type: 'open' }>[];
    expect(opens.map((e) => [e.span.id, e.first])).toEqual([['a1', true], ['a2', true], ['a2', false]]);
    const r = replay(events);
    expect(r.balanced).toBe(true);
    expect(r.covered.get('a1')).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(r.covered.get('a2')![0]).toBe(9);
    expect(r.covered.get('a2')!.length).toBe(14);
  });

  it('keeps nested and identical spans intact', () => {
    const r = replay(nestSpans(30, [ann('outer', 0, 30), ann('inner', 5, 10), ann('same', 5, 10)]));
    expect(r.balanced).toBe(true);
    expect(r.covered.get('inner')).toEqual([5, 6, 7, 8, 9]);
    expect(r.covered.get('same')).toEqual([5, 6, 7, 8, 9]);
    expect(r.covered.get('outer')!.length).toBe(30);
  });

  it('drops empty spans and spans outside the text', () => {
    const events = nestSpans(10, [ann('empty', 3, 3), ann('out', 8, 12)]);
    expect(events.every((e) => e.type === 'text')).toBe(true);
  });

  it('property: for any spans, events are balanced, cover the whole text once, and each span covers exactly its range', () => {
    const spanArb = fc.tuple(fc.nat(40), fc.nat(40)).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
    fc.assert(fc.property(fc.array(spanArb, { maxLength: 8 }), (ranges) => {
      const spans = ranges.map(([s, e], i) => ann(`s${i}`, s, e));
      const r = replay(nestSpans(40, spans));
      expect(r.balanced).toBe(true);
      expect(r.stack).toEqual([]);
      expect(r.length).toBe(40);
      spans.forEach((s) => {
        const want = Array.from({ length: s.end - s.start }, (_, k) => s.start + k);
        expect(r.covered.get(s.id) ?? []).toEqual(want);
      });
    }));
  });
});

describe('assignLanes', () => {
  it('gives overlapping spans different lanes and reuses a lane once it is free', () => {
    const lanes = assignLanes([ann('a', 0, 10), ann('b', 5, 15), ann('c', 12, 20), ann('d', 30, 40)]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
    expect(lanes.get('d')).toBe(0);
  });
});
