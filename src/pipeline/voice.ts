import type { Voice } from '../taxonomy.js';
import { Attributor } from './attribution.js';
import type { Cue, Cues } from './cues.js';
import type { Mention } from './mentions.js';
import { quoteIndexByWord, type QuoteSpan } from './quotes.js';
import type { Segmented } from './tokenize.js';
import { cueNamesQuote } from './quote-cue.js';
import { firstCueAfter, lastCueBefore } from './cue-search.js';
import { continueReportedSpeech } from './reported-continuation.js';
import { markAuthorGlosses } from './author-gloss.js';
import { scareQuoteOwner } from './scare-quote.js';
import { turnAt, type TurnSpan } from './turns.js';
import { namesIssuer } from './issuer.js';
import { isBareObject, reportedObjectEnd } from './reported-object.js';
import { ownedNounObject } from './noun-report.js';
import { colonBefore, isHeading, lastWordOf, parentheticalCue, reportedStart, SOURCE_PHRASE, trailingCue, weInCommas, wordBeforeVerb } from './reported-speech.js';
import { SpeechBreak, type WordStream, VERB_TAGS } from './words.js';
import { isVerbCue, quantifierSubject } from './verb-cue.js';

/** Whose words each word is, and who speaks them. */
export interface Voices {
  voice: Voice[];
  speaker: (string | null)[];
  /** Speaker of each quotation, by quote index. */
  quoteSpeakers: (string | null)[];
  /** For each word, the index of the quotation it stands inside, or -1 (quotes.ts, quoteIndexByWord). */
  quoteOfWord: number[];
}

const AUTHOR_SUBJECTS = new Set(['we', 'i', 'it']);
/** Reporting verbs that report only after a subject that can speak, right before them ("Putin pointed to", "he also points to"): "the evidence points to" is no speech. */
const SPEAKER_ONLY = new Set(['point', 'points', 'pointed', 'pointing']);

/** Determiners and possessives between a verb and its object ("dismissed the statement", "rejected Kyiv's statement"). */
const OBJECT_DETERMINERS = new Set(['DET', 'PRON', 'NUM']);

/** True when the words before word w, past determiners and adjectives, end in a verb: w heads its object ("dismissed the statement"). */
function isObjectOfVerb(ws: WordStream, w: number): boolean {
  let v = w - 1;
  while (v >= 0 && ws.sentence[v] === ws.sentence[w] && (OBJECT_DETERMINERS.has(ws.pos[v]) || ws.pos[v] === 'ADJ' || ws.pos[v] === 'PART')) v--;
  return v >= 0 && ws.sentence[v] === ws.sentence[w] && ws.pos[v] === 'VERB';
}

