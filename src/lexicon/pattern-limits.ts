import { PatternError } from './pattern-error.js';
import type { PatternElement } from './pattern-element.js';

// Bounds on the work a compiled pattern can cost the matcher (pipeline/match-pattern.ts), checked when it is compiled.

/** Largest gap a pattern may hold; with at most MAX_GAPS gaps this keeps matching linear. */
export const MAX_GAP = 6;
const MAX_GAPS = 3;
/** Most ways a pattern may try to match at one word (optional elements, gap lengths, alternatives multiply): a bound on matching work. */
export const MAX_PATHS = 100_000;

/** Refuse a pattern the matcher could not run in bounded time or at all: empty, led or ended by a gap, too many gaps, no required word, too many ways to match at one word. */
export function checkLimits(seq: PatternElement[]): void {
  if (seq.length === 0) throw new PatternError('empty pattern');
  if (seq[0].t === 'gap' || seq[seq.length - 1].t === 'gap') throw new PatternError('a pattern may not start or end with a gap');
  if (countGaps(seq) > MAX_GAPS) throw new PatternError(`more than ${MAX_GAPS} gaps`);
  if (!hasRequiredWord(seq)) throw new PatternError('a pattern needs at least one required word');
  const paths = countPaths(seq);
  if (paths > MAX_PATHS) throw new PatternError(`up to ${paths > 1e12 ? 'more than 10^12' : paths} ways to match at one word, more than ${MAX_PATHS}: use fewer optional words, gaps or alternatives`);
}

/** How many ways the matcher may try at one word, at most: the product over elements of their choices. */
function countPaths(seq: PatternElement[]): number {
  return seq.reduce((n, e) => n * (e.t === 'gap' ? e.max + 1 : e.t === 'alt' ? altPaths(e.seqs) + (e.opt ? 1 : 0) : e.opt ? 2 : 1), 1);
}

/**
 * The ways into a group: alternatives that begin with different required words cannot all start at one word, which shows
 * at most three forms (stem key, lemma key, exact form); so the alternatives of the three busiest first words, plus those
 * that may begin with anything.
 */
function altPaths(seqs: PatternElement[][]): number {
  const byStart = new Map<string, number>();
  let open = 0;
  for (const sub of seqs) {
    const paths = countPaths(sub);
    const first = sub[0];
    if (first?.t !== 'word' || first.opt || first.keys.length + first.exact.length === 0) { open += paths; continue; }
    for (const id of [...first.keys.map((k) => `k:${k}`), ...first.exact.map((x) => `e:${x}`)]) byStart.set(id, (byStart.get(id) ?? 0) + paths);
  }
  const busiest = [...byStart.values()].sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0);
  return open + Math.min(busiest, seqs.reduce((n, sub) => n + countPaths(sub), 0) - open);
}

/** Gaps on the longest way through a sequence. */
function countGaps(seq: PatternElement[]): number {
  return seq.reduce((n, e) => n + (e.t === 'gap' ? 1 : e.t === 'alt' ? Math.max(...e.seqs.map(countGaps)) : 0), 0);
}

/** True when every way through a sequence takes at least one word that is not optional. */
function hasRequiredWord(seq: PatternElement[]): boolean {
  return seq.some((e) => !('opt' in e && e.opt) && (e.t === 'word' || (e.t === 'alt' && e.seqs.every(hasRequiredWord))));
}
