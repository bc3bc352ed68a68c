import { turnAt } from '../pipeline/turns.js';
import { personOf } from './speaker-name.js';
import type { Voice } from '../taxonomy.js';
import type { AnalysisResult, Annotation } from '../types.js';

/** Who was speaking, by the transcript's turns, where an annotation stands; null outside turns (and for results written before `turns` existed). */
export function turnSpeaker(result: Pick<AnalysisResult, 'turns'>, a: Pick<Annotation, 'start' | 'end'>): string | null {
  return result.turns ? turnAt(result.turns, a.start, a.end)?.speaker ?? null : null;
}

/** Who says an annotation's words: its quoted or reported speaker, or in the author voice the person of the transcript turn it stands in (personOf); null when the text names none. */
export function whoSays(result: Pick<AnalysisResult, 'turns'>, a: Pick<Annotation, 'start' | 'end' | 'voice' | 'speaker'>): string | null {
  if (a.voice !== 'author') return a.speaker;
  const turn = turnSpeaker(result, a);
  return turn === null ? null : personOf(turn); // "A (Lin Jian)", a briefing's answer turn, is Lin Jian: one name in every table
}

/** An annotation's voice for display: "author", `author, turn "Maria Zakharova"` in a transcript's turn, or "quoted, Putin". */
export function voiceLabel(result: Pick<AnalysisResult, 'turns'>, a: Pick<Annotation, 'start' | 'end' | 'voice' | 'speaker'>): string {
  return voiceWithWho(a.voice, whoSays(result, a));
}

/** A voice and who says the words (as `whoSays` gives it) for display, as `voiceLabel` prints them. */
export function voiceWithWho(voice: Voice, who: string | null): string {
  if (voice !== 'author') return `${voice}${who ? `, ${who}` : ''}`;
  return who ? `author, turn "${who}"` : 'author';
}
