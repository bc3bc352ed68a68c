import { escapeMarkdown } from '../format/escape.js';
import type { AnalysisResult, Annotation } from '../types.js';
import type { ReportOptions } from './html-report.js';
import { CATEGORY_LOOKS, CATEGORY_ORDER } from './palette.js';
import { speakerRows } from './speakers.js';
import { clip, wholeCut, wordCut } from '../format/clip.js';
import { noneListed, strongestByCategory } from './tables.js';
import { voiceLabel } from '../format/turn.js';
import { turnSpeakerSummaries } from '../format/turn-summary.js';
import { count } from '../format/count.js';
import { notEnglishWarning } from '../io/script-check.js';

/** The sentence around an annotation as a Markdown quote line, the marker in bold; up to max/2 characters each side, an ellipsis where the sentence is cut. */
export function excerpt(result: AnalysisResult, text: string, a: Annotation, max = 240): string {
  const s = result.sentences[a.sentence] ?? { start: a.start, end: a.end };
  const { from, to } = wordCut(text, wholeCut(text, Math.max(s.start, a.start - max / 2), Math.min(s.end, a.end + max / 2)), s.start, s.end, a.start, a.end); // no half emoji or word at a cut
  const before = text.slice(from, a.start);
  const after = text.slice(a.end, to);
  return `> ${from > s.start ? '…' : ''}${escapeMarkdown(before)}**${escapeMarkdown(a.text)}**${escapeMarkdown(after)}${to < s.end ? '…' : ''}`;
}

/** The category table in Markdown: score, count, detected and the score by voice. */
export function markdownCategoryTable(result: AnalysisResult): string {
  const rows = CATEGORY_ORDER.map((id) => {
    const c = result.categories[id];
    return `| ${id} | ${c.score.toFixed(2)} | ${c.count} | ${c.detected ? 'yes' : 'no'} | ${c.byVoice.author.toFixed(2)} | ${c.byVoice.quoted.toFixed(2)} | ${c.byVoice.reported.toFixed(2)} |`;
  });
  return ['| category | score | count | detected | author | quoted | reported |', '|---|---:|---:|---|---:|---:|---:|', ...rows].join('\n');
}

/** The single-text Markdown report: stats, category table, quotations, strongest markers with quoted excerpts. */
export function markdownReport(result: AnalysisResult, options: ReportOptions): string {
  const { text } = options;
  const s = result.stats;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(options.title ?? `framelens report: ${result.source ?? 'text'}`)}`, '');
  out.push(`${count(s.characters, 'character')}, ${count(s.tokens, 'token')}, ${count(s.sentences, 'sentence')}, ${count(result.quotes.length, 'quotation')}, ${count(result.annotations.length, 'annotation')}; a category is detected at a score of ${result.threshold} or more. A category's score combines the scores s of its annotations as 1 − Π(1 − s).`, '');
  const note = notEnglishWarning(text);
  if (note) out.push(`**Note**: ${escapeMarkdown(note)}.`, '');
  out.push('## Categories', '', markdownCategoryTable(result), '');
  out.push('## Quotations', '');
  if (result.quotes.length === 0) out.push('No quotations found.', '');
  else {
    out.push('| # | speaker | quotation |', '|---|---|---|');
    for (const q of result.quotes) out.push(`| ${q.id} | ${q.speaker ? escapeMarkdown(q.speaker) : '*unknown*'} | “${escapeMarkdown(clip(q.text, 200))}” |`);
    out.push('');
  }
  const speakers = speakerRows(result);
  if (speakers.length) {
    out.push('## Who said what', '');
    if (result.turns?.length) out.push('Each marker once, under who says its words: the speaker of a quotation or of reported speech, else the speaker of the turn it stands in.', '');
    out.push('| speaker | voice | markers | categories | strongest |', '|---|---|---:|---|---|');
    for (const r of speakers) out.push(`| ${escapeMarkdown(r.speaker)} | ${r.voices.join(', ')} | ${r.count} | ${r.categories.map((c) => `${c}${r.denied.includes(c) ? ' (negated)' : ''}`).join(', ')} | “${escapeMarkdown(clip(r.strongest.text, 80))}”${r.strongest.modifiers.includes('negated') ? ' (negated)' : ''} ${r.strongest.score.toFixed(2)} |`);
    out.push('');
  }
  const turnSpeakers = turnSpeakerSummaries(result);
  if (turnSpeakers.length) {
    out.push('## By speaker (transcript turns)', '', 'Category scores of every marker in each speaker\'s turns, quoted and reported ones too (so a count can differ from "Who said what"), made as the document\'s are; **bold** at the threshold or above.', '', '| speaker | turns | markers | categories |', '|---|---:|---:|---|');
    for (const s of turnSpeakers) out.push(`| ${escapeMarkdown(s.speaker)} | ${s.turns} | ${s.markers} | ${s.scores.map((c) => (c.detected ? `**${c.category} ${c.score.toFixed(2)}**` : `${c.category} ${c.score.toFixed(2)}`)).join(', ')} |`);
    out.push('');
  }
  out.push('## Strongest markers', '');
  const groups = strongestByCategory(result, options.top ?? 3);
  if (groups.length === 0) out.push(noneListed(result), '');
  for (const [id, list] of groups) {
    out.push(`### ${id} (${CATEGORY_LOOKS[id].abbr}, score ${result.categories[id].score.toFixed(2)})`, '');
    for (const a of list) {
      const mods = a.modifiers.length ? ` [${a.modifiers.join(', ')}]` : '';
      out.push(`- **${a.score.toFixed(2)}** “${escapeMarkdown(a.text)}” (${escapeMarkdown(voiceLabel(result, a))})${mods}: ${escapeMarkdown(a.explanation.summary)}`, '', `  ${excerpt(result, text, a)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
