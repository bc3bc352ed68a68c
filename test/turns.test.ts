import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { formatText } from '../src/format/text.js';
import { turnSpeaker } from '../src/format/turn.js';
import { turnSpeakerSummaries } from '../src/format/turn-summary.js';
import { findTurns, turnAt } from '../src/pipeline/turns.js';
import { htmlReport } from '../src/report/html-report.js';
import { markdownReport } from '../src/report/markdown-report.js';
import { speakerRows } from '../src/report/speakers.js';
import { bin, cli, repoPath, testLexicon } from './helpers.js';

const PRESS = [
  'Press statements following Russian-Hungarian talks',
  '',
  'Vladimir Putin: We discussed the situation in detail. The Kyiv regime should never have started this.',
  '',
  'Viktor Orbán: Hungary wants a cease-fire now. We hope for peace talks soon.',
  'The talks must include everyone.',
  '',
  'Question: Are you ready to meet Zelensky?',
  '',
  'Vladimir Putin: Who would sign the documents?',
].join('\n');

const speakers = (text: string) => findTurns(text).map((t) => t.speaker);

describe('transcript turns (pipeline/turns.ts)', () => {
  it('finds each label line and runs the turn to the next one', () => {
    const turns = findTurns(PRESS);
    expect(turns.map((t) => t.speaker)).toEqual(['Vladimir Putin', 'Viktor Orbán', 'Question', 'Vladimir Putin']);
    expect(PRESS.slice(turns[1].start, turns[1].end)).toBe('Viktor Orbán: Hungary wants a cease-fire now. We hope for peace talks soon.\nThe talks must include everyone.');
    expect(turnAt(turns, PRESS.indexOf('include'), PRESS.indexOf('include') + 7)).toBe(turns[1]);
    expect(turnAt(turns, 0, 5)).toBeUndefined(); // the title stands before the first turn
  });
  it('takes briefing labels in capitals, roles and outlets', () => {
    expect(speakers('MS. LEAVITT: Thank you.\n\nQ: Is there a deal?\n\nMS. LEAVITT: Not yet.')).toEqual(['MS. LEAVITT', 'Q', 'MS. LEAVITT']);
    expect(speakers('AFP: What does China think?\n\nMao Ning: China supports dialogue.')).toEqual(['AFP', 'Mao Ning']);
  });
  it('finds no turns in prose, in a headline or in section headings', () => {
    expect(findTurns('Lavrov said: the talks went well.\nPeskov: no comment.')).toEqual([]); // one label line is not a transcript
    expect(findTurns('After Anchorage: a summit without Ukraine\n\nThe pictures told the story.\n\nLavrov: We are ready.')).toEqual([]);
    expect(findTurns('Russian Perspective: Putin’s Calculated Aloofness.\n\nText.\n\nArt of The Horrible Deal: A Reset on Moscow’s Terms?\n\nMore text.')).toEqual([]);
    expect(findTurns('Note: figures are provisional.\n\nUpdate: the vote was moved.')).toEqual([]);
  });
  it('keeps a label out of the sentence after it: "Question" is no subject', () => {
    const text = 'Maria Zakharova: We are ready.\n\nQuestion: European capitals insist that Russia wants peace talks.\n\nMaria Zakharova: No.';
    const a = analyze(text, { lexicon: testLexicon() }).annotations.find((x) => x.marker === 'fx-peace-talks')!;
    expect(a.voice).toBe('reported');
    expect(a.speaker).not.toBe('Question');
  });
  it('needs one strong label twice or two strong labels: single words must repeat', () => {
    expect(findTurns('Energy: prices rose.\n\nTransport: buses ran late.')).toEqual([]);
    expect(speakers('Peskov: No.\n\nPeskov: Yes.')).toEqual(['Peskov', 'Peskov']);
  });
});

