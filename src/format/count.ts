/** `n` and a noun, singular for 1 ("1 quote", "2 quotes", "0 quotes"); `plural` for nouns not made with -s. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
