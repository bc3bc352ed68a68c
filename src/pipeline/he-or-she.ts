// What "he" or "she" may stand for: a person, never a country, a capital, an institution or a group.
import { COUNTRY_WORDS } from './office-holders.js';
import { nameKey } from './mention-words.js';

/** Pronouns that stand for a person, never for a country or a capital. */
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);

/** Countries, capitals and institutions that speak in readouts but are no "he" or "she", besides the countries of COUNTRY_WORDS (office-holders.ts), which isPlace also reads. */
// The war's cities here are not the topic words' (lexicons/stance.yaml): any place named before a "he said" (Bryansk too), there only those that put a text on the war's topic.
const PLACES = new Set(['europe', 'european union', 'eu', 'britain',
  'nato', 'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'paris', 'berlin', 'london',
  'ankara', 'warsaw', 'brussels', 'kremlin', 'white house', 'west',
  'japan', 'canada', 'israel', 'iran', 'saudi arabia', 'qatar', 'south africa', 'belarus', 'georgia', 'moldova', 'spain', 'netherlands', 'sweden', 'norway',
  'denmark', 'estonia', 'latvia', 'lithuania', 'romania', 'bulgaria', 'slovakia', 'austria', 'switzerland', 'vatican', 'holy see', 'united nations', 'un',
  // regions and cities of the war, named in the sentence before a "he said" ('attacks in the Kursk and Belgorod regions, which, he said, ...')
  'kursk', 'belgorod', 'bryansk', 'donetsk', 'luhansk', 'lugansk', 'zaporizhzhia', 'zaporozhye', 'kherson', 'kharkiv', 'kharkov', 'odesa', 'odessa', 'crimea', 'donbas', 'sumy', 'mariupol', 'sevastopol']);

/** True when a word is a personal pronoun ("he", "she", "his", "her", "him"), which stands for a person only. */
export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

/** True when a speaker's text names a country, capital or institution ("Russia", "the Kremlin"). */
const isPlace = (text: string) => { const key = nameKey(text); return PLACES.has(key) || COUNTRY_WORDS.has(key); }; // COUNTRY_WORDS: every country office-holders.ts knows ("Brazil", "Finnish")

/** True when no "he" or "she" can stand for a speaker: a country, capital or institution, or a group (`plural`). */
export function notHeOrShe(speaker: { text: string; plural?: boolean }): boolean {
  return isPlace(speaker.text) || !!speaker.plural;
}

/** True when "it" can stand for a speaker: an institution, a document or a country, one of them ("The Kremlin ... It said"), not a person or a group. */
export function canBeIt(m: { kind: string; text: string; plural?: boolean; common?: boolean }): boolean {
  return !m.plural && !m.common && m.kind !== 'pronoun' && (m.kind !== 'person' || isPlace(m.text));
}
