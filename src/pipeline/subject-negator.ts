import type { CategoryId } from '../taxonomy.js';
import type { Cue } from './cues.js';
import type { WordStream } from './words.js';
import { LABEL_CATEGORIES } from './idle-negators.js';

// A negating subject ("No one will decide Ukraine's future behind its back", "Nobody wants to bring Russia to its
// knees") denies its whole predicate, across the verbs that a plain "not" may not reach past (context.ts): "we do not
// accept groundless accusations" leaves the accusations standing, "nobody seeks to isolate Russia" denies the isolation.

/** Negators that can stand as a subject ("no one" is "no" before "one"). */
const SUBJECTS = new Set(['nobody', 'none', 'nothing', 'no']);
/** Words after which a subject opens a clause: "He said that no one will ...", "and nobody wants ...". */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'since', 'so', 'yet', 'as', 'while']);
/** Words of a comparison that turn the denial into praise: "No one has done more for peace than ...", "nobody worked harder". */
const COMPARING = /^(more|less|better|harder|greater|than|as)$/;

/** True when `neg` is the subject of the clause that holds the marker starting at `first`, so it negates the marker across verbs (see above). */
export function negatingSubject(ws: WordStream, neg: Cue, first: number, category?: CategoryId): boolean {
  if (category && LABEL_CATEGORIES.has(category)) return false;
  const word = ws.exact[neg.first];
  if (!SUBJECTS.has(word) || neg.first !== neg.last) return false;
  let verb = neg.last + 1;
  if (word === 'no') { if (ws.exact[verb] !== 'one') return false; verb++; } // "no one"; "no talks" is a noun phrase, not a subject
  const before = neg.first - 1;
  const opens = before < 0 || ws.sentence[before] !== ws.sentence[neg.first] || ws.clause[before] !== ws.clause[neg.first] || CLAUSE_OPENERS.has(ws.exact[before]);
  if (!opens || (ws.pos[verb] !== 'AUX' && ws.pos[verb] !== 'VERB')) return false;
  for (let w = verb; w < first; w++) if (COMPARING.test(ws.exact[w])) return false;
  return true;
}
