import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Whole-word spelling variants mapped to one canonical spelling (both text and patterns use it). */
const VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries({
  kiev: 'kyiv', kievan: 'kyivan', kharkov: 'kharkiv', odessa: 'odesa', lugansk: 'luhansk',
  zelenskyy: 'zelensky', zelenskiy: 'zelensky', zelenskii: 'zelensky',
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses',
  pretence: 'pretense', programme: 'program', programmes: 'programs', centre: 'center',
  centres: 'centers', theatre: 'theater', judgement: 'judgment', ageing: 'aging',
  grey: 'gray', sceptical: 'skeptical', towards: 'toward', whilst: 'while', amongst: 'among',
  dialogue: 'dialog', dialogues: 'dialogs', catalogue: 'catalog', fulfil: 'fulfill', fulfils: 'fulfills',
  fulfilment: 'fulfillment', cancelled: 'canceled', cancelling: 'canceling', cancellation: 'cancelation',
  'n\'t': 'not', 'n’t': 'not', '’s': "'s", '’': "'",
}));

const DIACRITICS = /[\u0300-\u036f]/g;

/** Canonical spelling of one lower-cased word: variants, British suffixes, diacritics, curly apostrophes, hyphens inside it (soft ones too) or across a line break. */
export function canonicalSpelling(lower: string): string {
  let w = lower;
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(DIACRITICS, '').replace(/’/g, "'").replace(/\u00ad/g, '');
  if (w.includes('\n')) w = w.replace(/-[ \t]*\r?\n[ \t]*/g, ''); // a word hyphenated across a line break (pipeline/wink-text.ts) reads whole
  if (w.includes('-') && /[a-z0-9]-[a-z0-9]/.test(w)) w = w.replace(/-/g, ''); // anti-Russian as one token reads as antirussian
  const mapped = VARIANTS.get(w);
  if (mapped !== undefined) return mapped;
  if (w.length > 6) {
    w = w.replace(/isation(s?)$/, 'ization$1').replace(/is(e|ed|es|ing)$/, 'iz$1')
      .replace(/ys(e|ed|es|ing)$/, 'yz$1');
  }
  if (w.length >= 6) w = w.replace(/our(s?|ed|ing|hoods?|able|ably|ites?|ful|fully|less|ers?|al|ally)$/, 'or$1'); // neighbourhoods, favourable, behavioural
  return w;
}

/**
 * Words kept in each word cache (stems, exact forms, a word's matching forms) before it starts again. Text
 * of a common vocabulary needs a few thousand; text full of numbers, names and links would otherwise keep
 * every one (three caches of 200,000 took a batch worker past 100 MB).
 */
export const WORD_CACHE_LIMIT = 50_000;

const stemCache = new Map<string, string>();

/** The matching key of a word: the Porter stem of its canonical spelling (cached). */
export function wordKey(word: string): string {
  let key = stemCache.get(word);
  if (key === undefined) {
    const canon = canonicalSpelling(word.toLowerCase());
    key = /^[a-z]+$/.test(canon) ? porter.stem(canon) : canon;
    if (stemCache.size > WORD_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, key);
  }
  return key;
}

const exactCache = new Map<string, string>();

/** The exact-match form of a word: lower-cased canonical spelling, no stemming (cached). */
export function exactForm(word: string): string {
  let form = exactCache.get(word);
  if (form === undefined) {
    form = canonicalSpelling(word.toLowerCase());
    if (exactCache.size > WORD_CACHE_LIMIT) exactCache.clear();
    exactCache.set(word, form);
  }
  return form;
}
