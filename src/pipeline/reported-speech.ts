import type { Cue } from './cues.js';
import type { Segmented } from './tokenize.js';
import { colonAfterVerb } from './speech-after-colon.js';
import type { WordStream } from './words.js';

// Where reported speech and quotations begin and end around a reporting cue (used by voice.ts).

const CLAUSE_WORDS = new Set(['that']);
/** First words of reporting cues that name a source, not speak: "according to X", "in the view of X". */
export const SOURCE_PHRASE = new Set(['according', 'in']);
const SKIPPABLE = new Set(['ADV', 'ADP', 'NUM', 'PROPN', 'DET', 'NOUN', 'PUNCT', 'PART']);
const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** Reporting verbs that report a clause ("added that ...", "..., he added.") but not an object: "added fuel to the fire" is no speech. */
const CLAUSE_ONLY = new Set(['add', 'adds', 'added', 'adding']);

/** Reporting verbs whose "to" infinitive is what they report ("claimed to support a halt", "pledged to end the war"), unlike "spoke to Trump" or "hopes to reach". */
const INFINITIVE_REPORTS = /^(claim|promis|pledg|vow)/;

/** Prepositions that close a reporting cue ("insist on", "call for", "speak in favour of"): a gerund after one is what it reports. */
const CUE_PREPOSITIONS = new Set(['on', 'for', 'of', 'to', 'about', 'against']);