describe('turns in the result and its formats', () => {
  const result = analyze(PRESS, { lexicon: testLexicon() });
  it('lists the turns in the JSON result, with ids', () => {
    expect(result.turns.map((t) => [t.id, t.speaker])).toEqual([['t1', 'Vladimir Putin'], ['t2', 'Viktor Orbán'], ['t3', 'Question'], ['t4', 'Vladimir Putin']]);
  });
  it('keeps the author voice and says whose turn it is in text, markdown and the speakers table', () => {
    const regime = result.annotations.find((a) => a.marker === 'fx-kyiv-regime')!;
    expect(regime).toMatchObject({ voice: 'author', speaker: null });
    expect(turnSpeaker(result, regime)).toBe('Vladimir Putin');
    expect(formatText(result)).toContain('"Kyiv regime" (author, turn "Vladimir Putin")');
    expect(markdownReport(result, { text: PRESS })).toContain('(author, turn "Viktor Orbán")');
    expect(htmlReport(result, { text: PRESS })).toContain('<th scope="row">Viktor Orbán</th>');
    const rows = speakerRows(result);
    expect(rows.find((r) => r.speaker === 'Viktor Orbán')).toMatchObject({ voices: ['author'], categories: ['peace-process'] });
    expect(rows.find((r) => r.speaker === 'author')).toBeUndefined();
    expect(turnSpeaker({ turns: undefined as never }, regime)).toBeNull(); // a result written before turns existed
  });
  it('scores each speaker on the markers of their turns, in text and markdown', () => {
    const summaries = turnSpeakerSummaries(result);
    expect(summaries.map((s) => [s.speaker, s.turns])).toEqual([['Vladimir Putin', 2], ['Viktor Orbán', 1], ['Question', 1]]);
    const putin = summaries[0];
    expect(putin.scores.map((c) => c.category).sort()).toEqual(['blame-shifting', 'delegitimization']);
    expect(putin.markers).toBe(result.annotations.filter((a) => turnSpeaker(result, a) === 'Vladimir Putin').length);
    expect(summaries[2]).toMatchObject({ markers: 0, scores: [] });
    const text = formatText(result);
    expect(text).toMatch(/by speaker \(transcript turns\):\n {2}Vladimir Putin +2 turns +●/);
    expect(text).toMatch(/Question +1 turn +no markers/);
    expect(markdownReport(result, { text: PRESS })).toMatch(/\| Viktor Orbán \| 1 \| \d+ \| \*\*peace-process \d\.\d\d\*\*/);
    expect(formatText(analyze('No transcript here. The Kyiv regime.', { lexicon: testLexicon() }))).not.toContain('by speaker');
  });
  it('gives a scare quote in a turn to the turn speaker, on the annotation and in both speaker tables, unless a possessive names its owner', () => {
    const text = 'Question: What about the talks?\n\nMaria Zakharova: The West keeps talking about so-called "peace talks". And then Kyiv\'s so-called "peace talks" began.\n\nQuestion: Thank you.';
    const r = analyze(text, { lexicon: testLexicon() });
    const [own, kyivs] = r.annotations.filter((a) => a.marker === 'fx-peace-talks');
    expect([own, kyivs].map((a) => [a.voice, a.speaker])).toEqual([['quoted', 'Maria Zakharova'], ['quoted', 'Kyiv']]);
    expect(speakerRows(r).find((x) => x.speaker === 'Maria Zakharova')).toMatchObject({ voices: ['quoted'], count: 1 });
    expect(speakerRows(r).find((x) => x.speaker === 'unknown speaker')).toBeUndefined();
    expect(turnSpeakerSummaries(r).find((x) => x.speaker === 'Maria Zakharova')!.markers).toBe(2); // a turn's markers in every voice, as for any quotation the speaker uses
    expect(analyze('The West keeps talking about so-called "peace talks".', { lexicon: testLexicon() }).annotations[0].speaker).toBeNull(); // no turn, no owner: unknown
  });
  it('maps turn offsets back into an HTML input', async () => {
    const html = `<html><body>${PRESS.split('\n\n').map((p) => `<p>${p.replace('Orbán', 'Orb&aacute;n')}</p>`).join('\n')}</body></html>`;
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'framelens-turns-')), 'press.html');
    writeFileSync(file, html);
    const r = await cli(['analyze', file, '--format', 'json', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')]);
    expect(r.code, r.err).toBe(0);
    const turns = JSON.parse(r.out).turns as { start: number; end: number; speaker: string }[];
    expect(turns.map((t) => t.speaker)).toEqual(['Vladimir Putin', 'Viktor Orbán', 'Question', 'Vladimir Putin']);
    expect(html.slice(turns[1].start, turns[1].end)).toMatch(/^Viktor Orb&aacute;n: Hungary [^<]* everyone\.$/);
  });
  it('names the turn speaker of the strongest markers in batch output', () => {
    const r = bin(['batch', '-', '--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml'), '--quiet'], { input: `${JSON.stringify({ id: 'press', text: PRESS })}\n` }); // worker threads run the build
    expect(r.code, r.err).toBe(0);
    const markers = JSON.parse(r.out).markers as { marker: string; voice: string; speaker: string | null }[];
    expect(markers.find((m) => m.marker === 'fx-kyiv-regime')).toMatchObject({ voice: 'author', speaker: 'Vladimir Putin' });
    expect(markers.find((m) => m.marker === 'fx-peace-talks')).toMatchObject({ voice: 'author', speaker: 'Viktor Orbán' });
  });
});

describe('the answers of a briefing are named after the spokesperson its heading names', () => {
  const briefing = (heading: string) => `${heading}\n\nQ: What about the talks?\n\nA: The Kiev regime is stalling the talks.\n\nQ: And the sanctions?\n\nA: They are illegal.\n`;
  const speakers = (text: string) => [...new Set(findTurns(text).map((t) => t.speaker))];
  it('names "A" after the office and name in the heading, either order, a possessive cut off', () => {
    expect(speakers(briefing("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 19, 2025"))).toEqual(['Q', 'A (Mao Ning)']);
    expect(speakers(briefing('Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 20, 2025'))).toEqual(['Q', 'A (Maria Zakharova)']);
    expect(speakers(briefing('Press Briefing by Press Secretary Karoline Leavitt'))).toEqual(['Q', 'A (Karoline Leavitt)']);
    expect(speakers(briefing('Department Press Briefing - Tammy Bruce, Department Spokesperson'))).toEqual(['Q', 'A (Tammy Bruce)']);
  });
  it('leaves "A" alone when the heading names no spokesperson, and other labels always', () => {
    expect(speakers(briefing('Regular briefing, March 20'))).toEqual(['Q', 'A']);
    expect(speakers('Spokesperson Mao Ning briefed.\n\nReporter: Any comment?\n\nMao Ning: We hope for talks.\n\nReporter: And then?\n\nMao Ning: Peace.\n')).toEqual(['Reporter', 'Mao Ning']);
  });
});
