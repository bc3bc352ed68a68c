/**
 * A dateline at the start of a line, before the story: a place in capitals, perhaps a date and an agency,
 * then a dash and the story's first sentence ("WASHINGTON - ", "MOSCOW, March 18 (TASS) — ", "NEW YORK (AP) – "). The place and the
 * agency only say where the story was filed; they are no speaker of what follows.
 */
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}\p{M}.'’/ -]*\p{Lu})(?:,[ \t]+[^\n,()–—]{1,30}?(?:,[ \t]+\d{4})?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[-–—][ \t]+(?=\p{Lu})/gu;

/** The character ranges [start, end) of the datelines in a text, in text order. */
export function datelineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(DATELINE)) {
    if ((m[1].match(/\p{Lu}/gu) ?? []).length < 3) continue; // "US - Russia talks": a place of three capitals at least
    const start = m.index! + m[0].search(/\S/);
    out.push([start, m.index! + m[0].length]);
  }
  return out;
}
