import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { round3 } from '../pipeline/score.js';
import type { AnalysisResult } from '../types.js';
import type { CompareSide, SharedPhrase } from './types.js';
import { isStopword } from './words.js';

/** Thresholds of the near matches. */
export interface NearOptions { /** Minimum cosine of two sentences' TF-IDF vectors (default 0.45). */ sentence?: number; /** Minimum `textSimilarity` of two marker texts (default 0.85). */ marker?: number }

type Vector = Map<string, number>;

function cosine(x: Vector, y: Vector): number {
  let dot = 0; let nx = 0; let ny = 0;
  for (const [t, v] of x) { nx += v * v; const w = y.get(t); if (w) dot += v * w; }
  for (const v of y.values()) ny += v * v;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

function sentenceSpans(side: CompareSide): { text: string; start: number; end: number }[] {
  return side.result.sentences.map((s) => ({ text: side.text.slice(s.start, s.end), start: s.start, end: s.end }));
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Sentence pairs whose TF-IDF vectors (natural's TfIdf over the sentences of both texts) are close but not identical; each sentence used once, best pairs first. */
export function nearSentences(a: CompareSide, b: CompareSide, options: NearOptions = {}): SharedPhrase[] {
  const min = options.sentence ?? 0.45;
  const sa = sentenceSpans(a);
  const sb = sentenceSpans(b);
  const tfidf = new TfIdf();
  for (const s of [...sa, ...sb]) tfidf.addDocument(s.text);
  const vec = (d: number): Vector => new Map(tfidf.listTerms(d).map((t) => [t.term, t.tfidf]));
  const va = sa.map((_, i) => vec(i));
  const vb = sb.map((_, j) => vec(sa.length + j));
  const pairs: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < sa.length; i++) {
    for (let j = 0; j < sb.length; j++) {
      if (va[i].size < 3 || vb[j].size < 3 || squash(sa[i].text) === squash(sb[j].text)) continue;
      const sim = cosine(va[i], vb[j]);
      if (sim >= min) pairs.push({ i, j, sim });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim || x.i - y.i);
  const usedA = new Set<number>(); const usedB = new Set<number>();
  const out: SharedPhrase[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i); usedB.add(p.j);
    out.push({ kind: 'near', method: 'tf-idf', similarity: round3(p.sim), a: sa[p.i], b: sb[p.j] });
  }
  return out;
}

function contentWords(s: string): string[] {
  return squash(s).split(' ').filter((w) => w !== '' && !isStopword(w));
}

function alignedMean(x: string[], y: string[]): number {
  return x.reduce((sum, w) => sum + Math.max(...y.map((v) => jaroWinkler(w, v))), 0) / x.length;
}

/**
 * Similarity of two marker texts in [0, 1]: each content word is matched to its closest word of the other
 * text by Jaro-Winkler (natural), the mean taken both ways and the lower kept; so "Kiev regime" ~ "Kyiv regime"
 * (0.93) and word order does not matter, while a shared prefix alone ("peace efforts" ~ "peaceful ...") is not enough.
 */
export function textSimilarity(x: string, y: string): number {
  const a = contentWords(x); const b = contentWords(y);
  if (a.length === 0 || b.length === 0) return jaroWinkler(squash(x), squash(y));
  return Math.min(alignedMean(a, b), alignedMean(b, a));
}

/** Annotation texts of the same category that are close (word-aligned Jaro-Winkler, `textSimilarity`) but not equal, e.g. "Kiev regime" and "Kyiv regime". */
export function nearMarkers(a: AnalysisResult, b: AnalysisResult, options: NearOptions = {}): SharedPhrase[] {
  const min = options.marker ?? 0.85;
  const out: SharedPhrase[] = [];
  const seen = new Set<string>();
  for (const x of a.annotations) {
    for (const y of b.annotations) {
      if (x.category !== y.category || squash(x.text) === squash(y.text)) continue;
      const key = `${squash(x.text)}\u0000${squash(y.text)}`;
      if (seen.has(key)) continue;
      const sim = textSimilarity(x.text, y.text);
      if (sim < min) continue;
      seen.add(key);
      out.push({ kind: 'near', method: 'jaro-winkler', similarity: round3(sim), category: x.category, a: { text: x.text, start: x.start, end: x.end }, b: { text: y.text, start: y.start, end: y.end } });
    }
  }
  return out.sort((p, q) => q.similarity - p.similarity);
}
