import { count } from '../format/count.js';
import type { CompareResult } from './types.js';

/** "1 of B's 3 annotations repeats" / "2 of B's 2 annotations repeat" / "0 of B's 1 annotation repeat": the echo counts with the noun and verb in agreement. */
export function echoCounts(r: CompareResult): string {
  const { echoed, annotations } = r.echoDetail;
  return `${echoed} of B's ${count(annotations, 'annotation')} ${echoed === 1 ? 'repeats' : 'repeat'}`;
}
