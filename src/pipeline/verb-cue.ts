import type { Cue } from './cues.js';
import { VERB_TAGS, type WordStream } from './words.js';

// Which reporting cues stand as verbs (voice.ts): the tagger's verbs, and two forms it misreads.

/** Parts of speech of a subject right before its verb: an adjective does not follow its noun, so an -ed word there is a verb. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);

/** A reporting verb in -ed that the tagger read as an adjective, after its subject or right before "that" ("Putin informed Trump that ...", "The Russian side informed that ..."): a verb all the same. */
function participleAsVerb(ws: WordStream, c: Cue): boolean {
  return ws.pos[c.first] === 'ADJ' && c.first === c.last && ws.exact[c.first].endsWith('ed') && (ws.exact[c.last + 1] === 'that' || (c.first > 0 && ws.sentence[c.first - 1] === ws.sentence[c.first] && SUBJECT_END.has(ws.pos[c.first - 1])));
}

/** Quantifiers the tagger reads as determiners before a verb it then takes for a noun: "Some say Europe should ...", "many argue that ...". */
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'few', 'most', 'others']);
/** A reporting verb after a quantifier that is its subject ("Some say ...", "Many believe that ..."): a verb, whatever its tag, whose speaker no one names. */
export const quantifierSubject = (ws: WordStream, c: Cue): boolean => c.first > 0 && ws.sentence[c.first - 1] === ws.sentence[c.first] && QUANTIFIER_SUBJECTS.has(ws.exact[c.first - 1]);

/** True when a reporting cue stands as a verb: tagged so, an -ed participle read as an adjective, or a verb after a quantifier read as a noun. */
export function isVerbCue(ws: WordStream, c: Cue): boolean {
  return VERB_TAGS.has(ws.pos[c.first]) || participleAsVerb(ws, c) || quantifierSubject(ws, c);
}
