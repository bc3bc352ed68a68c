/**
 * Who held the offices that readouts name without a name ("The Russian President noted ...", "the
 * American leader", "the Chinese Foreign Minister"), 2019-2026: a country, an office and the surnames
 * (each with its common spellings). A title is named after a holder only when the text itself names that
 * holder (resolve-titles.ts), so a list that runs past a change of office does no harm: it only needs the
 * text to name one of them.
 */
/** An office of one country and its holders, each holder the spellings of one surname separated by "|" (a Chinese name in full: "wang yi"). */
export interface Office { country: string; office: string; holders: readonly string[] }

/** The offices framelens can name after their holders. */
export const OFFICE_HOLDERS: readonly Office[] = [
  { country: 'russia', office: 'president', holders: ['putin'] },
  { country: 'us', office: 'president', holders: ['trump', 'biden'] },
  { country: 'us', office: 'vice president', holders: ['vance', 'harris'] },
  { country: 'ukraine', office: 'president', holders: ['zelensky|zelenskyy|zelenskiy|zelenskyi|zelenskii'] },
  { country: 'china', office: 'president', holders: ['xi|xi jinping'] },
  { country: 'france', office: 'president', holders: ['macron'] },
  { country: 'turkey', office: 'president', holders: ['erdogan|erdoğan'] },
  { country: 'brazil', office: 'president', holders: ['lula|lula da silva'] },
  { country: 'finland', office: 'president', holders: ['stubb', 'niinistö|niinisto'] },
  { country: 'poland', office: 'president', holders: ['duda', 'nawrocki'] },
  { country: 'india', office: 'prime minister', holders: ['modi'] },
  { country: 'uk', office: 'prime minister', holders: ['starmer', 'sunak', 'johnson', 'truss'] },
  { country: 'poland', office: 'prime minister', holders: ['tusk', 'morawiecki'] },
  { country: 'italy', office: 'prime minister', holders: ['meloni'] },
  { country: 'hungary', office: 'prime minister', holders: ['orbán|orban'] },
  { country: 'ukraine', office: 'prime minister', holders: ['svyrydenko', 'shmyhal'] },
  { country: 'russia', office: 'prime minister', holders: ['mishustin'] },
  { country: 'germany', office: 'chancellor', holders: ['merz', 'scholz'] },
  { country: 'russia', office: 'foreign minister', holders: ['lavrov'] },
  { country: 'ukraine', office: 'foreign minister', holders: ['sybiha', 'kuleba'] },
  { country: 'china', office: 'foreign minister', holders: ['wang yi', 'qin gang'] },
  { country: 'uk', office: 'foreign secretary', holders: ['lammy', 'cooper', 'cameron'] },
  { country: 'us', office: 'secretary of state', holders: ['rubio', 'blinken'] },
  { country: 'russia', office: 'spokesman', holders: ['peskov'] },
  { country: 'russia', office: 'spokeswoman', holders: ['zakharova'] },
];

/** Country adjectives and names as readouts write them, by country key. */
export const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'], ['russia', 'russia'], ['russian federation', 'russia'],
  ['american', 'us'], ['us', 'us'], ['u.s.', 'us'], ['united states', 'us'], ['united states of america', 'us'], ['america', 'us'],
  ['ukrainian', 'ukraine'], ['ukraine', 'ukraine'], ['chinese', 'china'], ['china', 'china'], ["people's republic of china", 'china'],
  ['french', 'france'], ['france', 'france'], ['turkish', 'turkey'], ['turkey', 'turkey'], ['türkiye', 'turkey'],
  ['brazilian', 'brazil'], ['brazil', 'brazil'], ['finnish', 'finland'], ['finland', 'finland'], ['polish', 'poland'], ['poland', 'poland'],
  ['indian', 'india'], ['india', 'india'], ['british', 'uk'], ['uk', 'uk'], ['united kingdom', 'uk'], ['italian', 'italy'], ['italy', 'italy'],
  ['hungarian', 'hungary'], ['hungary', 'hungary'], ['german', 'germany'], ['germany', 'germany'],
]);

/** Offices by the words a text may use for them ("leader" is any head of state or government). */
export const OFFICE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['president', ['president']], ['head of state', ['president']], ['vice president', ['vice president']], ['vice-president', ['vice president']],
  ['leader', ['president', 'prime minister', 'chancellor']], ['prime minister', ['prime minister']], ['premier', ['prime minister']],
  ['chancellor', ['chancellor']], ['federal chancellor', ['chancellor']], ['foreign minister', ['foreign minister', 'foreign secretary', 'secretary of state']],
  ['minister of foreign affairs', ['foreign minister']], ['foreign secretary', ['foreign secretary']], ['secretary of state', ['secretary of state']],
  ['top diplomat', ['foreign minister', 'foreign secretary', 'secretary of state']], ['secretary', ['secretary of state', 'foreign secretary']], // "The Secretary underscored" in a State Department or Foreign Office readout
  ['spokesman', ['spokesman']], ['spokeswoman', ['spokeswoman']], ['spokesperson', ['spokesman', 'spokeswoman']],
]);
