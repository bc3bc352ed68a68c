import type { Voice } from '../taxonomy.js';
import type { Mention } from './mentions.js';
import { holdsBlankLine, TokenKind } from './token-table.js';
import type { Segmented } from './tokenize.js';
import type { WordStream } from './words.js';
import { nameKey } from './mention-words.js';

// Indirect speech that runs on past its sentence. Readouts, Chinese and Russian ones above all, go on in the speaker's
// voice without a new reporting verb: 'Wang Yi said that China's position is objective and impartial. China did not
// start this crisis and is not a party to it. The Chinese side has always stood on the side of peace.' A sentence
// with no reported clause and no quotation of its own, in the same paragraph, whose subject is a side the reported
// clause before it named (China, the Chinese side), goes on in that speaker's voice, also when a reporting verb in
// it reports nothing ('China welcomes all efforts ... and hopes to reach a fair agreement'); a commentator's own "This is
// false." after a reported sentence names no such side and stays the author's.

/** Nationality adjectives of the sides readouts speak for, to their country ("the Chinese side" is China). */
const SIDES: Readonly<Record<string, string>> = {
  chinese: 'china', russian: 'russia', ukrainian: 'ukraine', american: 'united states', us: 'united states', 'u.s.': 'united states',
  america: 'united states', french: 'france', german: 'germany', british: 'united kingdom', uk: 'united kingdom', britain: 'united kingdom',
  turkish: 'türkiye', turkey: 'türkiye', indian: 'india', italian: 'italy', polish: 'poland', european: 'european union', eu: 'european union',
};

/** A side a mention names, in one spelling: "The Chinese side", "China" and "the Chinese" are all "china". */
function sideOf(text: string): string {
  const words = nameKey(text).replace(/\s+(side|government|leadership|party)$/, '').trim();
  return SIDES[words] ?? words;
}

/** How many words from its start a sentence's subject may begin ("On the Ukraine crisis, China ..."). */
const SUBJECT_WITHIN = 6;

/** Carry reported speech on into the sentences after it that speak for the same side (see above); changes `voice` and `speaker` in place. */
export function continueReportedSpeech(seg: Segmented, ws: WordStream, mentions: Mention[], quoteOfWord: readonly number[], voice: Voice[], speaker: (string | null)[]): void {
  const nSentences = ws.count ? ws.sentence[ws.count - 1] + 1 : 0;
  let carrier: { speaker: string; sides: Set<string> } | null = null;
  let m = 0;
  for (let s = 0; s < nSentences; s++) {
    const first = ws.sentenceFirstWord[s];
    const end = ws.sentenceFirstWord[s + 1];
    if (first >= end) continue;
    if (first > 0 && paragraphBreak(seg, ws, first)) carrier = null;
    const inSentence: Mention[] = [];
    while (m < mentions.length && mentions[m].first < end) { if (mentions[m].first >= first) inSentence.push(mentions[m]); m++; }
    let reportedBy: string | null = null;
    for (let w = first; w < end && reportedBy === null; w++) if (voice[w] === 'reported' && speaker[w] !== null) reportedBy = speaker[w];
    if (reportedBy !== null) {
      carrier = { speaker: reportedBy, sides: new Set(inSentence.filter((x) => voice[x.first] === 'reported' && x.kind !== 'pronoun').map((x) => sideOf(x.text))) };
      continue;
    }
    let quoted = false;
    for (let w = first; w < end && !quoted; w++) quoted = quoteOfWord[w] >= 0;
    if (!carrier || quoted) { carrier = null; continue; }
    const subject = inSentence.find((x) => x.kind !== 'pronoun' && x.first - first < SUBJECT_WITHIN);
    if (!subject || !carrier.sides.has(sideOf(subject.text))) { carrier = null; continue; }
    for (let w = first; w < end; w++) if (voice[w] === 'author') { voice[w] = 'reported'; speaker[w] = carrier.speaker; }
  }
}

/** True when a blank line stands before word w: a new paragraph. */
function paragraphBreak(seg: Segmented, ws: WordStream, w: number): boolean {
  const t = seg.tokens;
  for (let i = ws.token[w - 1] + 1; i < ws.token[w]; i++) if (t.kind[i] === TokenKind.Space && holdsBlankLine(t.value[i])) return true;
  return false;
}
