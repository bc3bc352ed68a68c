import type { Voice } from '../taxonomy.js';
import type { Segmented } from './tokenize.js';
import type { WordStream } from './words.js';

/** Nouns with which a commentary glosses the words it has just quoted or reported: ', a phrase Moscow uses for ...'. */
const GLOSS_NOUNS = new Set(['phrase', 'formula', 'term', 'euphemism', 'word', 'expression', 'label', 'shorthand', 'code', 'catchphrase', 'slogan', 'wording', 'language', 'rhetoric']);
const RELATIVES = new Set(['that', 'which']);
const GLOSS_OPENERS = new Set(['a', 'an', 'the', 'this']);

/**
 * The author's gloss after reported or quoted words is the author's again: in '... stressed the need to remove the
 * "root causes of the crisis", a phrase Moscow uses for NATO expansion', the words from "a phrase" to the end of the
 * sentence explain the formula, in the author's voice (speaker null). A gloss opens after a comma with a determiner
 * and a noun such as phrase, formula, term or euphemism, or with such a noun and "that" or "which" (", language
 * that echoes the demands of 2022").
 */
export function markAuthorGlosses(seg: Segmented, ws: WordStream, voice: Voice[], speaker: (string | null)[]): void {
  const t = seg.tokens;
  for (let w = 1; w + 1 < ws.count; w++) {
    const opens = (GLOSS_OPENERS.has(ws.exact[w]) && GLOSS_NOUNS.has(ws.exact[w + 1])) || (GLOSS_NOUNS.has(ws.exact[w]) && RELATIVES.has(ws.exact[w + 1])); // "a phrase ...", "language that ..."
    if (!opens || voice[w] !== 'reported') continue; // a gloss swept into the reported clause before it
    if (ws.sentence[w - 1] !== ws.sentence[w] || (t.value[ws.token[w] - 1] !== ',' && t.value[ws.token[w] - 2] !== ',')) continue; // right after a comma
    const end = ws.sentenceFirstWord[ws.sentence[w] + 1];
    for (let v = w; v < end; v++) if (voice[v] === 'reported') { voice[v] = 'author'; speaker[v] = null; }
    w = end - 1;
  }
}
