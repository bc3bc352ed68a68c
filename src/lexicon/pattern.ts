import { exactForm, wordKey } from '../pipeline/normalize.js';
import { planPattern, type PatternPlan } from './pattern-plan.js';

/** Part-of-speech tags a pattern may name (wink-nlp's Universal POS tags). */
export const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'SCONJ', 'VERB', 'X']);

/** Largest gap a pattern may hold; with at most MAX_GAPS gaps this keeps matching linear. */
export const MAX_GAP = 6;
const MAX_GAPS = 3;
/** Most ways a pattern may try to match at one word (optional elements, gap lengths, alternatives multiply): a bound on matching work. */
export const MAX_PATHS = 100_000;

/** One element of a compiled pattern. */
export type PatternElement =
  | { t: 'word'; keys: string[]; exact: string[]; pos?: string; opt?: true }
  | { t: 'pos'; pos: string; opt?: true }
  | { t: 'gap'; max: number }
  | { t: 'alt'; seqs: PatternElement[][]; opt?: true };

/** A compiled pattern: its source text, its element sequence, and how the index will hold it. */
export interface CompiledPattern { source: string; seq: PatternElement[]; plan?: PatternPlan }

/** A pattern that cannot be compiled; `message` names the problem. */
export class PatternError extends Error {}

const LEXEME = /\s+|[()|?]|\*\d*|<[A-Za-z]+>|[^\s()|?<*]+(?:<[A-Za-z]+>)?/gy;

/** Split a pattern word into the words the text will show: hyphen parts and a trailing possessive. */
const CONTRACTED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['can', 'can']]);

