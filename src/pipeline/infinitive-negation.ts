import type { CategoryId } from '../taxonomy.js';
import type { Cue } from './cues.js';
import type { WordStream } from './words.js';
import { LABEL_CATEGORIES } from './idle-negators.js';

// A negated verb that leads into an infinitive ("we are not going to negotiate over the heads of the Ukrainians",
// "Washington does not want to isolate Russia", "will never try to impose a settlement") negates what the
// infinitive says, across the verb a plain "not" may not reach past (context.ts: "we do not accept groundless
// accusations" leaves the accusations standing). Names and labels stay the speaker's ("we are not going to talk
// to the Kyiv regime").

/** True when every word between the negator and the marker at `first` is an auxiliary, an adverb, or a verb with "to" after it (with at most an adverb between), and the last is "to". */
export function negatesInfinitive(ws: WordStream, neg: Cue, first: number, category?: CategoryId): boolean {
  if (category && LABEL_CATEGORIES.has(category)) return false;
  let sawVerb = false;
  let w = neg.last + 1;
  while (w < first) {
    const pos = ws.pos[w];
    if (pos === 'AUX' || pos === 'ADV') { w++; continue; }
    if (pos !== 'VERB') return false;
    let to = w + 1;
    while (to < first && ws.pos[to] === 'ADV') to++;
    if (ws.exact[to] !== 'to') return false;
    sawVerb = true;
    w = to + 1;
  }
  return sawVerb && ws.exact[first - 1] === 'to';
}
