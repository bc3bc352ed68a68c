import { VERB_TAGS, type WordStream } from './words.js';

// Whether a reporting cue after a quotation is the one that names its speaker: right after it ('"...," he said',
// '"...," said Zakharova'), or past the name that stands between them, however long its titles run
// ('"...," Foreign Minister Sergei Lavrov said', '"...," Ministry spokeswoman Maria Zakharova said',
// '"...," Lavrov, the foreign minister, said').

/** Most words between a quotation and its cue with nothing checked about them. */
const NEAR = 3;
/** Most words of a speaker's name with its titles and an aside in commas between a quotation and its cue. */
const NAMED = 10;

/**
 * True when the cue at word `cue` names the speaker of the quotation that ends at word `lastOfQuote`: both in one
 * sentence and the cue within 3 words of it, or the words between opening with a mention (after an article) that can speak (`speaks`)
 * and holding no verb of their own, at most 10 of them.
 */
export function cueNamesQuote(ws: WordStream, lastOfQuote: number, cue: number, speaks: (w: number) => boolean): boolean {
  if (cue <= lastOfQuote || ws.sentence[cue] !== ws.sentence[lastOfQuote]) return false;
  const gap = cue - lastOfQuote - 1;
  if (gap < NEAR) return true;
  const opening = ws.pos[lastOfQuote + 1] === 'DET' ? lastOfQuote + 2 : lastOfQuote + 1; // '"...," the Kremlin spokesman Dmitry Peskov said'
  if (gap > NAMED || !speaks(opening)) return false;
  for (let w = lastOfQuote + 1; w < cue; w++) if (VERB_TAGS.has(ws.pos[w])) return false;
  return true;
}