/** Auxiliaries of tense and mood, skipped like adverbs ("we have said", "we must stress"); not forms of "be": "it was noted that" is reported speech. */
const TENSE_AUXILIARIES = new Set(['have', 'has', 'had', 'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'do', 'does', 'did']);

/** The word before a verb cue, skipping adverbs ("we also note") and auxiliaries of tense and mood ("we have repeatedly said"); -1 at the sentence start. */
export function wordBeforeVerb(ws: WordStream, cue: number, first: number): number {
  let w = cue - 1;
  while (w >= first && w > cue - 4 && (ws.pos[w] === 'ADV' || TENSE_AUXILIARIES.has(ws.exact[w]))) w--;
  return w >= first ? w : -1;
}

/** "We, the Leaders of the G7, reaffirm that ...": the author speaks, named in commas after "we" (no verb of its own before the reporting one). */
export function weInCommas(seg: Segmented, ws: WordStream, first: number, verb: number): boolean {
  if (ws.exact[first] !== 'we' || seg.tokens.value[ws.token[first] + 1] !== ',' || verb - first > 12) return false;
  for (let w = first + 1; w < verb; w++) if (ws.pos[w] === 'VERB' || ws.pos[w] === 'AUX') return false;
  return true;
}

/** A title-case line such as "Key Outcomes of the Call": most words capitalised, and no full stop after it ("Ukrainian President Volodymyr Zelensky struck a cautious note." is a sentence). */
export function isHeading(seg: Segmented, ws: WordStream, first: number, end: number): boolean {
  if (end - first < 2 || end - first > 14) return false;
  const after = ws.token[end - 1] + 1;
  if (after < seg.tokens.count && seg.tokens.value[after] === '.') return false;
  let caps = 0;
  for (let w = first; w < end; w++) if (ws.pos[w] === 'PROPN' || /^[A-Z]/.test(ws.exact[w]) || ws.pos[w] === 'NOUN') caps++;
  return caps / (end - first) > 0.6 && ws.pos[first] !== 'PRON';
}

/** The word after the last colon before word w in its sentence (from `first`), or -1 when there is none. */
export function colonBefore(seg: Segmented, ws: WordStream, first: number, w: number): number {
  for (let v = w; v > first; v--) {
    for (let t = ws.token[v - 1] + 1; t < ws.token[v]; t++) if (seg.tokens.value[t] === ':') return v;
  }
  return -1;
}

/**
 * For a reporting verb that closes its sentence after a comma ("..., he said." / "..., officials
 * told reporters."), the last word of the clause it reports; else 0 (never a valid end here: the
 * clause must start the sentence and hold at least one word before the cue's own clause).
 */
export function trailingCue(ws: WordStream, cue: Cue, first: number, end: number): number {
  if (end - cue.last > 3 || cue.first - first < 3) return 0;
  if (PASSIVE_BE.has(ws.exact[cue.first - 1])) return 0; // "The Kyiv regime (1) was rejected.": a passive reports nothing before it
  const own = ws.clause[cue.first];
  let w = cue.first - 1;
  while (w > first && ws.clause[w] === own) w--; // back over the subject ("he", "the Kremlin")
  if (ws.clause[w] === own || cue.first - w > 5) return 0;
  if (w === cue.first - 1) return beforeAppositionSubject(ws, w, first) ?? w;
  return w;
}

/** Forms of "be" before a closing verb that make it a passive ("... (1) was rejected"), no "..., he said". */
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Most words of an aside in commas between a subject and its closing verb ("the foreign minister"), and of that subject. */
const TRAILING_ASIDE = 8;
const TRAILING_SUBJECT = 5;

/** The first word of the clause that word w belongs to (not before `first`). */
function clauseStartOf(ws: WordStream, w: number, first: number): number {
  while (w > first && ws.clause[w - 1] === ws.clause[w]) w--;
  return w;
}

/**
 * For a closing verb with no subject in its own clause ("..., Lavrov, the foreign minister, said."), where the
 * words it reports end: before the subject that stands ahead of the aside in commas (w is the aside's last
 * word); undefined when no such short subject and aside stand there with words before them.
 */
function beforeAppositionSubject(ws: WordStream, w: number, first: number): number | undefined {
  const aside = clauseStartOf(ws, w, first);
  if (aside <= first || w - aside >= TRAILING_ASIDE) return undefined;
  const subject = clauseStartOf(ws, aside - 1, first);
  if (subject <= first || aside - subject > TRAILING_SUBJECT) return undefined;
  return subject - 1;
}

/** Most words of the subject inside a reporting clause set in commas ("he", "the Federal Chancellor"), and of adverbs after its verb ("repeatedly"). */
const PARENTHESIS_SUBJECT = 4;
const PARENTHESIS_AFTER = 2;

/**
 * A reporting clause set in commas inside its sentence ("The West, he said, had ignored Moscow's
 * warnings") or opening it with "as" ("As the President has said repeatedly, a durable settlement
 * would ..."): the word ranges it reports, the rest of the sentence; null when the cue is not such
 * a clause (a cue with "that" or a clause after it runs on past its verb and is not one).
 */
export function parentheticalCue(ws: WordStream, cue: Cue, first: number, end: number): [number, number][] | null {
  const own = ws.clause[cue.first];
  let start = cue.first;
  while (start > first && ws.clause[start - 1] === own) start--;
  let last = cue.last;
  while (last + 1 < end && ws.clause[last + 1] === own) last++;
  if (last + 1 >= end || last - cue.last > PARENTHESIS_AFTER || cue.first - start > PARENTHESIS_SUBJECT) return null;
  for (let w = cue.last + 1; w <= last; w++) if (ws.pos[w] !== 'ADV') return null; // "he said, ..." or "he said repeatedly, ...": nothing it reports inside its own clause
  if (start > first) return cue.first > start ? [[first, start - 1], [last + 1, end - 1]] : null; // a subject between the commas
  return ws.exact[first] === 'as' && cue.first - start >= 2 ? [[last + 1, end - 1]] : null;
}

/** The last word of quotation k that begins at word w. */
export function lastWordOf(quoteOfWord: readonly number[], w: number, k: number): number {
  while (w + 1 < quoteOfWord.length && quoteOfWord[w + 1] === k) w++;
  return w;
}

/** Reporting verbs that name a thing "as" something ("described as", "characterised as", "dismissed ... as"): what follows "as" is the speaker's word for it. */
const NAMING = /^(?:describ|characteri[sz]|portray|depict|hail|dismiss)/;

/** Where the reported clause after a cue starts: after "that" within a few words, a clause right after a verb, or the name after "described as"; -1 if none. */
export function reportedStart(ws: WordStream, cue: Cue, verb: boolean, end: number): number {
  if (SOURCE_PHRASE.has(ws.exact[cue.first])) return cue.last + 1 < end ? cue.last + 1 : -1;
  for (let w = cue.last + 1; w < end && w <= cue.last + 5; w++) {
    if (CLAUSE_WORDS.has(ws.exact[w])) return w + 1 < end ? w + 1 : -1;
    if (ws.clause[w] !== ws.clause[cue.last] || !SKIPPABLE.has(ws.pos[w])) break;
  }
  if (CLAUSE_ONLY.has(ws.exact[cue.last])) return -1; // "he added that ..." reports, "China has never added fuel to the fire" does not
  let next = cue.last + 1;
  if (verb && ws.exact[next] === 'with' && ws.pos[next + 1] === 'NOUN' && next + 2 < end && ws.clause[next + 2] === ws.clause[cue.last]) next += 2; // "noted with satisfaction the ..."
  if (verb) { const c = colonAfterVerb(ws, cue.last, end); if (c >= 0) return c; } // "Putin stressed: the root causes ...": speech without quotation marks
  if (!verb || next >= end || ws.clause[next] !== ws.clause[cue.last]) return -1;
  if (CLAUSE_START.has(ws.pos[next]) && ws.exact[next] !== 'to') return next;
  if (ws.exact[next] === 'as' && NAMING.test(ws.exact[cue.last]) && next + 1 < end) return next + 1; // "which he described as a historic step": the name is his
  if (ws.exact[next] === 'to' && INFINITIVE_REPORTS.test(ws.exact[cue.last]) && next + 1 < end && (ws.pos[next + 1] === 'VERB' || ws.pos[next + 1] === 'AUX')) return next; // "Moscow claimed to support a halt"
  if (cue.last > cue.first && CUE_PREPOSITIONS.has(ws.exact[cue.last]) && ws.pos[next] === 'VERB' && ws.exact[next].endsWith('ing')) return next; // "insisted on holding talks", "called for lifting sanctions"
  return -1;
}
