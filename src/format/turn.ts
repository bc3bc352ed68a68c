import { turnAt } from '../pipeline/turns.js';
import type { AnalysisResult, Annotation } from '../types.js';

/** Who was speaking, by the transcript's turns, where an annotation stands; null outside turns (and for results written before `turns` existed). */
export function turnSpeaker(result: Pick<AnalysisResult, 'turns'>, a: Pick<Annotation, 'start' | 'end'>): string | null {
  return result.turns ? turnAt(result.turns, a.start, a.end)?.speaker ?? null : null;
}

/** An annotation's voice for display: "author", `author, turn "Maria Zakharova"` in a transcript's turn, or "quoted, Putin". */
export function voiceLabel(result: Pick<AnalysisResult, 'turns'>, a: Pick<Annotation, 'start' | 'end' | 'voice' | 'speaker'>): string {
  if (a.voice !== 'author') return `${a.voice}${a.speaker ? `, ${a.speaker}` : ''}`;
  const turn = turnSpeaker(result, a);
  return turn ? `author, turn "${turn}"` : 'author';
}
