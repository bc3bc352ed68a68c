import { exactForm, wordKey } from '../pipeline/normalize.js';
import { PatternError } from './pattern-error.js';
import { checkLimits, MAX_GAP } from './pattern-limits.js';
import { planPattern, type PatternPlan } from './pattern-plan.js';

export { PatternError } from './pattern-error.js';
export { MAX_GAP, MAX_PATHS } from './pattern-limits.js';

/** Part-of-speech tags a pattern may name (wink-nlp's Universal POS tags). */
export const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'SCONJ', 'VERB', 'X']);

/**
 * `<MOD>`: an adverb that neither negates, hedges nor boosts (the context stage reads those), so
 * `would <MOD>? mean war` takes "would once again mean war" and still not "would not mean war".
 */
export const MODIFIER_WORDS = ['also', 'again', 'once again', 'yet again', 'now', 'repeatedly', 'already', 'still', 'further', 'even', 'only', 'just', 'deliberately', 'consistently', 'constantly', 'actually', 'effectively', 'directly', 'openly', 'systematically', 'increasingly', 'ultimately', 'thereby', 'essentially', 'actively', 'brazenly', 'cynically', 'de facto'];
let modifierElement: PatternElement | undefined; // compiled on first use

/** A fresh copy of the compiled `<MOD>` group ("?" marks the element it follows, so each use needs its own). */
function modifierSlot(): PatternElement {
  modifierElement ??= compilePattern(`(${MODIFIER_WORDS.join('|')})`).seq[0];
  return structuredClone(modifierElement);
}

/** One element of a compiled pattern. */
export type PatternElement =
  | { t: 'word'; keys: string[]; exact: string[]; pos?: string; opt?: true }
  | { t: 'pos'; pos: string; opt?: true }
  | { t: 'gap'; max: number }
  | { t: 'alt'; seqs: PatternElement[][]; opt?: true };

/** A compiled pattern: its source text, its element sequence, and how the index will hold it. */
export interface CompiledPattern { source: string; seq: PatternElement[]; plan?: PatternPlan }

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

/** Words a pattern may not end with as an optional element: such an ending never decides a match, it only leaves a dangling word at the end of a span ("terrorist attacks on"). */
const DANGLING = new Set(['on', 'against', 'by', 'of', 'to', 'in', 'for', 'with', 'between', 'at', 'from', 'into', 'and', 'or', 'the', 'a', 'an'].map(wordKey));

/** Refuse a pattern that ends with an optional preposition, conjunction or article. */
function checkEnding(seq: PatternElement[]): void {
  const last = seq[seq.length - 1];
  if (last.t === 'word' && last.opt && last.keys.length + last.exact.length > 0 && [...last.keys, ...last.exact].every((k) => DANGLING.has(k))) {
    throw new PatternError('a pattern may not end with an optional preposition, conjunction or article: it only adds a dangling word to the span; drop it');
  }
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
      } else if (/^<mod>$/i.test(lx)) {
        cur.push(modifierSlot());
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
  checkLimits(seq);
  checkEnding(seq);
  return { source, seq, plan: planPattern(seq) };
}
