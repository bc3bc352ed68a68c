import { round3 } from '../pipeline/score.js';
import { isInformative } from './readout-words.js';
import type { SharedPhrase } from './types.js';
import { wordTokens, type WordToken } from './words.js';

/** Options of `exactPhrases`: the fewest words of a run (default 3) and the fewest informative ones among them (`isInformative`, default 2). */
export interface ExactOptions { minWords?: number; minContentWords?: number }

/** A word triple found more often than this in B is not distinctive and starts no run (bounds the work on repetitive input). */
export const MAX_GRAM_REPEATS = 200;

function gram(t: WordToken[], i: number, n: number): string {
  return t.slice(i, i + n).map((w) => w.key).join(' ');
}

/** Maximal word runs the two texts share (at least `minWords` words, `minContentWords` of them informative: not function words nor stock readout words such as "call", "president", "United States"), longest first, each phrase once. */
export function exactPhrases(a: string, b: string, options: ExactOptions = {}): SharedPhrase[] {
  const n = options.minWords ?? 3;
  const minContent = options.minContentWords ?? 2;
  const ta = wordTokens(a, 'a');
  const tb = wordTokens(b, 'b');
  const index = new Map<string, number[]>();
  for (let j = 0; j + n <= tb.length; j++) {
    const k = gram(tb, j, n);
    (index.get(k) ?? index.set(k, []).get(k)!).push(j);
  }
  const runs: { i: number; j: number; len: number }[] = [];
  for (let i = 0; i + n <= ta.length; i++) {
    const at = index.get(gram(ta, i, n)) ?? [];
    if (at.length > MAX_GRAM_REPEATS) continue;
    for (const j of at) {
      if (i > 0 && j > 0 && ta[i - 1].key === tb[j - 1].key) continue;
      let len = n;
      while (i + len < ta.length && j + len < tb.length && ta[i + len].key === tb[j + len].key) len++;
      runs.push({ i, j, len });
    }
  }
  runs.sort((x, y) => y.len - x.len || x.i - y.i);
  const kept: { key: string; phrase: SharedPhrase }[] = [];
  for (const r of runs) {
    const words = ta.slice(r.i, r.i + r.len);
    if (words.filter((w) => !w.stop && isInformative(w.key)).length < minContent) continue;
    const key = ` ${words.map((w) => w.key).join(' ')} `;
    if (kept.some((k) => k.key.includes(key))) continue;
    const sa = { start: words[0].start, end: words[words.length - 1].end };
    const wb = tb.slice(r.j, r.j + r.len);
    const sb = { start: wb[0].start, end: wb[wb.length - 1].end };
    kept.push({
      key,
      phrase: { kind: 'exact', method: 'words', similarity: round3(1), a: { text: a.slice(sa.start, sa.end), ...sa }, b: { text: b.slice(sb.start, sb.end), ...sb } },
    });
  }
  return kept.map((k) => k.phrase);
}
