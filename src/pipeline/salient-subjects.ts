import { canBeIt } from './he-or-she.js';
import { TITLES, type Mention } from './mentions.js';
import type { WordStream } from './words.js';

/** What a sentence offers the pronouns of later sentences: a subject, a group when `plural`, and whether "it" can stand for it. */
export interface SubjectEntry { text: string; plural?: boolean; it?: boolean }

/** Most words between a sentence's subject and the person it talks "with" ("Putin had a telephone conversation with ..."). */
const PARTNER_REACH = 8;

/** Verbs whose object is the one the subject met ("Trump met Putin", "Xi received Lukashenko"); "spoke to" and "talked to" by `metBy`. */
const MEETING_VERBS = new Set(['met', 'meets', 'meet', 'meeting', 'hosted', 'hosts', 'hosting', 'received', 'receives', 'receiving', 'phoned', 'phones']);
const TALKING_VERBS = new Set(['spoke', 'speaks', 'speaking', 'talked', 'talks', 'talking']);

/** True when the person at word `first` is the one the subject met or talked with: after "with", a meeting verb, or "spoke to". */
function metBy(ws: WordStream, first: number): boolean {
  const before = ws.exact[first - 1];
  return before === 'with' || MEETING_VERBS.has(before) || (before === 'to' && TALKING_VERBS.has(ws.exact[first - 2]));
}

/** True when a bare title is followed, after a comma, by the name of its holder: "The Foreign Secretary, Lord Cameron, ...". */
function titleBeforeName(ws: WordStream, title: Mention, name: Mention | undefined): boolean {
  if (!name || name.kind !== 'person' || name.first !== title.last + 1 || ws.clause[name.first] === ws.clause[title.last]) return false;
  for (let w = title.first; w <= title.last; w++) if (!TITLES.has(ws.exact[w])) return false;
  return true;
}

/**
 * The subjects a sentence leaves for later pronouns, the one "they" takes last: its first person or source;
 * two people named as one subject as a pair ("President Trump and President Putin spoke": "they" both,
 * "he" neither); and a person with the one it met or spoke "with" ("Putin had a telephone conversation
 * with President Trump", "Trump met Putin", "Xi spoke to Zelensky": "they" both, "he" the subject).
 */
export function sentenceSubjects(ws: WordStream, mentions: readonly Mention[]): SubjectEntry[] {
  let k = mentions.findIndex((x) => x.kind === 'person' || x.kind === 'source');
  if (k < 0) return [];
  if (titleBeforeName(ws, mentions[k], mentions[k + 1])) k++; // "The Foreign Secretary, Lord Cameron, visited Kyiv": Lord Cameron
  const m = mentions[k];
  const next = mentions[k + 1];
  if (next?.kind === 'person' && m.kind === 'person' && next.first === m.last + 2 && ws.exact[m.last + 1] === 'and') return [{ text: `${m.text} and ${next.text}`, plural: true, it: false }];
  const own: SubjectEntry = { text: m.text, plural: m.plural, it: canBeIt(m) };
  const partner = m.kind === 'person' && !m.plural ? mentions.slice(k + 1).find((x) => x.kind === 'person' && !x.plural && metBy(ws, x.first) && x.first - m.last <= PARTNER_REACH) : undefined;
  return partner ? [own, { text: `${m.text} and ${partner.text}`, plural: true, it: false }] : [own];
}
