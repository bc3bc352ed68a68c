import { voiceWithWho } from '../format/turn.js';
import type { MarkerWording } from './types.js';

/** How many wordings of a side the "in both" categories print before "and N more" (JSON has them all). */
export const WORDINGS_SHOWN = 3;

/** The wordings a format prints for one side of a shared category, and how many it leaves out. */
export function firstWordings(list: MarkerWording[], shown = WORDINGS_SHOWN): { shown: MarkerWording[]; more: number } {
  return { shown: list.slice(0, shown), more: Math.max(0, list.length - shown) };
}

/** Whose words a wording is, for display: `quoted, Lavrov`, with `; negated` when the text denies them ("cannot be ..."). */
export function wordingVoice(w: MarkerWording): string {
  return `${voiceWithWho(w.voice, w.speaker)}${w.negated ? '; negated' : ''}`;
}
