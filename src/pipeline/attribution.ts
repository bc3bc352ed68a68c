import type { Cue } from './cues.js';
import type { Mention } from './mentions.js';
import type { WordStream } from './words.js';

/** Words [first, last] spoken by `speaker` in indirect speech. */
export interface ReportedRegion { first: number; last: number; speaker: string | null }

/** Most words of a clause in commas between a subject and its verb ("Putin's envoy on investment"). */
const APPOSITION_WORDS = 8;
/** Words that open a relative clause: a name inside one is not the subject of the verb after it. */
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/** Pronouns that stand for a person, never for a country or a capital. */
const PERSONAL = new Set(['he', 'she', 'his', 'her']);
/** Countries, capitals and institutions that speak in readouts but are no "he" or "she". */
const PLACES = new Set(['russia', 'ukraine', 'china', 'united states', 'us', 'u.s.', 'america', 'europe', 'european union', 'eu', 'france', 'germany', 'britain',
  'united kingdom', 'uk', 'türkiye', 'turkey', 'india', 'poland', 'italy', 'nato', 'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'paris', 'berlin', 'london',
  'ankara', 'warsaw', 'brussels', 'kremlin', 'white house', 'west', 'russian federation',
  // regions and cities of the war, named in the sentence before a "he said" ('attacks in the Kursk and Belgorod regions, which, he said, ...')
  'kursk', 'belgorod', 'bryansk', 'donetsk', 'luhansk', 'lugansk', 'zaporizhzhia', 'zaporozhye', 'kherson', 'kharkiv', 'kharkov', 'odesa', 'odessa', 'crimea', 'donbas', 'sumy', 'mariupol', 'sevastopol']);
const isPlace = (text: string) => PLACES.has(text.toLowerCase().replace(/^the\s+/, ''));

/** A speaker or sentence subject a later pronoun may stand for; `plural` for a group ("Fans", "officials"). */
interface Salient { sentence: number; text: string; plural?: boolean }

/** Resolves who speaks: the subject of a reporting cue, a pronoun's antecedent, a document's source. */
export class Attributor {
  private readonly speakers: Salient[] = [];
  private readonly subjects: Salient[] = [];
  /** A speaker carried over from a cue that ends in a colon (list lines after "demanded:"). */
  carried: string | null = null;
  private readonly bySentence = new Map<number, Mention[]>();
  constructor(private readonly ws: WordStream, mentions: Mention[]) {
    for (const m of mentions) {
      const s = ws.sentence[m.first];
      const list = this.bySentence.get(s);
      if (list) list.push(m);
      else this.bySentence.set(s, [m]);
    }
  }

  /** The mentions of sentence s, in text order. */
  private in(s: number): Mention[] {
    return this.bySentence.get(s) ?? [];
  }

  /** Render a mention as a speaker: documents as "the <source> <document>", pronouns by their antecedent. */
  render(m: Mention): string | null {
    if (m.kind === 'pronoun') return this.antecedent(m.first);
    if (m.kind !== 'document') return m.text;
    const noun = (d: Mention) => d.text.replace(/^.*\s/, '');
    const source = this.documentSource(m);
    if (source) return `the ${source} ${noun(m)}`;
    const s = this.ws.sentence[m.first];
    let earlier: string | null = null;
    for (let i = Math.max(0, s - 4); i <= s; i++) {
      for (const d of this.in(i)) {
        const from = d.kind === 'document' && d.last < m.first ? this.documentSource(d) : null;
        if (from) earlier = `the ${from} ${noun(d)}`;
      }
    }
    return earlier ?? `the ${m.text}`;
  }

  private documentSource(doc: Mention): string | null {
    const s = this.ws.sentence[doc.first];
    const linker = new Set(['from', 'of', 'by', 'issued']);
    const after = this.in(s).find((m) => (m.kind === 'source' || m.kind === 'person') && m.first > doc.last && m.first - doc.last <= 3 &&
      linker.has(this.ws.exact[doc.last + 1]));
    if (after) return after.text;
    const before = this.in(s).filter((m) => (m.kind === 'source' || m.kind === 'person') && m.last < doc.first && doc.first - m.last <= 2);
    return (before.find((m) => m.kind === 'source') ?? before.pop())?.text ?? null;
  }

  /** The person or institution a pronoun at word w stands for: the nearest earlier one in its sentence, else the last salient speaker. */
  antecedent(w: number): string | null {
    const s = this.ws.sentence[w];
    const personal = PERSONAL.has(this.ws.exact[w]); // "he" is no country: "Russia, he added, wants ..."
    const near = this.in(s).filter((m) => m.last < w && (m.kind === 'person' || m.kind === 'source') && !(personal && (isPlace(m.text) || m.plural))).pop();
    if (near) return near.text;
    return this.lastSalient(s, personal);
  }

  /** The carried speaker, else the speaker or sentence subject of the latest of the three sentences before sentence s (a speaker first); for "he" or "she" (`personal`), no country, capital or institution, and no group. */
  lastSalient(s: number, personal = false): string | null {
    return this.salient(s, personal)?.text ?? null;
  }

  /** What lastSalient names, with whether it is a group. */
  private salient(s: number, personal: boolean): Salient | undefined {
    if (this.carried) return { sentence: s, text: this.carried };
    let best: Salient | undefined;
    for (const list of [this.speakers, this.subjects]) { // the latest sentence wins; a speaker over a subject in the same sentence
      for (let i = list.length - 1; i >= 0 && list[i].sentence >= s - 3; i--) {
        if (list[i].sentence >= s || (personal && (isPlace(list[i].text) || list[i].plural))) continue;
        if (!best || list[i].sentence > best.sentence) best = list[i];
        break;
      }
    }
    return best;
  }

