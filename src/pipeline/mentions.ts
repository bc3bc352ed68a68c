import { datelineRanges } from './datelines.js';
import { filled } from './filled.js';
import type { Cues } from './cues.js';
import type { Segmented } from './tokenize.js';
import type { TurnSpan } from './turns.js';
import { wordBeforeVerb } from './reported-speech.js';
import { isPluralNoun } from './wink-reader.js';
import { resolveTitles } from './resolve-titles.js';
import { afterPortfolio, joined, nameKey, wordsText } from './mention-words.js';
import { COUNTRY_WORDS, OFFICE_WORDS } from './office-holders.js';
import { addSourceMentions, joinPossessiveCountries } from './source-mentions.js';
import { VERB_TAGS, type WordStream } from './words.js';

/** Something that can speak: a person, an institution, a document, or a pronoun standing for one. */
export interface Mention {
  first: number; last: number; kind: 'person' | 'source' | 'document' | 'pronoun'; text: string;
  /** A group, not one person: the mention's last word a plural noun ("Fans", "officials", "the diplomats"); "he" or "she" never stands for it. */
  plural?: boolean;
  /** A common noun, a speaker only as the subject right before a reporting verb ("The coach said"), where no name stands. */
  common?: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
const NAME_PARTICLES = new Set(['von', 'der', 'de', 'al', 'van', 'da', 'la', 'bin']);
/** Titles read as part of the name they stand before ("President Trump", "Foreign Minister Lavrov"), when capitalised. */
export const TITLES: ReadonlySet<string> = new Set(['president', 'secretary', 'minister', 'prime', 'foreign', 'deputy', 'vice', 'chancellor', 'premier', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'general', 'senator', 'commissioner', 'chairman', 'chair', 'king', 'pope', 'mr', 'mrs', 'ms', 'dr']);

/**
 * Mark the words that start inside the character ranges [start, end) (in text order) as no mention: transcript labels
 * ("Question:", "Maria Zakharova:" name the turn's speaker, turns.ts) and datelines ("MOSCOW, March 18 (TASS) -", datelines.ts).
 */
function coverRanges(seg: Segmented, ws: WordStream, ranges: Iterable<readonly [number, number]>, covered: number[]): void {
  let w = 0;
  for (const [start, end] of ranges) {
    while (w < ws.count && seg.tokens.start[ws.token[w]] < start) w++;
    for (let v = w; v < ws.count && seg.tokens.start[ws.token[v]] < end; v++) covered[v] = 1;
  }
}

/** Find the mentions of a text: source and document cues, runs of proper nouns, and personal pronouns; in text order. */
export function findMentions(text: string, seg: Segmented, ws: WordStream, cues: Cues, turns: readonly TurnSpan[] = []): Mention[] {
  const out: Mention[] = [];
  const covered = filled(ws.count);
  coverRanges(seg, ws, turns.map((turn) => [turn.start, text.indexOf(':', turn.start)] as const), covered); // a label is no subject of the sentence after it
  coverRanges(seg, ws, datelineRanges(text), covered); // where a story was filed is no speaker of it
  addSourceMentions(text, seg, ws, cues, covered, out);
  for (const c of cues.reporting_nouns) covered.fill(1, c.first, c.last + 1);
  for (let w = 0; w < ws.count; w++) {
    if (covered[w]) continue;
    if (PRONOUNS.has(ws.exact[w])) { out.push({ first: w, last: w, kind: 'pronoun', text: ws.exact[w] }); continue; }
    if (ws.pos[w] !== 'PROPN') continue;
    const initial = w + 1 < ws.count && ws.sentence[w + 1] === ws.sentence[w] && ws.pos[w + 1] === 'PROPN' && joined(seg, ws, w, w + 1); // "J. Trump"
    if (/^\p{L}$/u.test(ws.exact[w]) && !initial) continue; // a lone letter: "Q:" and "A:" of a transcript, not a speaker
    let last = w;
    let titlesOnly = TITLES.has(ws.exact[w]); // "Vice" in "Vice President JD Vance": the next title word is part of the run, PROPN or not
    for (;;) {
      let j = last + 1;
      while (j < ws.count && (NAME_PARTICLES.has(ws.exact[j]) || (ws.exact[j] === 'of' && j === last + 1) || (ws.exact[j] === 'the' && ws.exact[j - 1] === 'of')) && j - last < 3) j++; // "Head of State", "President of the Russian Federation"
      const title = titlesOnly && j === last + 1 && TITLES.has(ws.exact[j]) && /^\p{Lu}/u.test(seg.tokens.value[ws.token[j]] ?? '');
      if (j >= ws.count || ws.sentence[j] !== ws.sentence[w] || covered[j] || (ws.pos[j] !== 'PROPN' && !title) || !joined(seg, ws, last, j)) break;
      titlesOnly &&= TITLES.has(ws.exact[j]);
      last = j;
    }
    w = afterPortfolio(ws, w, last);
    let first = w > 1 && ws.exact[w] === 'republic' && ws.exact[w - 1] === "'s" && ws.exact[w - 2] === 'people' && joined(seg, ws, w - 2, w) ? w - 2 : w; // "People's Republic of China": the possessive is part of the name
    const titleAt = (v: number) => v >= 0 && ws.sentence[v] === ws.sentence[w] && !covered[v] && TITLES.has(ws.exact[v]) && /^[A-Z]/.test(seg.tokens.value[ws.token[v]]) && out[out.length - 1]?.last !== v;
    for (;;) { // titles before the run, also across "of (the)?": "President of the United States Donald Trump"
      const of = ws.exact[first - 1] === 'of' ? 1 : ws.exact[first - 1] === 'the' && ws.exact[first - 2] === 'of' ? 2 : 0;
      if (titleAt(first - 1)) first--;
      else if (of > 0 && titleAt(first - of - 1)) first -= of + 1;
      else break;
    }
    out.push({ first, last, kind: 'person', text: wordsText(text, seg, ws, first, last) });
    w = last;
  }
  nounSubjects(text, seg, ws, cues, covered, out);
  const mentions = withTitles(text, seg, ws, out.sort((a, b) => a.first - b.first));
  joinPossessiveCountries(text, seg, ws, mentions); // "Ukraine's foreign ministry": one source
  for (const m of mentions) if (m.kind !== 'pronoun' && isPluralNoun(ws.exact[m.last])) m.plural = true;
  resolveTitles(mentions);
  return mentions;
}

/** Words of a noun phrase before its head noun ("the regional health director"). */
const NOUN_PHRASE = new Set(['ADJ', 'NOUN']);
const NOUN_PHRASE_WORDS = 4;

/** Words that open a noun phrase that can speak ("the", "a", "one", "both"), not a question or relative word ("whose", "which") or "no" ("no mediation announced"). */
const NO_SPEAKER = new Set(['whose', 'which', 'what', 'whatever', 'whichever', 'no', 'any']);
const determines = (ws: WordStream, w: number) => (ws.pos[w] === 'DET' || ws.pos[w] === 'NUM') && !NO_SPEAKER.has(ws.exact[w]);

/**
 * A common noun right before a reporting verb is its speaker when no name stands there ("The coach said",
 * "the regional health director told reporters"): one mention of it, from its article or the sentence start.
 */
function nounSubjects(text: string, seg: Segmented, ws: WordStream, cues: Cues, covered: number[], out: Mention[]): void {
  for (const c of cues.reporting_verbs) {
    if (!VERB_TAGS.has(ws.pos[c.first])) continue;
    const head = wordBeforeVerb(ws, c.first, ws.sentenceFirstWord[ws.sentence[c.first]]);
    if (head < 0 || covered[head] || ws.pos[head] !== 'NOUN' || ws.clause[head] !== ws.clause[c.first] || !/^\p{Ll}/u.test(seg.tokens.value[ws.token[head]])) continue;
    const opening = ws.sentenceFirstWord[ws.sentence[head]];
    let first = head;
    while (first > opening && head - first < NOUN_PHRASE_WORDS && ws.clause[first - 1] === ws.clause[head] && !covered[first - 1] && NOUN_PHRASE.has(ws.pos[first - 1])) first--;
    if (first > opening && !determines(ws, first - 1)) continue; // "the coach", "One fund manager", "Hospital managers" opening the sentence; not "whose coach" or "its delegation"
    const from = first > opening ? first - 1 : first;
    if (from > opening && (ws.pos[from - 1] === 'ADP' || VERB_TAGS.has(ws.pos[from - 1]) || ws.exact[from - 1] === 'that')) continue; // the object of a preposition ("people familiar with the negotiations said") or the subject of a clause another verb reports ("Heil said the staff had observed")
    out.push({ first, last: head, kind: 'source', text: wordsText(text, seg, ws, from, head), common: true });
    covered.fill(1, first, head + 1);
  }
}

/**
 * What `m`, an office alone ("President", "the Prime Minister"), and `next`, the country it goes on into, make:
 * a 'source' ("of Russia", "of the Russian Federation"), a 'person' when the country goes on into a name
 * ("of India Narendra Modi"); undefined when they are not one mention.
 */
function officeOfCountry(ws: WordStream, m: Mention, next: Mention): 'source' | 'person' | undefined {
  if (m.kind !== 'source' || next.kind !== 'person' || ws.sentence[next.first] !== ws.sentence[m.first] || ws.exact[m.last + 1] !== 'of') return undefined;
  const gap = next.first - m.last - 1; // "of", or "of the"
  if (gap !== 1 && !(gap === 2 && ws.exact[m.last + 2] === 'the')) return undefined;
  if (!OFFICE_WORDS.has(nameKey(m.text))) return undefined;
  const words = nameKey(next.text).split(/\s+/);
  if (words.length === 1 && words[0] === 'republic') return 'source'; // "the President of the Republic" of French readouts: the country is the text's own
  for (let n = Math.min(4, words.length); n > 0; n--) if (COUNTRY_WORDS.has(words.slice(0, n).join(' '))) return n === words.length ? 'source' : 'person';
  return undefined;
}

/** A title the sources list knows right before a name is one mention of that person ("Presidential aide Yuri Ushakov", "Prime Minister Shri Narendra Modi"), so the name, not the office, speaks. */
function withTitles(text: string, seg: Segmented, ws: WordStream, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let kind: 'source' | 'person' | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (m.kind === 'source' && next?.kind === 'person' && next.first === m.last + 1 && ws.sentence[next.first] === ws.sentence[m.first] && joined(seg, ws, m.last, next.first) && /^\p{Lu}/u.test(m.text)) {
      out.push({ first: m.first, last: next.last, kind: 'person', text: wordsText(text, seg, ws, m.first, next.last) });
      i++;
    } else if (next && (kind = officeOfCountry(ws, m, next))) { // "The President of Russia": one source, which resolve-titles.ts can name; "the Prime Minister of India Narendra Modi": one person
      out.push({ first: m.first, last: next.last, kind, text: `${m.text} ${wordsText(text, seg, ws, m.last + 1, next.last)}` });
      i++;
    } else out.push(m);
  }
  return out;
}
