import type { Mention } from './mentions.js';
import { COUNTRY_WORDS, OFFICE_HOLDERS, OFFICE_WORDS } from './office-holders.js';
import { nameKey } from './mention-words.js';

/** An office a mention names: its offices (OFFICE_WORDS) and the country, when the mention gives one. */
interface NamedOffice { offices: readonly string[]; country?: string }

/** The longest run of words from `at` (up to four) that `map` holds, as [value, words used]. */
function longestIn<T>(map: ReadonlyMap<string, T>, words: readonly string[], at: number): [T, number] | undefined {
  for (let n = Math.min(4, words.length - at); n > 0; n--) {
    const hit = map.get(words.slice(at, at + n).join(' '));
    if (hit !== undefined) return [hit, n];
  }
  return undefined;
}

/**
 * The office a title names: "Russian President", "President of the Russian Federation", "Foreign Minister",
 * "the American leader"; undefined for anything else. With `named`, the title must go on into a name
 * ("Prime Minister Narendra Modi"), whose last word is `surname`.
 */
function parseTitle(text: string, named = false): (NamedOffice & { surname: string }) | undefined {
  const words = nameKey(text).split(/\s+/); // lower case, apostrophes straight, no leading "the"
  let at = 0;
  const lead = longestIn(COUNTRY_WORDS, words, at);
  let country = lead?.[0];
  if (lead) at += lead[1];
  const office = longestIn(OFFICE_WORDS, words, at);
  if (!office) return undefined;
  at += office[1];
  if (words[at] === 'of') { // "President of the Russian Federation"
    const of = longestIn(COUNTRY_WORDS, words, words[at + 1] === 'the' ? at + 2 : at + 1);
    if (of) { country ??= of[0]; at = (words[at + 1] === 'the' ? at + 2 : at + 1) + of[1]; }
  }
  if ((at < words.length) !== named) return undefined;
  return { offices: office[0], country, surname: words[words.length - 1] };
}

/** Title, country and "of" words that stand before a name in a mention ("President of Russia Vladimir Putin"). */
const BEFORE_NAME = new Set([...[...OFFICE_WORDS.keys()].flatMap((w) => w.split(' ')), ...[...COUNTRY_WORDS.keys()].flatMap((w) => w.split(' ')), 'of', 'the', 'federal', 'shri', 'mr', 'mrs', 'ms', 'dr', 'h.e.']);

/** A person mention's name without the titles and country words before it: "Donald Trump" of "United States Donald Trump". */
function nameOf(text: string): string {
  const words = text.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && BEFORE_NAME.has(words[i].toLowerCase())) i++;
  return words.slice(i).join(' ');
}

/** A holder of OFFICE_HOLDERS, under one spelling of the name (its words). */
interface Holder { words: readonly string[]; key: string; country: string; office: string }

/** Holders by the first word of each spelling ("putin", "wang" of "wang yi"). */
const HOLDERS = new Map<string, Holder[]>();
for (const o of OFFICE_HOLDERS) for (const key of o.holders) for (const spelling of key.split('|')) {
  const words = spelling.split(' ');
  HOLDERS.set(words[0], [...(HOLDERS.get(words[0]) ?? []), { words, key, country: o.country, office: o.office }]);
}

/** The holder a name belongs to (its lower-case words), when OFFICE_HOLDERS knows it. */
function knownHolder(words: readonly string[]): Holder | undefined {
  for (let i = 0; i < words.length; i++) for (const h of HOLDERS.get(words[i]) ?? []) if (h.words.every((w, k) => words[i + k] === w)) return h;
  return undefined;
}

/** Last words of the office words: only a mention that ends in one, or has an "of" ("President of Russia"), can be a bare title. */
const OFFICE_ENDS = new RegExp(`(?:^|\\s)(?:${[...new Set([...OFFICE_WORDS.keys()].map((w) => w.split(' ').pop()!))].join('|')})$|\\sof\\s`, 'i');
const mayBeTitle = (m: Mention) => OFFICE_ENDS.test(m.text);

/** A mention that can hold an office: a person or a source ("the Russian side" is none, but "the Russian President" is). */
const speaking = (m: Mention) => m.kind === 'person' || m.kind === 'source';
/** A mention's words, lower case. */
const lowerWords = (m: Mention) => m.text.toLowerCase().split(/\s+/);

/**
 * Name a bare title after the one person the text has named who holds it ("Vladimir Putin had a telephone
 * conversation ... The Russian President noted" → "Russian President (Vladimir Putin)"; "Prime Minister Narendra
 * Modi ... Prime Minister reiterated" → "Prime Minister (Narendra Modi)"). Candidates are the people named before the title who
 * hold the office by OFFICE_HOLDERS or who carry the same title before their name, of the title's country when
 * it names one. With two candidates ("President Trump and President Putin spoke ... The President said") the
 * title stays as written, as it does when a bare title without a country came before any holder was named: a UK
 * readout's "The Prime Minister spoke to Prime Minister Giorgia Meloni" is the UK's, and so is each later bare
 * "Prime Minister". A bare title that came with its country before any holder was named is the principal too: a
 * later title without a country is of that country ("The President of Russia had a telephone conversation with President
 * of the United States Donald Trump ... The President noted" is not Trump's). Mentions are in text order; a resolved title keeps its words and adds the name in brackets,
 * from the fullest earlier mention: "Russian President (Vladimir Putin)". Texts without a bare title cost one look at each mention.
 */
export function resolveTitles(mentions: Mention[]): void {
  const bareAt = new Map<Mention, NamedOffice>();
  for (const m of mentions) if (speaking(m) && mayBeTitle(m)) { const bare = parseTitle(m.text); if (bare) bareAt.set(m, bare); }
  if (bareAt.size === 0) return;
  const byOffice = new Map<string, Map<string, { country?: string; name: string }>>(); // office -> holder key -> the fullest name seen; a long text stays linear
  const meet = (office: string, key: string, country: string | undefined, text: string) => {
    const holders = byOffice.get(office) ?? byOffice.set(office, new Map()).get(office)!;
    const name = nameOf(text);
    const seen = holders.get(key);
    if (!seen || name.length > seen.name.length) holders.set(key, { country: seen?.country ?? country, name });
  };
  const unnamed = new Map<string, string | undefined>(); // offices whose bare title came before any holder was named, with its country if it gave one: the text's own principal ("The Prime Minister spoke to Prime Minister Giorgia Meloni"; "The President of Russia had a telephone conversation with President of the United States Donald Trump"), never another holder
  for (const m of mentions) {
    const bare = bareAt.get(m);
    if (bare) {
      let country = bare.country;
      const opened = country ? undefined : bare.offices.find((o) => unnamed.has(o));
      if (opened !== undefined && (country = unnamed.get(opened)) === undefined) continue; // the office the text opened with, unnamed
      let only: { name: string } | undefined;
      let count = 0;
      for (const office of bare.offices) for (const holder of byOffice.get(office)?.values() ?? []) if (!country || holder.country === country) { only = holder; count++; }
      if (count === 1) m.text = `${m.text} (${only!.name})`;
      else if (bare.offices.every((o) => !byOffice.get(o)?.size)) for (const o of bare.offices) if (!unnamed.has(o)) unnamed.set(o, country); // before any holder
      continue;
    }
    if (m.kind !== 'person') continue;
    const known = knownHolder(lowerWords(m));
    const titled = known ? undefined : parseTitle(m.text, true);
    if (known) meet(known.office, known.key, known.country, m.text);
    else if (titled) meet(titled.offices[0], titled.surname, titled.country, m.text);
  }
}
