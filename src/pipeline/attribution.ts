import type { Cue } from './cues.js';
import { documentSpeaker } from './document-speaker.js';
import { canBeIt, isPersonalPronoun, notHeOrShe } from './he-or-she.js';
import { SalientMemory } from './salient-memory.js';
import type { Mention } from './mentions.js';
import { afterPreposition, ownerBefore, possessorOf, subjectBefore } from './subject-before.js';
import { sentenceSubjects } from './salient-subjects.js';
import type { WordStream } from './words.js';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']); // "according to him": the speaker is whom the pronoun stands for
/** Possessive pronouns that stand for a person, whose owner is their antecedent ("their" takes the latest group or institution instead). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Resolves who speaks: the subject of a reporting cue, a pronoun's antecedent, a document's source. */
export class Attributor {
  /** The speakers and subjects later pronouns may stand for, and the speaker carried over list lines after "demanded:" (`memory.carried`). */
  readonly memory = new SalientMemory();
  private readonly bySentence = new Map<number, Mention[]>();
  constructor(private readonly ws: WordStream, mentions: Mention[]) {
    for (const m of mentions) {
      const s = ws.sentence[m.first];
      const list = this.bySentence.get(s);
      if (list) list.push(m);
      else this.bySentence.set(s, [m]);
    }
  }

  /** The mentions of sentence s, in text order (a bound function: document-speaker.ts reads it too). */
  private readonly in = (s: number): Mention[] => this.bySentence.get(s) ?? [];

  /** Render a mention as a speaker: documents as "the <source> <document>" (document-speaker.ts), pronouns by their antecedent. */
  render(m: Mention): string | null {
    if (m.kind === 'pronoun') return this.antecedent(m.first);
    if (m.kind !== 'document') return m.text;
    return documentSpeaker(this.ws, this.in, m);
  }

  /** The speaker a possessive at word p names ("Moscow" of "Moscow's demands"), or null; unlike speakerOf, it notes no speaker for later pronouns. */
  ownerAt(p: number): string | null {
    const m = ownerBefore(this.ws, this.in(this.ws.sentence[p]), p);
    return m ? this.render(m) : null;
  }

  /** The speaker a possessive at word p names: ownerAt for "the Kremlin's", the antecedent of "his" or "her" and the latest group or institution for "their", when no name stands before the pronoun in its sentence; what "its" stands for (itSpeaker); else null. */
  possessorAt(p: number): string | null {
    const word = this.ws.exact[p];
    const s = this.ws.sentence[p];
    const named = () => this.in(s).some((m) => m.last < p && m.kind !== 'pronoun'); // "Sybiha rejected his so-called ...": not Sybiha, and no telling whose
    if (POSSESSIVE_PRONOUNS.has(word)) return named() ? null : this.antecedent(p);
    if (word === 'their') return named() ? null : this.memory.latest(s, notHeOrShe)?.text ?? null; // "Russian officials briefed reporters. Their so-called ...": a group or institution
    return word === 'its' ? this.itSpeaker(s, p) : this.ownerAt(p);
  }

  /** The person or institution a pronoun at word w stands for: the nearest earlier one in its sentence, else the last salient speaker. */
  antecedent(w: number): string | null {
    const s = this.ws.sentence[w];
    const personal = isPersonalPronoun(this.ws.exact[w]); // "he" is no country: "Russia, he added, wants ..."
    const before = this.in(s).filter((m) => m.last < w && (m.kind === 'person' || m.kind === 'source') && !(personal && notHeOrShe(m)));
    const near = before.filter((m) => !afterPreposition(this.ws, m)).pop(); // "Szijjarto took part in the Conference on Eurasian Security, where he stated": not the conference's name; "after talks with Ukrainian ministers, he said": the one named before
    if (near) return near.text;
    return this.lastSalient(s, personal);
  }

  /** The carried speaker, else the speaker or sentence subject of the latest of the three sentences before sentence s (a speaker first); for "he" or "she" (`personal`), no country, capital or institution, and no group. */
  lastSalient(s: number, personal = false): string | null {
    return this.memory.salient(s, personal)?.text ?? null;
  }

