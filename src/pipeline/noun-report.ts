import type { Cue } from './cues.js';
import { POSSESSIVE } from './mention-words.js';
import { VERB_TAGS, type WordStream } from './words.js';

// "Moscow's demands for a halt to Western military assistance are unacceptable": a noun of demanding with an owner
// ("Moscow's", "the Kremlin's insistence on", "Putin's call for") reports what follows its preposition, the owner's
// words, up to the verb of the author's sentence. Without an owner it reports nothing ("calls for peace are growing"),
// nor do nouns that only name a subject ("Russia's position on the Ukraine issue").

/** Reporting nouns of demanding, whose object is what the owner wants. */
const DEMAND_NOUNS = new Set(['demand', 'demands', 'insistence', 'call', 'calls']);
/** Prepositions that take what such a noun demands: "demand for", "insistence on", "call for". */
const NOUN_PREPOSITIONS = new Set(['for', 'on']);

/** What an owned noun of demanding reports: the words [from, to], and their speaker, the owner. */
export interface OwnedNounObject { speaker: string; from: number; to: number }

/**
 * The object of a noun of demanding with an owner ("Moscow's maximalist demands for ...": adjectives may stand between)
 * inside the sentence [first, end), with the speaker `ownerAt` names for the possessive, or null: the phrase after its preposition (the cue's own "for" in "call for", or the
 * next word) up to the first verb after it; a gerund right after the preposition is part of it ("Putin's call for lifting sanctions").
 */
export function ownedNounObject(ws: WordStream, cue: Cue, first: number, end: number, ownerAt: (possessive: number) => string | null): OwnedNounObject | null {
  if (!DEMAND_NOUNS.has(ws.exact[cue.first])) return null;
  let owner = cue.first - 1;
  while (owner >= first && ws.pos[owner] === 'ADJ') owner--;
  if (owner <= first || !POSSESSIVE.has(ws.exact[owner])) return null;
  const from = NOUN_PREPOSITIONS.has(ws.exact[cue.last]) && cue.last > cue.first ? cue.last + 1 : NOUN_PREPOSITIONS.has(ws.exact[cue.last + 1]) ? cue.last + 2 : -1;
  if (from < 0 || from >= end || ws.clause[from] !== ws.clause[cue.last]) return null;
  if (VERB_TAGS.has(ws.pos[from]) && !ws.exact[from].endsWith('ing')) return null;
  let to = from;
  while (to + 1 < end && ws.clause[to + 1] === ws.clause[from] && !VERB_TAGS.has(ws.pos[to + 1])) to++;
  const speaker = ownerAt(owner);
  return speaker ? { speaker, from, to } : null;
}
