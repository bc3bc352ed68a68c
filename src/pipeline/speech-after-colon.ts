import { SpeechBreak, type WordStream } from './words.js';

// Speech after a reporting verb and a colon, without quotation marks: "Putin stressed: the root causes of the crisis
// must be eliminated", "Lavrov said on Tuesday: ...", "Peskov told the press: ..." (reported-speech.ts, reportedStart).

/** Words that may stand between a reporting verb and a colon: "said on Tuesday:", "told reporters in Moscow:", "noted again:". */
const BEFORE_COLON = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** What may stand right after the verb: an adverb, a preposition or a name or noun ("told reporters:"); not an article, so "outlined the conditions:" keeps reporting its object (reportedStart's usual way). */
const FIRST_BEFORE_COLON = new Set(['ADV', 'ADP', 'NOUN', 'PROPN']);
/** Verbs of telling, whose addressee may take an article before the colon: "told the Security Council:". */
const TELLING = new Set(['tell', 'tells', 'told', 'telling']);

/** The word after a colon that closes a reporting verb's clause within four words ("Lavrov said on Tuesday: the ..."), or -1. */
export function colonAfterVerb(ws: WordStream, verbLast: number, end: number): number {
  const first = verbLast + 1;
  if (first < end && ws.speechBreak[first] !== SpeechBreak.Colon && !FIRST_BEFORE_COLON.has(ws.pos[first]) && !(TELLING.has(ws.exact[verbLast]) && ws.pos[first] === 'DET')) return -1;
  for (let w = first; w < end && w <= verbLast + 5; w++) {
    if (ws.speechBreak[w] === SpeechBreak.Colon) return ws.clause[w - 1] === ws.clause[verbLast] ? w : -1;
    if (!BEFORE_COLON.has(ws.pos[w]) || ws.clause[w] !== ws.clause[verbLast]) return -1;
  }
  return -1;
}
