/** Hundredths of a score as it is printed (`toFixed(2)`). */
const hundredths = (score: number) => Math.round(Number(score.toFixed(2)) * 100);

/** B - A as the text, Markdown and HTML tables print it: the difference of the two printed scores, signed, never "-0.00". */
export function formatDelta(a: number, b: number): string {
  const d = hundredths(b) - hundredths(a);
  return d === 0 ? '0.00' : `${d > 0 ? '+' : '-'}${(Math.abs(d) / 100).toFixed(2)}`;
}