  /** Record a sentence's first person or source as salient, unless the sentence is a title-case heading. */
  noteSentence(s: number, heading: boolean): void {
    if (heading) return;
    this.memory.noteSubjects(s, sentenceSubjects(this.ws, this.in(s))); // a pair last: "they" takes it, "he" the subject
  }

  /**
   * What "it" at word w, before a reporting verb, stands for: its sentence's subject when that is an institution, document or
   * country ("The Kremlin's account ... says ..., and it calls ..."), else the latest one the three sentences before named
   * as speaker or subject ("The Kremlin issued a statement. It said ..."), else null.
   */
  itSpeaker(s: number, w: number): string | null {
    const opening = this.in(s)[0];
    if (opening && opening.last < w && opening.first - this.ws.sentenceFirstWord[s] < 3 && canBeIt(opening)) return this.render(opening);
    return this.memory.latest(s, (x) => !!x.it)?.text ?? null;
  }

  /** The subject of a verb at word `at` in sentence s (subject-before.ts). */
  subjectBefore(s: number, at: number): Mention | undefined {
    return subjectBefore(this.ws, this.in(s), s, at);
  }

  /** Who speaks through a cue that names its source after it ("according to the Kremlin", "in the view of Beijing"). */
  sourceAfter(cue: Cue): string | null {
    const s = this.ws.sentence[cue.first];
    const pronoun = OBJECT_PRONOUNS.has(this.ws.exact[cue.last + 1]) && this.ws.sentence[cue.last + 1] === s; // "according to him": whom "him" stands for, not a name in the words after it
    const own = this.in(s).find((m) => m.kind === 'pronoun' && m.first >= cue.first && m.last <= cue.last); // "in his words": whom "his" stands for
    const after = pronoun ? undefined : own ?? this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4 && m.kind !== 'pronoun');
    const speaker = pronoun ? this.antecedent(cue.last + 1) : after ? this.render(after) : null;
    this.memory.noteSpeaker(s, speaker, after);
    return speaker;
  }

  /** Who speaks through a cue that closes its sentence ("..., he said." / "..., said Zakharova."): its subject; a pronoun there points to an earlier sentence. */
  trailingSpeaker(cue: Cue, from: number): string | null {
    const s = this.ws.sentence[cue.first];
    const between = this.in(s).filter((m) => m.first >= from && m.last < cue.first);
    const own = this.subjectBefore(s, cue.first); // "..., Lavrov, the foreign minister, said.": Lavrov, not the aside
    const subject = (own && own.first >= from ? own : between.pop())
      ?? this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4); // "..., said Zakharova."
    const speaker = !subject || subject.kind === 'pronoun' ? this.lastSalient(s, !!subject && isPersonalPronoun(this.ws.exact[subject.first])) : this.render(subject); // '"...," he said.' is no group or country
    this.memory.noteSpeaker(s, speaker, subject);
    return speaker;
  }

  /** Who speaks through a reporting cue: the nearest mention before it in the sentence, else one right after it ("said Peskov"). */
  speakerOf(cue: Cue, allowAfter: boolean): string | null {
    const s = this.ws.sentence[cue.first];
    const own = this.in(s).find((m) => m.kind === 'document' && m.first <= cue.last && cue.first <= m.last);
    const before = own ?? (allowAfter ? undefined : possessorOf(this.ws, this.in(s), cue.first)) ?? this.subjectBefore(s, cue.first);
    let speaker: string | null = null;
    let from: Mention | undefined;
    if (before) { speaker = this.render(before); from = before; }
    else if (allowAfter) {
      const after = this.ws.exact[cue.last + 1] === 'that' ? undefined : this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4 && m.kind !== 'pronoun'); // "said Peskov", not "It was stressed that the Kiev authorities ..."
      if (after) { speaker = this.render(after); from = after; }
    }
    if (speaker === null) {
      const personal = before?.kind === 'pronoun' && isPersonalPronoun(this.ws.exact[before.first]); // "They met in Russia. He said": no person named, so no speaker, not Russia
      const earlier = this.memory.salient(s, personal); // the group an earlier sentence named stays a group
      speaker = earlier?.text ?? null;
      if (earlier && speaker) this.memory.repeatSpeaker(s, earlier);
    } else this.memory.noteSpeaker(s, speaker, from);
    return speaker;
  }
}
