import { CATEGORY_IDS } from '../taxonomy.js';
import type { AnalysisResult } from '../types.js';
import { clipAround } from './clip.js';
import { escapeTerminal } from './escape.js';
import { strongest } from './strongest.js';
import { count } from './count.js';
import { voiceLabel } from './turn.js';
import { turnSpeakerSummaries } from './turn-summary.js';
import { inQuotes } from './in-quotes.js';

const BAR_WIDTH = 20;

function bar(score: number): string {
  const n = Math.round(score * BAR_WIDTH);
  return `${'█'.repeat(n)}${'·'.repeat(BAR_WIDTH - n)}`;
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** Options of the text formatter (formatText). */
export interface FormatOptions {
  color?: boolean;
  top?: number;
  /** The analysed text, to show the sentence of each annotation. */
  text?: string;
  /** The length of the input as read, when the analysed text is its prose (markup stripped): the header gives both. */
  inputCharacters?: number;
}

/** Text formatter: categories with scores and bars, then the strongest annotations with voice, speaker and sentence. */
export function formatText(result: AnalysisResult, options: FormatOptions = {}): string {
  const color = options.color ?? false;
  const text = options.text;
  const lines: string[] = [];
  const { characters, tokens, sentences } = result.stats;
  lines.push(paint(color, '1', `framelens: ${escapeTerminal(result.source ?? 'text')}`) + `  ${count(characters, 'character')}${options.inputCharacters !== undefined && options.inputCharacters !== characters ? ` of prose (${options.inputCharacters} in the input)` : ''}, ${count(tokens, 'token')}, ${count(sentences, 'sentence')}, ${count(result.quotes.length, 'quote')}${result.turns?.length ? `, ${count(result.turns.length, 'speaker turn')}` : ''}`);
  lines.push('');
  lines.push(`${'category'.padEnd(22)} ${'score'.padStart(5)}  ${''.padEnd(BAR_WIDTH)}  count  author quoted reported`);
  for (const id of CATEGORY_IDS) {
    const c = result.categories[id];
    const mark = c.detected ? paint(color, '1;33', '●') : ' ';
    const v = c.byVoice;
    lines.push(`${mark} ${id.padEnd(20)} ${c.score.toFixed(2).padStart(5)}  ${paint(color && c.detected, '33', bar(c.score))}  ${String(c.count).padStart(5)}  ${v.author.toFixed(2).padStart(6)} ${v.quoted.toFixed(2).padStart(6)} ${v.reported.toFixed(2).padStart(8)}`);
  }
  lines.push(`● detected at score >= ${result.threshold}; a category's score combines its annotations' scores s as 1 - Π(1 - s) (off-topic: the strongest)`);
  const speakers = turnSpeakerSummaries(result);
  if (speakers.length) {
    lines.push('', 'by speaker (transcript turns):');
    const width = Math.min(24, Math.max(...speakers.map((s) => s.speaker.length)));
    for (const s of speakers) {
      const cats = s.scores.length ? s.scores.map((c) => `${c.detected ? '●' : ''}${c.category} ${c.score.toFixed(2)}`).join(', ') : 'no markers';
      lines.push(`  ${escapeTerminal(s.speaker.length > width ? `${s.speaker.slice(0, width - 1)}…` : s.speaker.padEnd(width))}  ${count(s.turns, 'turn').padStart(8)}  ${cats}`);
    }
  }
  const top = strongest(result.annotations, options.top ?? 10);
  if (top.length) {
    lines.push('', 'strongest markers:');
    for (const a of top) {
      const who = voiceLabel(result, a);
      const mods = a.modifiers.length ? ` [${a.modifiers.join(', ')}]` : '';
      lines.push(`  ${a.score.toFixed(2)} ${paint(color, '36', a.category)} ${inQuotes(escapeTerminal(a.text))} (${escapeTerminal(who)})${mods}`);
      lines.push(`       ${escapeTerminal(a.explanation.summary)}`);
      if (text !== undefined) {
        const s = result.sentences[a.sentence];
        lines.push(`       ${paint(color, '2', `> ${escapeTerminal(clipAround(text, s.start, s.end, a.start, a.end, 160))}`)}`);
      }
    }
  } else lines.push('', result.annotations.length ? `${count(result.annotations.length, 'framing marker')} found (--top 0: none listed)` : 'no framing markers found');
  return `${lines.join('\n')}\n`;
}
