// The institutions, offices and documents that can speak ("the Kremlin", "US officials", "the readout"): the
// source and document cues of the stance lexicon, as mentions (mentions.ts finds the names and pronouns).
import type { Cues } from './cues.js';
import type { Mention } from './mentions.js';
import { joined, nameKey, POSSESSIVE, wordsText } from './mention-words.js';
import { COUNTRY_WORDS } from './office-holders.js';
import type { Segmented } from './tokenize.js';
import type { WordStream } from './words.js';

/** Country words that say whose officials or diplomats speak ("US officials", "Russian diplomats", "Western negotiators"). */
const NATIONAL: ReadonlySet<string> = new Set([...[...COUNTRY_WORDS.keys()].filter((w) => !w.includes(' ')), 'western', 'european', 'eu', 'nato']);

/** A capitalised adjective of nationality the list does not hold: "Ruritanian", "Chilean", "Icelandic", "Thai". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u;

/** True when a capitalised country word stands right before the source cue at word w, in its sentence ("Some US officials said", "The Ruritanian government"). */
function nationalBefore(seg: Segmented, ws: WordStream, w: number): boolean {
  if (w === 0 || ws.sentence[w - 1] !== ws.sentence[w] || !joined(seg, ws, w - 1, w)) return false;
  const written = seg.tokens.value[ws.token[w - 1]];
  return /^\p{Lu}/u.test(written) && (NATIONAL.has(ws.exact[w - 1]) || ((ws.pos[w - 1] === 'ADJ' || ws.pos[w - 1] === 'PROPN') && DEMONYM.test(written)));
}

/** Generic source nouns that are verbs too ("Kyiv reports heavy shelling", "The army sources its fuel abroad"). */
const ALSO_VERBS = new Set(['reports', 'sources']);
/** Words that can be the subject before such a verb, and that open its object after it. */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'PRON']);
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON', 'PROPN']);

/**
 * True when a bare "reports" or "sources" at word w is a verb: after a noun, name or pronoun (its subject; adverbs between) and
 * before its object or "that" in its clause ("Kyiv reports heavy shelling", "The governor reports two dead", "Kyiv
 * reports that ..."); not "Kremlin sources said", "according to Ukrainian sources, ...", "reports in Russian media".
 * wink's tags do not tell them apart: it reads "according to reports" as a verb and "Kyiv reports heavy shelling" as a noun.
 */
function readAsVerb(seg: Segmented, ws: WordStream, first: number, last: number): boolean {
  const w = first;
  if (first !== last || !ALSO_VERBS.has(ws.exact[w]) || w === 0 || w + 1 >= ws.count) return false;
  const s = ws.sentence[w];
  let v = w - 1;
  while (v > 0 && ws.pos[v] === 'ADV' && ws.sentence[v - 1] === s) v--; // "The army regularly reports losses"
  if (ws.sentence[v] !== s || !joined(seg, ws, v, w) || !SUBJECT_TAGS.has(ws.pos[v])) return false;
  return ws.sentence[w + 1] === s && ws.clause[w + 1] === ws.clause[w] && (OBJECT_TAGS.has(ws.pos[w + 1]) || ws.exact[w + 1] === 'that');
}

/**
 * Add the source and document cues as mentions and cover their words (no name run starts inside them). A country
 * word before a source is part of it ("Some US officials"); a source right before a common-noun source is one with
 * it ("Kremlin officials", "White House aides": the institution's people).
 */
export function addSourceMentions(text: string, seg: Segmented, ws: WordStream, cues: Cues, covered: number[], out: Mention[]): void {
  for (const [list, kind] of [['sources', 'source'], ['document_nouns', 'document']] as const) {
    for (const c of cues[list]) {
      if (kind === 'source' && readAsVerb(seg, ws, c.first, c.last)) continue;
      const prev = out[out.length - 1];
      if (kind === 'source' && prev?.kind === 'source' && prev.last + 1 === c.first && ws.sentence[prev.last] === ws.sentence[c.first] && joined(seg, ws, prev.last, c.first) &&
        /^\p{Ll}/u.test(seg.tokens.value[ws.token[c.first]])) { // "Kremlin officials", "White House aides": one source, the institution's people
        prev.last = c.last;
        prev.text = wordsText(text, seg, ws, prev.first, c.last);
        covered.fill(1, c.first, c.last + 1);
      } else {
        const first = kind === 'source' && nationalBefore(seg, ws, c.first) ? c.first - 1 : c.first;
        out.push({ first, last: c.last, kind, text: wordsText(text, seg, ws, first, c.last) });
        covered.fill(1, first, c.last + 1);
      }
    }
  }
}

/**
 * A country named in the possessive before a source is part of it ("Ukraine's foreign ministry", "Russia's
 * Defence Ministry"): the two mentions become one source. `mentions` are in text order; the list is changed in place.
 */
export function joinPossessiveCountries(text: string, seg: Segmented, ws: WordStream, mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const country = mentions[k];
    const source = mentions[k + 1];
    if (country.kind !== 'person' || source.kind !== 'source' || source.first !== country.last + 2) continue;
    if (!POSSESSIVE.has(ws.exact[country.last + 1]) || !COUNTRY_WORDS.has(nameKey(country.text))) continue;
    source.first = country.first;
    source.text = wordsText(text, seg, ws, country.first, source.last);
    mentions.splice(k, 1);
  }
}
