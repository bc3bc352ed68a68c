import type { Mention } from './mentions.js';
import type { WordStream } from './words.js';

/** Words that link a document to its source after it ("the statement from the Kremlin", "a readout issued by ..."). */
const LINKER = new Set(['from', 'of', 'by', 'issued']);

/** The last word of a document mention: its noun ("readout", "statement"). */
const noun = (d: Mention) => d.text.replace(/^.*\s/, '');

/** The source a document mention names beside it ("the Kremlin readout", "a statement from the Kremlin"), or null; `inSentence` gives a sentence's mentions in text order. */
function documentSource(ws: WordStream, inSentence: (s: number) => readonly Mention[], doc: Mention): string | null {
  const s = ws.sentence[doc.first];
  const after = inSentence(s).find((m) => (m.kind === 'source' || m.kind === 'person') && m.first > doc.last && m.first - doc.last <= 3 &&
    LINKER.has(ws.exact[doc.last + 1]));
  if (after) return after.text;
  const before = inSentence(s).filter((m) => (m.kind === 'source' || m.kind === 'person') && m.last < doc.first && doc.first - m.last <= 2);
  return (before.find((m) => m.kind === 'source') ?? before.pop())?.text ?? null;
}

/**
 * A document mention as a speaker: "the <source> <document>" with the source it names, else with the source of the
 * latest document named earlier in it or the four sentences before ("The readout said ..."), else "the <document>".
 */
export function documentSpeaker(ws: WordStream, inSentence: (s: number) => readonly Mention[], m: Mention): string {
  const source = documentSource(ws, inSentence, m);
  if (source) return `the ${source} ${noun(m)}`;
  const s = ws.sentence[m.first];
  let earlier: string | null = null;
  for (let i = Math.max(0, s - 4); i <= s; i++) {
    for (const d of inSentence(i)) {
      const from = d.kind === 'document' && d.last < m.first ? documentSource(ws, inSentence, d) : null;
      if (from) earlier = `the ${from} ${noun(d)}`;
    }
  }
  return earlier ?? `the ${m.text}`;
}
