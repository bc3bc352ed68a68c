import { canBeIt, notHeOrShe } from './he-or-she.js';
import type { Mention } from './mentions.js';

/** A speaker or sentence subject a later pronoun may stand for; `plural` for a group ("Fans", "officials"), `it` for what "it" may stand for. */
export interface Salient { sentence: number; text: string; plural?: boolean; it?: boolean }

/** How many sentences back a pronoun looks for its speaker or subject. */
const LOOK_BACK = 3;

/**
 * The speakers and sentence subjects found so far, in text order, that later pronouns ("he said", "it
 * added", "they") and quotations that open a sentence may stand for (attribution.ts).
 */
export class SalientMemory {
  private readonly speakers: Salient[] = [];
  private readonly subjects: Salient[] = [];
  /** A speaker carried over from a cue that ends in a colon (list lines after "demanded:"). */
  carried: string | null = null;

  /** The carried speaker, else the speaker or sentence subject of the latest of the three sentences before sentence s (a speaker first); for "he" or "she" (`personal`), no country, capital or institution, and no group. */
  salient(s: number, personal: boolean): Salient | undefined {
    if (this.carried) return { sentence: s, text: this.carried };
    return this.latest(s, (x) => !(personal && notHeOrShe(x)));
  }

  /** The speaker or sentence subject, among those `fits`, of the latest of the three sentences before sentence s; a speaker over a subject in the same sentence. */
  latest(s: number, fits: (x: Salient) => boolean): Salient | undefined {
    let best: Salient | undefined;
    for (const list of [this.speakers, this.subjects]) {
      for (let i = list.length - 1; i >= 0 && list[i].sentence >= s - LOOK_BACK; i--) {
        if (list[i].sentence >= s || !fits(list[i])) continue;
        if (!best || list[i].sentence > best.sentence) best = list[i];
        break;
      }
    }
    return best;
  }

  /** Record the speaker found in sentence s for later pronouns, a group as such (`from` the mention it was rendered from). */
  noteSpeaker(s: number, speaker: string | null, from: Mention | undefined): void {
    if (speaker) this.speakers.push({ sentence: s, text: speaker, plural: from?.kind !== 'pronoun' && !!from?.plural, it: !!from && canBeIt(from) });
  }

  /** Record a speaker taken from an earlier sentence again, in sentence s (a group stays a group). */
  repeatSpeaker(s: number, earlier: Salient): void {
    this.speakers.push({ sentence: s, text: earlier.text, plural: earlier.plural });
  }

  /** Record a sentence's subjects (salient-subjects.ts). */
  noteSubjects(s: number, subjects: Iterable<Omit<Salient, 'sentence'>>): void {
    for (const subject of subjects) this.subjects.push({ sentence: s, ...subject });
  }
}
