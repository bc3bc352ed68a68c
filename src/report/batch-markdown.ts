import { escapeMarkdown } from '../format/escape.js';
import type { BatchData } from './batch-records.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { count } from '../format/count.js';

/** The batch report in Markdown: one row per document, one column per category (abbreviations in the legend line), failed records listed. */
export function batchMarkdownReport(data: BatchData, options: { title?: string } = {}): string {
  const withDates = data.docs.some((d) => d.date !== null);
  const out = [`# ${escapeMarkdown(options.title ?? 'framelens batch report')}`, ''];
  out.push(`${count(data.docs.length, 'document')}${data.failed.length ? `, ${count(data.failed.length, 'failed record')}` : ''}. Scores per category; * marks a detected category.`, '');
  out.push(CATEGORY_ORDER.map((c) => `${CATEGORY_LOOKS[c].abbr} = ${c}`).join('; '), '');
  out.push(`| document |${withDates ? ' date |' : ''} ${CATEGORY_ORDER.map((c) => CATEGORY_LOOKS[c].abbr).join(' | ')} |`);
  out.push(`|---|${withDates ? '---|' : ''}${CATEGORY_ORDER.map(() => '---:').join('|')}|`);
  for (const d of data.docs) {
    const cells = CATEGORY_ORDER.map((c) => `${d.scores[c].toFixed(2)}${d.detected.includes(c) ? '*' : ''}`).join(' | ');
    out.push(`| ${escapeMarkdown(d.title ?? d.id)} |${withDates ? ` ${escapeMarkdown(d.date ?? '')} |` : ''} ${cells} |`);
  }
  if (data.failed.length) {
    out.push('', '## Failed records', '');
    for (const f of data.failed) out.push(`- line ${f.line}${f.id ? ` (${escapeMarkdown(f.id)})` : ''}: ${escapeMarkdown(f.message)}`);
  }
  return `${out.join('\n')}\n`;
}