  /** Record a sentence's first person or source as salient, unless the sentence is a title-case heading. */
  noteSentence(s: number, heading: boolean): void {
    if (heading) return;
    const m = this.in(s).find((x) => x.kind === 'person' || x.kind === 'source');
    if (m) this.subjects.push({ sentence: s, text: m.text, plural: m.plural });
  }

  /**
   * The subject of a verb at word `at` in sentence s: the nearest mention before it that is not the
   * object of a preposition ("spoke of Arctic projects"), a possessor ("Trump's drive") or a name used as
   * a modifier ("an anti-Russian bridgehead"), within
   * 12 words, else such a mention that opens the sentence, else the nearest mention within 12 words.
   */
  subjectBefore(s: number, at: number): Mention | undefined {
    const ws = this.ws;
    const before = this.in(s).filter((m) => m.last < at);
    const sentenceFirst = ws.sentenceFirstWord[s];
    const clauseStart = (w: number) => { while (w > sentenceFirst && ws.clause[w - 1] === ws.clause[w]) w--; return w; };
    let v = at - 1;
    while (v > sentenceFirst && ws.pos[v] === 'ADV' && ws.clause[v] === ws.clause[at]) v--;
    if (v > sentenceFirst && ws.clause[v] !== ws.clause[at]) { // a clause in commas right before the verb: "Kirill Dmitriev, Putin's envoy on investment, said", "The Kremlin, however, said"
      const aside = clauseStart(v);
      const named = before.find((m) => m.last === aside - 1 && m.kind !== 'pronoun');
      if (named && v - aside < APPOSITION_WORDS) return named;
    }
    const relative = (m: Mention) => RELATIVE.has(ws.exact[clauseStart(m.first)]); // "Yuri Ushakov, who received Zuppi, ... said": not Zuppi
    const modifier = (m: Mention) => m.kind === 'person' && m.last + 1 < ws.count && ws.sentence[m.last + 1] === s && ws.pos[m.last + 1] === 'NOUN'; // "an anti-Russian bridgehead", "the Russia-Ukraine war"
    const isSubject = (m: Mention) => (m.first === 0 || ws.sentence[m.first - 1] !== s || ws.pos[m.first - 1] !== 'ADP') && ws.exact[m.last + 1] !== "'s" && !modifier(m) && !relative(m);
    if (ws.pos[v] === 'CCONJ' && ws.clause[v] === ws.clause[at]) { // "Sybiha thanked Türkiye for its support and briefed ...": the verb shares the sentence's subject
      const opening = before.find((m) => isSubject(m) && m.first - sentenceFirst < 4);
      if (opening) return opening;
    }
    const near = before.filter((m) => at - m.last <= 12);
    return near.filter(isSubject).pop() ?? before.find((m) => isSubject(m) && m.first - sentenceFirst < 3) ?? near.pop();
  }

  /** Who speaks through a cue that names its source after it ("according to the Kremlin", "in the view of Beijing"). */
  sourceAfter(cue: Cue): string | null {
    const s = this.ws.sentence[cue.first];
    const after = this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4 && m.kind !== 'pronoun');
    const speaker = after ? this.render(after) : null;
    this.noteSpeaker(s, speaker, after);
    return speaker;
  }

  /** Who speaks through a cue that closes its sentence ("..., he said." / "..., said Zakharova."): its subject; a pronoun there points to an earlier sentence. */
  trailingSpeaker(cue: Cue, from: number): string | null {
    const s = this.ws.sentence[cue.first];
    const between = this.in(s).filter((m) => m.first >= from && m.last < cue.first);
    const own = this.subjectBefore(s, cue.first); // "..., Lavrov, the foreign minister, said.": Lavrov, not the aside
    const subject = (own && own.first >= from ? own : between.pop())
      ?? this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4); // "..., said Zakharova."
    const speaker = !subject || subject.kind === 'pronoun' ? this.lastSalient(s, !!subject && PERSONAL.has(this.ws.exact[subject.first])) : this.render(subject); // '"...," he said.' is no group or country
    this.noteSpeaker(s, speaker, subject);
    return speaker;
  }

  /** Who speaks through a reporting cue: the nearest mention before it in the sentence, else one right after it ("said Peskov"). */
  speakerOf(cue: Cue, allowAfter: boolean): string | null {
    const s = this.ws.sentence[cue.first];
    const own = this.in(s).find((m) => m.kind === 'document' && m.first <= cue.last && cue.first <= m.last);
    const before = own ?? this.subjectBefore(s, cue.first);
    let speaker: string | null = null;
    let from: Mention | undefined;
    if (before) { speaker = this.render(before); from = before; }
    else if (allowAfter) {
      const after = this.in(s).find((m) => m.first > cue.last && m.first - cue.last <= 4 && m.kind !== 'pronoun');
      if (after) { speaker = this.render(after); from = after; }
    }
    if (speaker === null) {
      const earlier = this.salient(s, false); // the group an earlier sentence named stays a group
      speaker = earlier?.text ?? null;
      if (speaker) this.speakers.push({ sentence: s, text: speaker, plural: earlier?.plural });
    } else this.noteSpeaker(s, speaker, from);
    return speaker;
  }

  /** Record the speaker found in sentence s for later pronouns, a group as such (`from` the mention it was rendered from). */
  private noteSpeaker(s: number, speaker: string | null, from: Mention | undefined): void {
    if (speaker) this.speakers.push({ sentence: s, text: speaker, plural: from?.kind !== 'pronoun' && !!from?.plural });
  }
}
