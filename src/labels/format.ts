import { escapeTerminal } from '../format/escape.js';
import type { LabelReading } from './labels.js';

/**
 * Text lines for a label reading, appended to the analyze text output: document labels by group, then span labels,
 * each quoted from `text` (the prose read); `offsets` gives the offsets to print for an annotation id when they index
 * another text (the input as read, markup included), as the JSON output's do.
 */
export function formatLabelsText(reading: LabelReading, text?: string, offsets?: (annotation: string) => { start: number; end: number } | undefined): string {
  const lines = ['', `labels (${reading.set}: ${reading.title}):`];
  for (const [group, labels] of Object.entries(reading.document)) lines.push(`  ${group}: ${labels.length ? labels.join('; ') : '-'}`);
  if (reading.spans.length) {
    lines.push('  spans:');
    for (const s of reading.spans) {
      const quote = text === undefined ? '' : ` "${escapeTerminal(text.slice(s.start, s.end))}"`;
      const at = offsets?.(s.annotation) ?? s;
      lines.push(`    ${at.start}-${at.end}${quote}: ${s.labels.join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
