// Who answers in a briefing transcript: the spokesperson its heading names ("Foreign Ministry Spokesperson
// Mao Ning's Regular Press Conference", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova",
// "Press Briefing by Press Secretary Karoline Leavitt", "Department Press Briefing - Tammy Bruce, Department Spokesperson").

/** Offices that answer the questions of a briefing. */
const OFFICE = String.raw`(?:Spokes(?:person|man|woman)|Press Secretary|Press Spokes(?:person|man|woman))`;
/** A name of two or three capitalised words (particles allowed between them). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+(?:(?:de|da|van|von|al|bin|el)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]+){1,2}`;
/** The office before the name ("Spokesperson Mao Ning's"). */
const OFFICE_THEN_NAME = new RegExp(String.raw`${OFFICE}[ \t]+(${NAME})`, 'u');
/** The name before the office ("Tammy Bruce, Department Spokesperson"). */
const NAME_THEN_OFFICE = new RegExp(String.raw`(${NAME}),[ \t]+(?:\p{Lu}[\p{L}]+[ \t]+){0,3}${OFFICE}`, 'u');
/** How far into the text a heading may stand. */
const MAX_HEADING = 400;

/** Labels that mark the answers of a briefing. */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['A', 'Answer', 'ANSWER']);

/** The spokesperson the text names before its first turn (`firstTurnAt`, a character offset), or null. */
export function briefingHost(text: string, firstTurnAt: number): string | null {
  const heading = text.slice(0, Math.min(firstTurnAt, MAX_HEADING));
  const m = OFFICE_THEN_NAME.exec(heading) ?? NAME_THEN_OFFICE.exec(heading);
  if (!m) return null;
  const words = m[1].split(/[ \t]+/);
  const possessive = words.findIndex((w) => /['’]s$/u.test(w)); // "Mao Ning's Regular Press Conference": the name ends at the possessive
  return possessive < 0 ? words.join(' ') : words.slice(0, possessive + 1).join(' ').replace(/['’]s$/u, '');
}
