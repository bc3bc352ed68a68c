import { summarizeCategories } from '../pipeline/summarize.js';
import { turnAt } from '../pipeline/turns.js';
import { personOf } from './speaker-name.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import type { AnalysisResult, Annotation } from '../types.js';

/** One transcript speaker: how many turns, and the category scores of the markers in those turns (every voice: a phrase the speaker quotes is still theirs to use). */
export interface TurnSpeakerSummary { speaker: string; turns: number; markers: number; scores: { category: CategoryId; score: number; detected: boolean }[] }

/** Per speaker of a transcript's turns, in order of first turn: category scores as the document's are made (summarize.ts), strongest first, only categories with markers. [] when the text has no turns. */
export function turnSpeakerSummaries(result: Pick<AnalysisResult, 'turns' | 'annotations' | 'threshold'>): TurnSpeakerSummary[] {
  const turns = result.turns ?? [];
  const bySpeaker = new Map<string, { turns: number; annotations: Annotation[] }>();
  for (const t of turns) {
    const who = personOf(t.speaker); // named as in every other table: "A (Lin Jian)" is Lin Jian
    const s = bySpeaker.get(who) ?? bySpeaker.set(who, { turns: 0, annotations: [] }).get(who)!;
    s.turns++;
  }
  for (const a of result.annotations) {
    const t = turnAt(turns, a.start, a.end);
    if (t) bySpeaker.get(personOf(t.speaker))!.annotations.push(a);
  }
  return [...bySpeaker].map(([speaker, s]) => {
    const cats = summarizeCategories(s.annotations, result.threshold);
    const scores = CATEGORY_IDS.filter((c) => cats[c].count > 0).map((c) => ({ category: c, score: cats[c].score, detected: cats[c].detected })).sort((x, y) => y.score - x.score);
    return { speaker, turns: s.turns, markers: s.annotations.length, scores };
  });
}
