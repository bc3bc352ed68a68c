import { escapeTerminal } from '../format/escape.js';
import type { LabelReading } from './labels.js';

/** Text lines for a label reading, appended to the analyze text output: document labels by group, then span labels. */
export function formatLabelsText(reading: LabelReading, text?: string): string {
  const lines = ['', `labels (${reading.set}: ${reading.title}):`];
  for (const [group, labels] of Object.entries(reading.document)) lines.push(`  ${group}: ${labels.length ? labels.join('; ') : '-'}`);
  if (reading.spans.length) {
    lines.push('  spans:');
    for (const s of reading.spans) {
      const quote = text === undefined ? '' : ` "${escapeTerminal(text.slice(s.start, s.end))}"`;
      lines.push(`    ${s.start}-${s.end}${quote}: ${s.labels.join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