function wordParts(word: string): string[] {
  const w = word.replace(/’/g, "'");
  const poss = /^(.+)'s$/i.exec(w);
  if (poss) return [...wordParts(poss[1]), "'s"];
  const neg = /^(.+?)(?:n't|not)$/i.exec(w); // the text reads "can't", "cannot", "doesn't" as two words
  if (neg && (w.toLowerCase().endsWith("n't") || w.toLowerCase() === 'cannot')) return [CONTRACTED.get(neg[1].toLowerCase()) ?? neg[1], 'not'];
  return w.split('-').filter(Boolean);
}

function wordElement(spec: string): PatternElement {
  const m = /^(=?)([^<]+)(?:<([A-Za-z]+)>)?$/.exec(spec);
  if (!m) throw new PatternError(`invalid word ${JSON.stringify(spec)}`);
  if (!/[\p{L}\p{N}]/u.test(m[2])) throw new PatternError(`${JSON.stringify(spec)} has no letter or digit: patterns run over words only, punctuation never matches`);
  const pos = m[3]?.toUpperCase();
  if (pos && !POS_TAGS.has(pos)) throw new PatternError(`unknown part of speech <${m[3]}>`);
  const exact = m[1] === '=';
  const el: PatternElement = exact ? { t: 'word', keys: [], exact: [exactForm(m[2])] } : { t: 'word', keys: [wordKey(m[2])], exact: [] };
  if (pos) el.pos = pos;
  return el;
}

/** The elements one written word stands for: a hyphenated word matches joined or split. */
function wordAlternatives(spec: string): PatternElement[][] {
  const prefix = spec.startsWith('=') ? '=' : '';
  const body = prefix ? spec.slice(1) : spec;
  const posTag = /<[A-Za-z]+>$/.exec(body)?.[0] ?? '';
  const bare = posTag ? body.slice(0, -posTag.length) : body;
  const parts = wordParts(bare);
  if (parts.length === 0) throw new PatternError(`invalid word ${JSON.stringify(spec)}`);
  if (parts.length === 1) return [[wordElement(prefix + parts[0] + posTag)]];
  const split = parts.map((p, i) => wordElement(prefix + p + (i === parts.length - 1 ? posTag : '')));
  const hyphenated = bare.includes('-') && !bare.endsWith("'s") ? [[wordElement(prefix + bare.replace(/-/g, '') + posTag)]] : [];
  return [...hyphenated, split];
}

/** Merge single-word alternatives into one word element; keep sequences as an alternation. */
function alternation(seqs: PatternElement[][]): PatternElement {
  const single = seqs.every((s) => s.length === 1 && s[0].t === 'word' && !s[0].opt);
  if (single) {
    const words = seqs.map((s) => s[0] as Extract<PatternElement, { t: 'word' }>);
    const pos = words[0].pos;
    if (words.every((w) => w.pos === pos)) {
      const el: PatternElement = { t: 'word', keys: [...new Set(words.flatMap((w) => w.keys))], exact: [...new Set(words.flatMap((w) => w.exact))] };
      if (pos) el.pos = pos;
      return el;
    }
  }
  return seqs.length === 1 && seqs[0].length === 1 ? seqs[0][0] : { t: 'alt', seqs };
}

/** Compile one pattern of the lexicon syntax (docs/lexicon-format.md); throws PatternError. */
export function compilePattern(source: string): CompiledPattern {
  if (typeof source !== 'string' || source.trim() === '') throw new PatternError('empty pattern');
  const lexemes: string[] = [];
  LEXEME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (LEXEME.lastIndex < source.length && (m = LEXEME.exec(source))) if (m[0].trim()) lexemes.push(m[0]);
  if (LEXEME.lastIndex < source.length) throw new PatternError(`cannot read ${JSON.stringify(source.slice(LEXEME.lastIndex))}`);
  let at = 0;
  const parseSeq = (depth: number): PatternElement[][] => {
    const alts: PatternElement[][] = [[]];
    let lastWord: PatternElement[][] | null = null; // the alternatives behind the last word element
    while (at < lexemes.length) {
      const lx = lexemes[at++];
      const cur = alts[alts.length - 1];
      if (lx === ')') {
        if (depth === 0) throw new PatternError('unbalanced ")"');
        return alts;
      }
      if (lx === '|' && depth > 0) { alts.push([]); lastWord = null; continue; }
      if (lx === '|') {
        const next = lexemes[at++];
        if (!lastWord || next === undefined || /^[()|?*<]/.test(next)) throw new PatternError('"|" outside a group must join two words');
        lastWord = [...lastWord, ...wordAlternatives(next)];
        cur[cur.length - 1] = alternation(lastWord);
        continue;
      }
      lastWord = null;
      if (lx === '?') {
        const last = cur[cur.length - 1];
        if (!last || last.t === 'gap' || ('opt' in last && last.opt)) throw new PatternError('"?" must follow a word or group');
        last.opt = true;
      } else if (lx === '(') {
        const inner = parseSeq(depth + 1);
        if (inner.some((seq) => seq.length === 0)) throw new PatternError('empty alternative in a group');
        cur.push(alternation(inner));
      } else if (lx.startsWith('*')) {
        const max = lx.length > 1 ? Number(lx.slice(1)) : 3;
        if (!(max >= 1 && max <= MAX_GAP)) throw new PatternError(`gap ${lx} must be between *1 and *${MAX_GAP}`);
        cur.push({ t: 'gap', max });
      } else if (/^<[A-Za-z]+>$/.test(lx)) {
        const pos = lx.slice(1, -1).toUpperCase();
        if (!POS_TAGS.has(pos)) throw new PatternError(`unknown part of speech ${lx}`);
        cur.push({ t: 'pos', pos });
      } else {
        lastWord = wordAlternatives(lx);
        const el = alternation(lastWord);
        if (el.t === 'alt' && lastWord.length === 1) cur.push(...lastWord[0]);
        else cur.push(el);
        if (el.t === 'alt' && lastWord.length === 1) lastWord = null;
      }
    }
    if (depth > 0) throw new PatternError('unbalanced "("');
    return alts;
  };
  const top = parseSeq(0);
  if (top.length !== 1) throw new PatternError('"|" outside a group must join two words');
  const seq = top[0];
  validate(seq);
  return { source, seq, plan: planPattern(seq) };
}

function validate(seq: PatternElement[]): void {
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

function countGaps(seq: PatternElement[]): number {
  return seq.reduce((n, e) => n + (e.t === 'gap' ? 1 : e.t === 'alt' ? Math.max(...e.seqs.map(countGaps)) : 0), 0);
}

function hasRequiredWord(seq: PatternElement[]): boolean {
  return seq.some((e) => !('opt' in e && e.opt) && (e.t === 'word' || (e.t === 'alt' && e.seqs.every(hasRequiredWord))));
}
