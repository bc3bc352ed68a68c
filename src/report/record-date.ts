/** An ISO calendar date at the start of a string: 2025, 2025-03 or 2025-03-18, alone or before a time. */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;

/** A four-digit year (1000 to 2999) as its own word: without one, Date.parse makes up 2001 ("March 18", "Call 12"). */
const YEAR = /(?<![\p{L}\p{N}])[12]\d{3}(?![\p{L}\p{N}])/u;

function utcDay(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? t : null;
}

/**
 * The calendar day a record's `date` names, as UTC midnight in milliseconds, or null when it names none: an ISO date
 * (2025-03-18, 2025-03, 2025, with any time and zone after it: the day as written) or a date with a four-digit year
 * that Date.parse reads ("18 March 2025", "March 18, 2025"; its day as read, in any time zone of the machine).
 */
export function recordDay(date: string): number | null {
  const iso = ISO.exec(date.trim());
  if (iso) return utcDay(Number(iso[1]), iso[2] ? Number(iso[2]) : 1, iso[3] ? Number(iso[3]) : 1);
  if (!YEAR.test(date)) return null;
  const t = Date.parse(date);
  if (!Number.isFinite(t)) return null;
  const local = new Date(t);
  return utcDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
}
