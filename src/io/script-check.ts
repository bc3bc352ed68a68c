/** Writing systems the check can name, each a Unicode script property. */
const SCRIPTS: [string, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u], ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u], ['Han (Chinese)', /\p{Script=Han}/u], ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul (Korean)', /\p{Script=Hangul}/u], ['Devanagari', /\p{Script=Devanagari}/u], ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u], ['Thai', /\p{Script=Thai}/u],
];
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
/** Very common English words: a Latin-script text without them is probably another language. */
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'it', 'be', 'are', 'at', 'this', 'from', 'has', 'have', 'not', 'he', 'said',
  'would', 'will', 'could', 'should', 'after', 'about', 'which', 'their', 'its', 'they', 'we', 'our', 'were', 'been', 'had', 'his', 'her', 'there', 'what', 'who', 'or', 'an', 'into', 'also',
  // prepositions, conjunctions, pronouns and auxiliaries of news prose heavy with names and nouns ("Russia launched 400 drones against Ukraine, hitting ...");
  // none a common word of French, Spanish, Italian, Portuguese, German or Dutch ("a", "no", "do", "so", "i" and Dutch "over" are, so they are not here)
  'against', 'but', 'than', 'more', 'all', 'any', 'other', 'when', 'while', 'during', 'between', 'since', 'under', 'without', 'before', 'because',
  'must', 'can', 'did', 'does', 'if', 'out', 'up', 'them', 'these', 'those', 'you', 'she', 'him', 'my', 'your', 'us']);

/** How many characters of a text the check reads. */
const SAMPLE = 20_000;

/** The main writing system of a text's letters and the share of them in it, from its first 20 000 characters. */
export function dominantScript(text: string): { script: string; share: number; letters: number } {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (!LETTER.test(ch)) continue;
    letters++;
    const name = LATIN.test(ch) ? 'Latin' : SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = 'Latin';
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  return { script: best, share: letters ? (counts.get(best) ?? 0) / letters : 0, letters };
}

/** Latin-script words needed to tell English from another language by its common words: a short statement of 12 words has a few ("the", "of", "to") when it is English. */
const MIN_WORDS = 12;

/** A warning when a text is not English (another script, or Latin script without common English words); null when it looks English or is too short to tell. */
export function notEnglishWarning(text: string): string | null {
  const { script, letters } = dominantScript(text);
  if (letters < 40) return null;
  if (script !== 'Latin') return `the text is mostly in ${script} script, not English; the lexicons are English, so few or no markers will be found`;
  const words = text.slice(0, SAMPLE).toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (words.length >= MIN_WORDS && english / words.length < 0.08) return 'the text does not look like English; the lexicons are English, so few or no markers will be found';
  return null;
}
