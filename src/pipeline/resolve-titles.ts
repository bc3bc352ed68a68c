import type { Mention } from './mentions.js';
import { COUNTRY_WORDS, OFFICE_HOLDERS, OFFICE_WORDS } from './office-holders.js';

/** An office a mention names: its offices (OFFICE_WORDS) and the country, when the mention gives one. */
interface NamedOffice { offices: readonly string[]; country?: string }

/** The country a phrase names, if it is a country word (COUNTRY_WORDS). */
const countryOf = (words: string): string | undefined => COUNTRY_WORDS.get(words);

/**
 * The office a title names: "Russian President", "President of the Russian Federation", "Foreign Minister",
 * "the American leader"; undefined for anything else. With `named`, the title may go on into a name
 * ("Prime Minister Narendra Modi"), which `rest` receives.
 */
function parseTitle(text: string, named = false): (NamedOffice & { rest: string }) | undefined {
  let t = text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  let lead = '';
  for (const words of COUNTRY_WORDS.keys()) if (t.startsWith(`${words} `) && words.length > lead.length) lead = words; // the longest: "united states", not "us"
  let country = lead ? countryOf(lead) : undefined;
  t = t.slice(lead ? lead.length + 1 : 0);
  for (const [words, offices] of OFFICE_WORDS) {
    if (t !== words && !(named && t.startsWith(`${words} `)) && !t.startsWith(`${words} of `)) continue;
    let rest = t.slice(words.length).trim();
    const of = /^of (?:the )?(.+)$/.exec(rest);
    if (of && countryOf(of[1])) { country ??= countryOf(of[1]); rest = ''; }
    if (rest && !named) continue;
    if (named && !rest) continue;
    return { offices, country, rest };
  }
  return undefined;
}

/** Title, country and "of" words that stand before a name in a mention ("President of Russia Vladimir Putin"). */
const BEFORE_NAME = new Set([...[...OFFICE_WORDS.keys()].flatMap((w) => w.split(' ')), ...[...COUNTRY_WORDS.keys()].flatMap((w) => w.split(' ')), 'of', 'the', 'shri', 'mr', 'mrs', 'ms', 'dr', 'h.e.']);

/** A person mention's name without the titles and country words before it: "Donald Trump" of "United States Donald Trump". */
function nameOf(text: string): string {
  const words = text.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && BEFORE_NAME.has(words[i].toLowerCase())) i++;
  return words.slice(i).join(' ');
}

/** The holder (OFFICE_HOLDERS) a name belongs to, with its country and office, when the list knows it. */
function knownHolder(name: string): { key: string; country: string; office: string } | undefined {
  const padded = ` ${name.toLowerCase()} `;
  for (const o of OFFICE_HOLDERS) for (const h of o.holders) if (h.split('|').some((s) => padded.includes(` ${s} `))) return { key: h, country: o.country, office: o.office };
  return undefined;
}

/**
 * Name a bare title after the one person the text has named who holds it ("Vladimir Putin had a telephone
 * conversation ... The Russian President noted" → "Russian President (Vladimir Putin)"; "Prime Minister Narendra
 * Modi ... Prime Minister reiterated" → "Prime Minister (Narendra Modi)"). Candidates are the people named before the title who
 * hold the office by OFFICE_HOLDERS or who carry the same title before their name, of the title's country when
 * it names one. With two candidates ("President Trump and President Putin spoke ... The President said") the
 * title stays as written. Mentions are in text order; a resolved title keeps its words and adds the name in brackets,
 * from the fullest earlier mention: "Russian President (Vladimir Putin)".
 */
export function resolveTitles(mentions: Mention[]): void {
  const people: { m: Mention; key: string; country?: string; offices: string[]; name: string }[] = [];
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'source') continue;
    const bare = parseTitle(m.text);
    if (bare) {
      const fits = people.filter((p) => p.offices.some((o) => bare.offices.includes(o)) && (!bare.country || p.country === bare.country));
      const keys = new Set(fits.map((p) => p.key));
      if (keys.size === 1) m.text = `${m.text} (${fits.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name})`;
      continue;
    }
    if (m.kind !== 'person') continue;
    const known = knownHolder(m.text);
    const titled = parseTitle(m.text, true);
    if (known) people.push({ m, key: known.key, country: known.country, offices: [known.office], name: nameOf(m.text) });
    else if (titled) people.push({ m, key: titled.rest.split(' ').pop()!, country: titled.country, offices: [titled.offices[0]], name: nameOf(m.text) });
  }
}
