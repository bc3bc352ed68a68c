import { POSSESSIVE } from './mention-words.js';
import type { Mention } from './mentions.js';
import type { WordStream } from './words.js';

/** Most words of a clause in commas between a subject and its verb ("Putin's envoy on investment"). */
const APPOSITION_WORDS = 8;
/** Words that open a relative clause: a name inside one is not the subject of the verb after it. */
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/** Words between a preposition and the name it governs: "in the second Minsk International Conference". */
const BETWEEN_PREPOSITION_AND_NAME = new Set(['DET', 'ADJ', 'NUM']);

/** True when a mention is governed by a preposition in its sentence, past determiners, adjectives and numbers ("on Eurasian Security", "in the second Minsk Conference"): no subject. */
export function afterPreposition(ws: WordStream, m: Mention): boolean {
  const s = ws.sentence[m.first];
  let v = m.first - 1;
  while (v >= 0 && ws.sentence[v] === s && BETWEEN_PREPOSITION_AND_NAME.has(ws.pos[v])) v--;
  return v >= 0 && ws.sentence[v] === s && ws.pos[v] === 'ADP';
}

/**
 * The subject of a verb at word `at` in sentence s, among the sentence's mentions (`inSentence`, in text order):
 * the nearest mention before it that is not the object of a preposition ("spoke of Arctic projects"), a possessor
 * ("Trump's drive") or a name used as a modifier ("an anti-Russian bridgehead"), within 12 words, else such a mention
 * that opens the sentence, else the nearest mention within 12 words.
 */
export function subjectBefore(ws: WordStream, inSentence: readonly Mention[], s: number, at: number): Mention | undefined {
  const before = inSentence.filter((m) => m.last < at);
  const sentenceFirst = ws.sentenceFirstWord[s];
  const clauseStart = (w: number) => { while (w > sentenceFirst && ws.clause[w - 1] === ws.clause[w]) w--; return w; };
  let v = at - 1;
  while (v > sentenceFirst && ws.pos[v] === 'ADV' && ws.clause[v] === ws.clause[at]) v--;
  if (v > sentenceFirst && ws.clause[v] !== ws.clause[at]) { // a clause in commas right before the verb: "Kirill Dmitriev, Putin's envoy on investment, said", "The Kremlin, however, said"
    const aside = clauseStart(v);
    const named = before.find((m) => m.last === aside - 1 && m.kind !== 'pronoun');
    if (named && v - aside < APPOSITION_WORDS) return named;
  }
  const relative = (m: Mention) => RELATIVE.has(ws.exact[clauseStart(m.first)]); // "Yuri Ushakov, who received Zuppi, ... said": not Zuppi
  const modifier = (m: Mention) => m.kind === 'person' && m.last + 1 < ws.count && ws.sentence[m.last + 1] === s && ws.pos[m.last + 1] === 'NOUN'; // "an anti-Russian bridgehead", "the Russia-Ukraine war"
  const isSubject = (m: Mention) => !afterPreposition(ws, m) && ws.exact[m.last + 1] !== "'s" && !modifier(m) && !relative(m);
  if (ws.pos[v] === 'CCONJ' && ws.clause[v] === ws.clause[at]) { // "Sybiha thanked Türkiye for its support and briefed ...": the verb shares the sentence's subject
    const opening = before.find((m) => isSubject(m) && m.first - sentenceFirst < 4);
    if (opening) return opening;
  }
  const near = before.filter((m) => at - m.last <= 12);
  return near.filter(isSubject).pop() ?? before.find((m) => isSubject(m) && m.first - sentenceFirst < 3) ?? near.pop();
}

/**
 * The owner of a reporting noun at word w that opens a "that" clause: "Moscow's claims that", "Peskov's recurring complaint
 * that" (up to two adjectives between), among the sentence's mentions; not inside a clause already reported ("Wadephul said
 * that Moscow's demand that ... was unacceptable" is Wadephul's).
 */
export function possessorOf(ws: WordStream, inSentence: readonly Mention[], w: number): Mention | undefined {
  if (ws.exact[w + 1] !== 'that') return undefined;
  for (let v = ws.sentenceFirstWord[ws.sentence[w]]; v < w; v++) if (ws.exact[v] === 'that') return undefined;
  let p = w - 1;
  while (p > w - 3 && ws.pos[p] === 'ADJ') p--;
  return ownerBefore(ws, inSentence, p) ?? undefined;
}

/** The mention a possessive at word p belongs to ("the Kremlin" of "the Kremlin's"), in p's sentence; null when word p is no possessive or no mention ends before it. */
export function ownerBefore(ws: WordStream, mentions: readonly Mention[], p: number): Mention | null {
  if (p < 1 || !POSSESSIVE.has(ws.exact[p])) return null;
  return mentions.find((m) => m.last === p - 1 && m.kind !== 'pronoun' && ws.sentence[m.last] === ws.sentence[p]) ?? null;
}
