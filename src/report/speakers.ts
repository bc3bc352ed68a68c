import type { CategoryId, Voice } from '../taxonomy.js';
import type { AnalysisResult, Annotation } from '../types.js';
import { whoSays } from '../format/turn.js';
import { personOf } from '../format/speaker-name.js';
import { CATEGORY_ORDER } from './palette.js';

/** The framing one speaker carries in a text: the voices it speaks in, its markers, their categories and strongest one. */
export interface SpeakerRow {
  speaker: string; voices: Voice[]; count: number; categories: CategoryId[]; strongest: Annotation;
  /** The categories (of `categories`) in which every one of the speaker's markers is negated: the speaker denies that frame ("cannot be negotiated over the heads of Ukrainians"). */
  denied: CategoryId[];
}

/**
 * Who said what: annotations grouped by speaker ("author" for the text's own voice, or the speaker of a transcript's turn; "unknown speaker"
 * for unattributed quotes), most markers first; `denied` names the categories a speaker only negates. A title named after its holder counts as that person: "Russian President (Vladimir Putin)" is "Vladimir Putin".
 */
export function speakerRows(result: AnalysisResult): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow>();
  for (const a of result.annotations) {
    const named = whoSays(result, a);
    const who = named ? personOf(named) : a.voice === 'author' ? 'author' : 'unknown speaker';
    const row = rows.get(who) ?? rows.set(who, { speaker: who, voices: [], count: 0, categories: [], strongest: a, denied: [] }).get(who)!;
    const negated = a.modifiers.includes('negated');
    if (!row.categories.includes(a.category)) { if (negated) row.denied.push(a.category); }
    else if (!negated) row.denied = row.denied.filter((c) => c !== a.category);
    row.count += 1;
    if (!row.voices.includes(a.voice)) row.voices.push(a.voice);
    if (!row.categories.includes(a.category)) row.categories.push(a.category);
    if (a.score > row.strongest.score) row.strongest = a;
  }
  const order = (x: CategoryId, y: CategoryId) => CATEGORY_ORDER.indexOf(x) - CATEGORY_ORDER.indexOf(y);
  for (const row of rows.values()) { row.categories.sort(order); row.denied.sort(order); }
  return [...rows.values()].sort((x, y) => y.count - x.count || x.speaker.localeCompare(y.speaker));
}
