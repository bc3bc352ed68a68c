import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { round3 } from '../pipeline/score.js';
import type { AnalysisResult } from '../types.js';
import type { CompareSide, SharedPhrase } from './types.js';
import { isStopword } from './words.js';

/** Thresholds of the near matches. */
export interface NearOptions { /** Minimum cosine of two sentences' TF-IDF vectors (default 0.45). */ sentence?: number; /** Minimum `textSimilarity` of two marker texts (default 0.85). */ marker?: number }

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let n = 0;
  for (const w of v.values()) n += w * w;
  return Math.sqrt(n);
}

/** Cosine of two vectors, given their norms. */
function cosine(x: Vector, nx: number, y: Vector, ny: number): number {
  let dot = 0;
  for (const [t, w] of x) { const v = y.get(t); if (v !== undefined) dot += w * v; }
  return dot / (nx * ny);
}

function sentenceSpans(side: CompareSide): { text: string; start: number; end: number }[] {
  return side.result.sentences.map((s) => ({ text: side.text.slice(s.start, s.end), start: s.start, end: s.end }));
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A sentence's place and words, without its key. */
const spanOf = ({ text, start, end }: { text: string; start: number; end: number }) => ({ text, start, end });

/** Each sentence once, with its squashed words as `key`: a sentence repeated word for word (a boilerplate line, a text pasted twice) is compared at its first place only. */
function firstOfEach(spans: { text: string; start: number; end: number }[]): { text: string; start: number; end: number; key: string }[] {
  const seen = new Set<string>();
  return spans.map((s) => ({ ...s, key: squash(s.text) })).filter((s) => !seen.has(s.key) && (seen.add(s.key), true));
}

/**
 * Terms in more of B's sentences than this are left out of the candidate search (not of the similarity): in a long text they
 * are function words with almost no weight, and following them would compare every sentence with every other.
 */
const postingLimit = (sentences: number) => Math.max(64, Math.ceil(sentences / 8));

/** Sentence pairs whose TF-IDF vectors (natural's TfIdf over the sentences of both texts) are close but not identical; each sentence used once, best pairs first. */
export function nearSentences(a: CompareSide, b: CompareSide, options: NearOptions = {}): SharedPhrase[] {
  const min = options.sentence ?? 0.45;
  const sa = firstOfEach(sentenceSpans(a));
  const sb = firstOfEach(sentenceSpans(b));
  const tfidf = new TfIdf();
  for (const s of [...sa, ...sb]) tfidf.addDocument(s.text);
  const vec = (d: number): Vector => new Map(tfidf.listTerms(d).map((t) => [t.term, t.tfidf]));
  const va = sa.map((_, i) => vec(i));
  const vb = sb.map((_, j) => vec(sa.length + j));
  const nb = vb.map(norm);
  const postings = new Map<string, number[]>(); // term -> B's sentences that hold it
  vb.forEach((v, j) => { if (v.size >= 3) for (const t of v.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(j); });
  const limit = postingLimit(sb.length);
  const pairs: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < sa.length; i++) {
    if (va[i].size < 3) continue;
    const candidates = new Set<number>(); // B's sentences sharing a term that is not in most of them
    for (const t of va[i].keys()) { const list = postings.get(t); if (list && list.length <= limit) for (const j of list) candidates.add(j); }
    const na = norm(va[i]);
    for (const j of candidates) {
      const sim = cosine(va[i], na, vb[j], nb[j]);
      if (sim >= min && sa[i].key !== sb[j].key) pairs.push({ i, j, sim });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim || x.i - y.i);
  const usedA = new Set<number>(); const usedB = new Set<number>();
  const out: SharedPhrase[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i); usedB.add(p.j);
    out.push({ kind: 'near', method: 'tf-idf', similarity: round3(p.sim), a: spanOf(sa[p.i]), b: spanOf(sb[p.j]) });
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

/** The first annotation of each distinct (category, text) pair: comparisons run over distinct texts, not every occurrence. */
export function distinctTexts<T extends { category: string; text: string }>(list: T[]): T[] {
  const seen = new Map<string, T>();
  for (const x of list) { const k = `${x.category}\u0000${squash(x.text)}`; if (!seen.has(k)) seen.set(k, x); }
  return [...seen.values()];
}

/** The content words of a text, lower case, in order: texts that differ only in function words ("a ceasefire", "this ceasefire") share it. */
const contentKey = (s: string) => contentWords(s).join(' ');

/** Annotation texts of the same category that are close (word-aligned Jaro-Winkler, `textSimilarity`) but differ in their content words, e.g. "Kiev regime" and "Kyiv regime" (not "a ceasefire" and "any ceasefire"); each pair of distinct texts once. */
export function nearMarkers(a: AnalysisResult, b: AnalysisResult, options: NearOptions = {}): SharedPhrase[] {
  const min = options.marker ?? 0.85;
  const out: SharedPhrase[] = [];
  const seen = new Set<string>();
  const byCategory = new Map<string, typeof b.annotations>();
  for (const y of distinctTexts(b.annotations)) (byCategory.get(y.category) ?? byCategory.set(y.category, []).get(y.category)!).push(y);
  for (const x of distinctTexts(a.annotations)) {
    for (const y of byCategory.get(x.category) ?? []) {
      if (squash(x.text) === squash(y.text)) continue;
      const kx = contentKey(x.text); const ky = contentKey(y.text);
      const pair = `${x.category}\u0000${kx}\u0000${ky}`;
      if ((kx !== '' && kx === ky) || seen.has(pair)) continue;
      seen.add(pair);
      const sim = textSimilarity(x.text, y.text);
      if (sim < min) continue;
      out.push({ kind: 'near', method: 'jaro-winkler', similarity: round3(sim), category: x.category, a: { text: x.text, start: x.start, end: x.end }, b: { text: y.text, start: y.start, end: y.end } });
    }
  }
  return out.sort((p, q) => q.similarity - p.similarity);
}
