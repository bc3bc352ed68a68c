import { CONTRACTED } from '../pipeline/contractions.js';
import { exactForm, wordKey } from '../pipeline/normalize.js';
import { PatternError } from './pattern-error.js';
import { POS_TAGS, type PatternElement } from './pattern-element.js';

/** Split a pattern word into the words the text will show: hyphen parts and a trailing possessive (a plural one's apostrophe is no word). */
function wordParts(word: string): string[] {
  const w = word.replace(/’/g, "'");
  const poss = /^(.+)'s$/i.exec(w);
  if (poss) return [...wordParts(poss[1]), "'s"];
  const plural = /^(.+s)'$/i.exec(w); // a plural possessive: the text reads "leaders' summit" as "leaders summit"
  if (plural) return wordParts(plural[1]);
  const neg = /^(.+?)(?:n't|not)$/i.exec(w); // the text reads "can't", "cannot", "doesn't" as two words
  if (neg && (w.toLowerCase().endsWith("n't") || w.toLowerCase() === 'cannot')) return [CONTRACTED.get(neg[1].toLowerCase()) ?? neg[1], 'not'];
  return w.split('-').filter(Boolean);
}

/** The element of one word of the text: "=word" an exact form, else a word key (its stem), with an optional "<POS>". */
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
export function wordAlternatives(spec: string): PatternElement[][] {
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
export function alternation(seqs: PatternElement[][]): PatternElement {
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
