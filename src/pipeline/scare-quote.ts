import { ARTICLES, type WordStream } from './words.js';

/**
 * Scare quotes: a quotation right after "so-called" ('the Kremlin's so-called "peace plan"', 'the so-called
 * Russian "memorandum"') holds the other side's words held up at a distance, not the words of whoever
 * reports in the sentence ("Sybiha said the Kremlin's so-called "peace plan" was a ploy": not Sybiha's
 * words). So does a quotation after a noun of another's words ('dismissed Russian claims about "Nazis in Kyiv"',
 * "the Kremlin's talk of "denazification""). Their speaker is the owner a possessive names ("the Kremlin's", or
 * whom "his", "her", "their" or "its" stands for: 'He repeated his so-called "root causes" argument'); else, in a transcript's turn, the turn's speaker, who
 * holds the words up ('A: the so-called "peace formula"', voice.ts); else unknown, as the gold rules annotate them.
 */

/** Nouns of another's words that a quotation after "about" or "of" is taken from: 'dismissed Russian claims about "Nazis in Kyiv"'. */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'talk', 'narrative', 'narratives', 'rhetoric', 'propaganda', 'myth', 'myths', 'lies', 'fables', 'warning', 'warnings']);
const ABOUT = new Set(['about', 'of']);

/** Words that may stand between "so-called" and the quotation ("so-called Russian", "so-called new"). */
const MODIFIERS = new Set(['ADJ', 'PROPN']);

/**
 * For the quotation whose first word is `w`: undefined when it is no scare quote; else its owner, as `ownerAt`
 * names the possessive before "so-called" or the claim noun ("the Kremlin's so-called ...", "his so-called ..."),
 * or null when no possessive names one.
 */
export function scareQuoteOwner(ws: WordStream, w: number, ownerAt: (possessive: number) => string | null): string | null | undefined {
  const s = ws.sentence[w];
  const about = ARTICLES.has(ws.exact[w - 1]) ? w - 2 : w - 1; // 'its warning of a "risk of nuclear catastrophe"'
  if (about >= 1 && ABOUT.has(ws.exact[about]) && CLAIM_NOUNS.has(ws.exact[about - 1]) && ws.sentence[about - 1] === s) return about >= 2 ? ownerAt(about - 2) : null; // 'Russian claims about "Nazis in Kyiv"'
  let called = w - 1;
  while (called > w - 3 && called >= 1 && ws.sentence[called] === s && MODIFIERS.has(ws.pos[called])) called--; // at most two words between
  if (called < 1 || ws.exact[called] !== 'called' || ws.exact[called - 1] !== 'so' || ws.sentence[called - 1] !== s) return undefined;
  return called >= 2 ? ownerAt(called - 2) : null; // "the Kremlin's so-called": the Kremlin
}
