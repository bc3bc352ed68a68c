import { quoteInput } from '../errors.js';
import { CATEGORY_IDS, isCategoryId, VOICES, type CategoryId, type Voice } from '../taxonomy.js';

/** A gold span (corpus/README.md). */
export interface GoldSpan { start: number; end: number; category: CategoryId; voice: Voice; text: string; speaker: string | null }

/** A checked gold span, or what is wrong with it (one message per bad field, without the file name). */
export type GoldSpanCheck = { span: GoldSpan; problems?: undefined } | { span?: undefined; problems: string[] };

function fieldProblems(s: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['start', 'end'] as const) {
    if (!(key in s)) problems.push(`${key} is missing`);
    else if (!Number.isInteger(s[key])) problems.push(`${key} ${quoteInput(s[key])} is not an integer`);
  }
  if (!('category' in s)) problems.push('category is missing');
  else if (!isCategoryId(s.category)) problems.push(`unknown category ${quoteInput(s.category)} (expected one of ${CATEGORY_IDS.join(', ')})`);
  if (!('voice' in s)) problems.push('voice is missing');
  else if (!VOICES.includes(s.voice as Voice)) problems.push(`voice ${quoteInput(s.voice)} is not ${VOICES.slice(0, -1).join(', ')} or ${VOICES[VOICES.length - 1]}`);
  if (s.text !== undefined && typeof s.text !== 'string') problems.push(`text ${quoteInput(s.text)} is not a string`);
  if (s.speaker !== undefined && s.speaker !== null && typeof s.speaker !== 'string') problems.push(`speaker ${quoteInput(s.speaker)} is not a string or null`);
  return problems;
}

/**
 * Check span number `n` (1-based, as listed in the gold file) of a text: every field named in the
 * problems when wrong, and offsets that must index `content` (corpus/README.md) so nothing is scored silently wrong.
 */
export function checkGoldSpan(raw: unknown, n: number, content: string): GoldSpanCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [`span ${n}: ${quoteInput(raw)} is not an object`] };
  const s = raw as Record<string, unknown>;
  const fields = fieldProblems(s);
  if (fields.length) return { problems: fields.map((p) => `span ${n}: ${p}`) };
  const start = s.start as number;
  const end = s.end as number;
  if (start < 0 || end > content.length || start >= end) return { problems: [`span ${n}: ${start}-${end} is outside the text (0-${content.length}) or empty`] };
  if (typeof s.text === 'string' && content.slice(start, end) !== s.text) {
    return { problems: [`span ${n} (${start}-${end}): text ${quoteInput(s.text)} is not the text at those offsets, ${quoteInput(content.slice(start, end))}`] };
  }
  return { span: { start, end, category: s.category as CategoryId, voice: s.voice as Voice, text: String(s.text ?? ''), speaker: (s.speaker as string | null | undefined) ?? null } };
}
