import type { CompiledMarker } from '../lexicon/types.js';
import type { PatternMatch } from './match.js';
import { TITLES } from './mentions.js'; // a span ending on a title takes the name after it ("had President" → "had President Trump")
import { type TokenTable, TokenKind } from './token-table.js';
import type { Voices } from './voice.js';
import type { WordStream } from './words.js';
import { hyphenJoined } from './whole-words.js';
import { isHyphen } from './hyphen.js';
import { CONJUNCTIONS } from './coordinated-adjectives.js';

/** Parts of speech a noun phrase can stop on before its head noun: a match ending on one may be cut short. */
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Most words a span is carried on to reach its head noun. */
const MAX_EXTRA = 3;
/** What follows a verb the tagger read as a noun ("two powers bear special responsibility", "a plan that sets the terms"): a head noun is not taken before one. */
const OBJECT_START = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
/** Nouns of time that follow a phrase without belonging to it ("great progress today"). */
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now']);
/** Nouns of number that open a phrase of their own ("violated the truce dozens of times", "the strikes hundreds of kilometres away"): never a head noun. */
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);

/** Plurals that modify a noun after them ("arms supplies", "human rights groups", "talks format"). */
const PLURAL_MODIFIERS = new Set(['arms', 'rights', 'goods', 'sales', 'savings', 'news', 'talks', 'affairs', 'customs', 'forces', 'sanctions', 'operations', 'communications', 'relations', 'nations', 'resources', 'services', 'munitions', 'weapons', 'parts', 'works', 'systems']);

/** True when word w is a plural common noun ("proposals", "strikes") that is no modifier: the phrase ends on it. */
function pluralHead(ws: WordStream, w: number): boolean {
  const word = ws.exact[w];
  return ws.pos[w] === 'NOUN' && word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is') && !PLURAL_MODIFIERS.has(word);
}

/** True when only white space or a hyphen stands between word w and the word before it (no quotation mark, bracket, slash or tag). */
function joined(t: TokenTable, ws: WordStream, w: number): boolean {
  for (let i = ws.token[w - 1] + 1; i < ws.token[w]; i++) if (t.kind[i] !== TokenKind.Space && !isHyphen(t.value[i])) return false;
  return true;
}

/**
 * A match that stops inside a noun phrase is carried on to the phrase's head noun, the way an
 * annotator marks it: "strikes on residential" → "strikes on residential buildings", "Russophobic"
 * → "Russophobic hysteria". Only words of the same clause and voice, only adjectives and nouns with
 * nothing but white space or a hyphen between them, and only when a noun ends the run. Runs on kept
 * matches (after resolveOverlaps), so a longer span does not outrank another marker, and stops
 * before the next match of its category. A proper name is taken only after another ("if President" →
 * "if President Trump").
 */
export function completeNounPhrases(matches: PatternMatch<CompiledMarker>[], t: TokenTable, ws: WordStream, voices: Voices): PatternMatch<CompiledMarker>[] {
  const byFirst = [...matches].sort((a, b) => a.first - b.first); // the matches after one are found by binary search: a long text has many
  return matches.map((m) => {
    if (!MODIFIERS.has(ws.pos[m.last]) && !hyphenJoined(t, ws, m.last)) return m; // a hyphenated word ends as a modifier: "Russian-flagged", "trust-based"
    let limit = ws.sentenceFirstWord[ws.sentence[m.last] + 1];
    for (let k = firstAfter(byFirst, m.last); k < byFirst.length && byFirst[k].first < limit; k++) {
      if (byFirst[k].item.category === m.item.category) { limit = byFirst[k].first; break; }
    }
    let last = m.last;
    for (let w = m.last + 1; w < limit && w - m.last <= MAX_EXTRA; w++) {
      if (ws.clause[w] !== ws.clause[m.last] || voices.voice[w] !== voices.voice[m.last] || !joined(t, ws, w)) break;
      const pos = ws.pos[w];
      if ((pos === 'NOUN' || (pos === 'PROPN' && (ws.pos[w - 1] === 'PROPN' || TITLES.has(ws.exact[w - 1])))) && !TIME_NOUNS.has(ws.exact[w]) && !QUANTITY_NOUNS.has(ws.exact[w])) { // a name only goes on a name: "if President" → "if President Trump", not "the ceasefire" → "the ceasefire Kyiv"
        const next = w + 1 < limit && ws.clause[w + 1] === ws.clause[w] ? ws.pos[w + 1] : '';
        if (OBJECT_START.has(next)) break;
        if (pluralHead(ws, w - 1)) break; // "peace proposals point to", "the strikes continue": a plural noun heads its phrase, a noun after it is a verb
        last = w;
      } else if (pos === 'CCONJ' && ws.pos[w - 1] === 'ADJ' && CONJUNCTIONS.has(ws.exact[w])) continue; // "for agricultural and fertiliser exports": a noun must still end the run
      else if (pos !== 'ADJ') break;
    }
    last = secondParty(ws, voices, m.first, last, limit);
    return last === m.last ? m : { ...m, last };
  });
}

/** The index of the first match in `byFirst` (sorted by first word) that starts after word w. */
function firstAfter(byFirst: PatternMatch<CompiledMarker>[], w: number): number {
  let lo = 0;
  let hi = byFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byFirst[mid].first > w) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Most words of the second party taken after "between X": "and", an article and a name of up to three words. */
const MAX_PARTY = 5;

/** A span ending "between Russia" takes the second party: "between Russia and the United States" (one clause and voice, names only). */
function secondParty(ws: WordStream, voices: Voices, first: number, last: number, limit: number): number {
  if (ws.pos[last] !== 'PROPN' || last + 2 >= limit || ws.exact[last + 1] !== 'and') return last;
  let b = last;
  while (b > first && ws.pos[b - 1] === 'PROPN') b--;
  if (b <= first || ws.exact[b - 1] !== 'between') return last;
  let w = last + 2;
  if (ws.pos[w] === 'DET') w++;
  let end = -1;
  for (; w < limit && w - last <= MAX_PARTY && ws.pos[w] === 'PROPN' && voices.voice[w] === voices.voice[last] && ws.clause[w] === ws.clause[last]; w++) end = w;
  return end > 0 ? end : last;
}
