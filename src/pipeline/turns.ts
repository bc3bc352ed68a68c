import { ANSWER_LABELS, briefingHost } from './briefing-host.js';

/** One speaker's turn in a transcript: from its "Name:" label to the next label (character offsets). */
export interface TurnSpan { start: number; end: number; speaker: string }

/**
 * A line that opens a turn: up to five capitalised words (with name particles: "Maria Zakharova",
 * "Secretary of State Rubio", "AFP") or "Q"/"A", then a colon and the turn's first words on the same line.
 */
const LABEL_AT = /[ \t]*((?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|de|da|di|del|van|von|der|al|bin|el|la|le)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|de|da|di|del|van|von|der|al|bin|el|la|le)){0,4})[ \t]*:[ \t]+(?=\S)/uy;
/** Furthest a label's colon stands from its line start. */
const MAX_LABEL = 80;
/** Single-word labels that name a part in an interview or briefing. */
const ROLES = new Set(['question', 'answer', 'q', 'a', 'spokesperson', 'moderator', 'journalist', 'interviewer', 'reporter', 'host', 'correspondent', 'chair', 'chairman', 'chairwoman', 'president', 'minister', 'speaker']);
/** Single words that head a line as a kicker or a note, not as a speaker ("Opinion: ...", "Update: ..."). */
const NOT_SPEAKERS = new Set(['note', 'update', 'updated', 'source', 'sources', 'opinion', 'analysis', 'comment', 'commentary', 'editorial', 'background', 'context', 'summary', 'breaking', 'photo', 'video', 'related', 'disclaimer', 'subject', 'date', 'time', 'location', 'place', 'topic', 'read', 'see', 'also', 'warning', 'exclusive', 'live', 'watch', 'listen', 'correction', 'p.s.', 'ps', 'nb', 'tags', 'keywords']);

/** True when a colon stands within MAX_LABEL characters of a line start, before the line's end. */
function colonNear(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + MAX_LABEL);
  for (let i = start; i < stop; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** True when the words after a label are a title in title case ("Russian Perspective: Putin's Calculated Aloofness."), a heading rather than speech. */
function isTitleCase(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => w.length >= 4);
  return rest.split(/\s+/).length <= 12 && words.length >= 2 && words.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/** True when a label looks like a speaker on its own: a name of two or more words, a role, or an outlet in capitals ("AFP"). */
function isStrong(label: string, repeats: boolean): boolean {
  return repeats || label.split(/[ \t]+/).length >= 2 || ROLES.has(label.toLowerCase()) || /^\p{Lu}{2,8}$/u.test(label);
}

/**
 * The turns of a transcript (briefings, interviews, press statements: "Maria Zakharova: ...",
 * "Question: ..."), or none when the text is not one. A text is a transcript when at least two lines
 * open with a speaker label that stands on its own (isStrong); then every label line opens a turn,
 * which runs to the next one. A first line that ends without sentence punctuation is a headline
 * ("After Anchorage: a summit without Ukraine") and a line in title case a section heading, not a
 * turn. Pure: the text in, offsets out.
 */
export function findTurns(text: string): TurnSpan[] {
  const labels: { at: number; speaker: string }[] = [];
  const firstSolid = text.search(/\S/);
  for (let from = 0; from < text.length; ) { // line by line: a label is tried only on a line with a colon near its start
    const nl = text.indexOf('\n', from);
    const lineStart = from;
    from = nl < 0 ? text.length : nl + 1;
    if (!colonNear(text, lineStart, from)) continue;
    LABEL_AT.lastIndex = lineStart;
    const m = LABEL_AT.exec(text);
    if (!m) continue;
    const speaker = m[1];
    if (NOT_SPEAKERS.has(speaker.split(/[ \t]+/)[0].toLowerCase())) continue;
    const label = m[0].trimStart(); // the label, its colon and the spaces after it
    const at = m.index + m[0].length - label.length;
    const line = text.slice(at, from).trimEnd();
    if (at === firstSolid && !/[.!?…"”»)]$/u.test(line)) continue; // a headline
    if (isTitleCase(line.slice(label.length))) continue; // a section heading
    labels.push({ at, speaker });
  }
  const uses = new Map<string, number>();
  for (const l of labels) uses.set(l.speaker, (uses.get(l.speaker) ?? 0) + 1);
  if (labels.filter((l) => isStrong(l.speaker, uses.get(l.speaker)! > 1)).length < 2) return [];
  const host = labels.some((l) => ANSWER_LABELS.has(l.speaker)) ? briefingHost(text, labels[0].at) : null; // "A:" in a briefing its heading names: "A (Mao Ning)"
  return labels.map((l, i) => {
    const next = i + 1 < labels.length ? labels[i + 1].at : text.length;
    const speaker = host !== null && ANSWER_LABELS.has(l.speaker) ? `${l.speaker} (${host})` : l.speaker;
    return { start: l.at, end: l.at + text.slice(l.at, next).trimEnd().length, speaker };
  });
}

/** The turn that holds [start, end) (turns sorted and disjoint), or undefined. */
export function turnAt(turns: readonly TurnSpan[], start: number, end: number): TurnSpan | undefined {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (turns[mid].end < end) lo = mid + 1; else hi = mid; }
  const t = turns[lo];
  return t !== undefined && t.start <= start && end <= t.end ? t : undefined;
}
