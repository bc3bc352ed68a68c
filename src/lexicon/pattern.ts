import { MODIFIER_WORDS, POS_TAGS, type CompiledPattern, type PatternElement } from './pattern-element.js';
import { checkEnding } from './pattern-ending.js';
import { PatternError } from './pattern-error.js';
import { checkLimits, MAX_GAP } from './pattern-limits.js';
import { planPattern } from './pattern-plan.js';
import { alternation, wordAlternatives } from './pattern-words.js';

/** The error and the limits of pattern compiling, where the library and the tests take compilePattern from. */
export { PatternError } from './pattern-error.js';
export { MAX_GAP, MAX_PATHS } from './pattern-limits.js';

let modifierElement: PatternElement | undefined; // compiled on first use

/** A fresh copy of the compiled `<MOD>` group ("?" marks the element it follows, so each use needs its own). */
function modifierSlot(): PatternElement {
  modifierElement ??= compileSource(`(${MODIFIER_WORDS.join('|')})`).seq[0];
  return structuredClone(modifierElement);
}

/** One lexeme of the syntax: white space, a bracket, bar or "?", a gap, a <TAG>, or a word (with its <TAG>). */
const LEXEME = /\s+|[()|?]|\*\d*|<[A-Za-z]+>|[^\s()|?<*]+(?:<[A-Za-z]+>)?/gy;

/** Compile one pattern of the lexicon syntax (docs/lexicon-format.md); throws PatternError, its message `framelens: pattern "<source>": <problem>`. */
export function compilePattern(source: string): CompiledPattern {
  try {
    return compileSource(source);
  } catch (err) {
    if (err instanceof PatternError && err.pattern === undefined) throw new PatternError(err.problem, source);
    throw err;
  }
}

/** compilePattern without naming the pattern in its errors (the PatternErrors of the parts, `problem` only). */
function compileSource(source: string): CompiledPattern {
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
