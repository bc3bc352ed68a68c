/** The form of a noun for `n` of it: singular for 1 ("quote"), else `pluralForm` (the noun and -s unless given). */
export function plural(n: number, noun: string, pluralForm = `${noun}s`): string {
  return n === 1 ? noun : pluralForm;
}

/** `n` and a noun, singular for 1 ("1 quote", "2 quotes", "0 quotes"); `pluralForm` for nouns not made with -s. */
export function count(n: number, noun: string, pluralForm = `${noun}s`): string {
  return `${n} ${plural(n, noun, pluralForm)}`;
}