/** The voice stage, on the mentions of the attribute stage: quoted inside quotation marks, reported after a reporting cue, author elsewhere; `turns` are a transcript's (a scare quote in a turn is its speaker's). */
export function assignVoices(seg: Segmented, ws: WordStream, quotes: QuoteSpan[], cues: Cues, mentions: Mention[], issuer: string | null = null, turns: readonly TurnSpan[] = []): Voices {
  const voice: Voice[] = new Array(ws.count).fill('author');
  const speaker: (string | null)[] = new Array(ws.count).fill(null);
  const quoteOfWord = quoteIndexByWord(seg, ws, quotes);
  const t = seg.tokens;
  const speakable = mentions.filter((m) => quoteOfWord[m.first] < 0); // words inside quotes never name their speaker
  const attributor = new Attributor(ws, speakable);
  const mentionStarts = new Set(speakable.map((m) => m.first));
  const mentionEnds = new Set(speakable.filter((m) => !m.common).map((m) => m.last));
  const speakerBefore = (w: number) => mentionEnds.has(w) || ws.pos[w] === 'CCONJ'; // a name, source or pronoun (no common noun: "the evidence"), or "and" after one ("Putin thanked Trump and pointed to")
  const verbs = cues.reporting_verbs.filter((c) => (isVerbCue(ws, c) && ws.exact[c.first - 1] !== 'so') || SOURCE_PHRASE.has(ws.exact[c.first])); // not "so-called"
  const nouns = cues.reporting_nouns.filter((c) => !VERB_TAGS.has(ws.pos[c.first]));
  const reporting: { c: Cue; verb: boolean; speaker?: string | null }[] = []; // a loop, not array spreads: spreading a sometimes-empty array deoptimized this function again and again
  for (const c of verbs) if (quoteOfWord[c.first] < 0) reporting.push({ c, verb: true, speaker: quantifierSubject(ws, c) ? null : undefined }); // "Some say ...": no one named
  for (const c of nouns) if (quoteOfWord[c.first] < 0) reporting.push({ c, verb: false, speaker: undefined });
  reporting.sort((a, b) => a.c.first - b.c.first);
  const quoteSpeakers: (string | null)[] = new Array(quotes.length).fill(null);
  const quoteFirstWord = new Map<number, number>();
  for (let w = ws.count - 1; w >= 0; w--) if (quoteOfWord[w] >= 0) quoteFirstWord.set(quoteOfWord[w], w);
  const docsBySentence = new Map<number, Mention>();
  for (const m of speakable) if (m.kind === 'document' && !docsBySentence.has(ws.sentence[m.first]) && !isObjectOfVerb(ws, m.first)) docsBySentence.set(ws.sentence[m.first], m); // "The statement called it 'barbaric'", not "Peskov dismissed the statement as 'hysteria'"
  let r = 0;
  let carry: string | null | undefined; // a speaker carried over list lines after "demanded:"
  const nSentences = ws.count ? ws.sentence[ws.count - 1] + 1 : 0;
  for (let s = 0; s < nSentences; s++) {
    const first = ws.sentenceFirstWord[s];
    const end = ws.sentenceFirstWord[s + 1];
    if (first >= end) continue;
    const inSentence: { c: Cue; verb: boolean; speaker?: string | null }[] = [];
    while (r < reporting.length && ws.sentence[reporting[r].c.first] < s) r++;
    for (let k = r; k < reporting.length && ws.sentence[reporting[k].c.first] === s; k++) inSentence.push(reporting[k]);
    const speakerOf = (x: (typeof inSentence)[number]) => (x.speaker === undefined ? (x.speaker = attributor.speakerOf(x.c, x.verb)) : x.speaker);
    if (carry !== undefined) {
      for (let w = first; w < end && !(w > first && ws.speechBreak[w]); w++) if (quoteOfWord[w] < 0) { voice[w] = 'reported'; speaker[w] = carry; }
    }
    for (const x of inSentence) {
      const before = x.verb ? wordBeforeVerb(ws, x.c.first, first) : -1;
      if (before >= 0 && ws.exact[before] === 'it' && x.speaker === undefined) x.speaker = attributor.itSpeaker(s, before); // "The Kremlin issued a statement. It said ...": null when "it" names no one, so no quotation goes to a name near it
      if (x.verb && !x.speaker && (AUTHOR_SUBJECTS.has(ws.exact[before]) || weInCommas(seg, ws, first, x.c.first))) continue; // "we stress that", "we also note", "We, the Leaders of the G7, reaffirm": the author speaks
      if (issuer !== null && namesIssuer(speakerOf(x), issuer)) continue; // "Statement of the European Council ... The European Council underlines that": the author
      if (x.verb && SPEAKER_ONLY.has(ws.exact[x.c.first]) && !speakerBefore(before)) continue; // "Putin pointed to", not "the evidence points to"
      const tail = x.verb && trailingCue(ws, x.c, first, end); // "Russia is playing for time, he said."
      const aside = !tail && x.verb ? parentheticalCue(ws, x.c, first, end) : null; // "The West, he said, had ignored ..."
      if (aside) {
        const who = speakerOf(x);
        for (const [a, b] of aside) for (let w = a; w <= b; w++) if (quoteOfWord[w] < 0) { voice[w] = 'reported'; speaker[w] = who; }
        continue;
      }
      const from = tail ? first : reportedStart(ws, x.c, x.verb, end);
      const owned = from < 0 && !x.verb ? ownedNounObject(ws, x.c, first, end, (p) => attributor.ownerAt(p)) : null; // "Moscow's demands for a halt to ...": the owner's words
      if (owned) for (let w = owned.from; w <= owned.to; w++) if (quoteOfWord[w] < 0) { voice[w] = 'reported'; speaker[w] = owned.speaker; }
      if (from < 0) continue;
      if (!tail && x.verb && from === x.c.last + 1 && voice[x.c.first] === 'reported' && speaker[x.c.first] !== null && isBareObject(ws, from, end - 1)) continue; // "He added that Russia had rejected the truce": a bare object inside another's report stays that speaker's
      const according = SOURCE_PHRASE.has(ws.exact[x.c.first]);
      if (x.speaker === undefined && (tail || according)) x.speaker = tail ? attributor.trailingSpeaker(x.c, tail + 1) : attributor.sourceAfter(x.c);
      const who = speakerOf(x);
      const [a, b] = tail ? [first, tail] : according ? [first, end - 1] : [from, x.verb && from === x.c.last + 1 ? reportedObjectEnd(ws, from, end - 1) : end - 1]; // "according to X" speaks for its whole sentence; a bare object stops before ", but ..."
      for (let w = a; w <= b; w++) {
        if (w > a && ws.speechBreak[w] === SpeechBreak.Hard) break; // "X outlined the conditions: a, b and c" goes on past the colon
        if (quoteOfWord[w] < 0) { voice[w] = 'reported'; speaker[w] = who; }
      }
    }
    for (let w = first; w < end; w++) {
      const k = quoteOfWord[w];
      if (k < 0 || quoteFirstWord.get(k) !== w) continue;
      const lastOfQuote = lastWordOf(quoteOfWord, w, k);
      const before = lastCueBefore(inSentence, w);
      const endSentence = ws.sentence[lastOfQuote]; // a quotation of several sentences: '"... seen," President Trump told reporters'
      const next = firstCueAfter(reporting, lastOfQuote); // the cue after the quotation in its last sentence, within 3 words or past the speaker's name (quote-cue.ts)
      const after = next && cueNamesQuote(ws, lastOfQuote, next.c.first, (v) => mentionStarts.has(v)) ? next : undefined;
      const cue = before ?? after;
      const scare = scareQuoteOwner(ws, w, (p) => attributor.possessorAt(p)); // 'the Kremlin's so-called "peace plan"': the owner's words, not the reporting speaker's
      const turnOf = () => turnAt(turns, quotes[k].start, quotes[k].end)?.speaker ?? null; // 'A: the so-called "peace formula"': the turn speaker holds it up at a distance
      let who: string | null = scare !== undefined ? (scare ?? turnOf()) : cue ? (cue === after && endSentence !== s ? attributor.speakerOf(cue.c, true) : speakerOf(cue)) : null;
      if (!cue && scare === undefined) {
        const doc = docsBySentence.get(s);
        const colon = colonBefore(seg, ws, first, w);
        if (doc) who = attributor.render(doc);
        else if (colon >= 0) { const m = attributor.subjectBefore(s, colon); who = m ? attributor.render(m) : null; } // 'Medvedev was blunter: the West is "..."'
        else if (w === first) who = attributor.lastSalient(s); // a quotation opening its sentence continues the last speaker
      }
      quoteSpeakers[k] = who;
    }
    attributor.noteSentence(s, isHeading(seg, ws, first, end));
    const lastTok = ws.token[end - 1] + 1;
    const endsWithColon = lastTok < t.count && t.value[lastTok] === ':';
    const endsSentence = lastTok < t.count && /^[.!?]/.test(t.value[lastTok]);
    if (endsWithColon && inSentence.length) carry = inSentence.map(speakerOf).findLast((x) => x !== null) ?? null; // the cue that ends at the colon: "Speaking after talks with Ukrainian ministers, he said:" is his
    else if (carry !== undefined && (endsSentence || lastTok >= t.count)) carry = undefined;
    attributor.memory.carried = carry ?? null;
  }
  continueReportedSpeech(seg, ws, mentions, quoteOfWord, voice, speaker);
  markAuthorGlosses(seg, ws, voice, speaker); // ', a phrase Moscow uses for ...': the author explains
  for (let w = 0; w < ws.count; w++) {
    const k = quoteOfWord[w];
    if (k >= 0) { voice[w] = 'quoted'; speaker[w] = quoteSpeakers[k]; }
  }
  return { voice, speaker, quoteSpeakers, quoteOfWord };
}
