import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { toOriginal } from '../src/io/mapped-text.js';
import { looksLikeHtml, stripHtml } from '../src/io/strip-html.js';
import { looksLikeMarkdown } from '../src/io/strip-markup.js';
import { detectMarkup, remapResult } from '../src/io/strip-markup.js';
import { stripMarkdown } from '../src/io/strip-md.js';
import { cli } from './helpers.js';
import { repoPath, testLexicon } from './helpers.js';

const fixture = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];
const dir = mkdtempSync(join(tmpdir(), 'framelens-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HTML = `<!DOCTYPE html>
<html><head><title>Readout</title><style>p { color: red }</style><script>var s = "<p>the Kyiv regime</p>";</script></head>
<body>
<h1>Readout of the call</h1>
<p class="lead">The war <em>should never</em> have started, and the <b>Kyiv</b> regime&rsquo;s envoy refused peace&nbsp;talks.</p>
<!-- <p>a hidden Kyiv regime</p> -->
<p>&ldquo;The so-called Zelensky regime refused peace talks,&rdquo; Lavrov said &amp; left.</p>
</body></html>`;

const MD = `# Readout of the call\r
\r
> The war **should never** have started, and the *Kyiv regime* refused [peace talks](https://example.org/talks).\r
\r
- “The so-called _Zelensky_ regime refused peace talks,” Lavrov said.\r
\r
\`\`\`\r
the Kyiv regime in a code block\r
\`\`\`\r
`;

/** Run the CLI on `content` saved as `name`, return the JSON result. */
async function analyzeFile(name: string, content: string, extra: string[] = []) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const r = await cli(['analyze', path, '--format', 'json', ...fixture, ...extra]);
  expect(r.code, r.err).toBe(0);
  return { json: JSON.parse(r.out), err: r.err };
}

describe('HTML input', () => {
  it('reads the prose: tags, scripts, styles and comments dropped, entities decoded, paragraphs kept', () => {
    const { text } = stripHtml(HTML);
    expect(text).not.toMatch(/[<>]|&\w+;|color: red|hidden/);
    expect(text).toContain('The war should never have started, and the Kyiv regime’s envoy refused peace\u00a0talks.');
    expect(text).toContain('“The so-called Zelensky regime refused peace talks,” Lavrov said & left.');
    expect(text).toMatch(/talks\.\s*\n\n\s*“The/);
  });
  it('maps every character back to the original', () => {
    const m = stripHtml(HTML);
    const at = m.text.indexOf('Kyiv regime’s');
    expect(HTML.slice(toOriginal(m, at, at + 'Kyiv regime’s'.length, HTML.length).start, toOriginal(m, at, at + 13, HTML.length).end)).toBe('Kyiv</b> regime&rsquo;s');
  });
  it('annotates an .html file with offsets into the original input', async () => {
    const { json, err } = await analyzeFile('readout.html', HTML);
    expect(err).toBe('');
    expect(json.stats.characters).toBe(HTML.length);
    expect(json.annotations.map((a: { marker: string }) => a.marker)).toEqual(['fx-never-started', 'fx-kyiv-regime', 'fx-peace-talks', 'fx-kyiv-regime', 'fx-peace-talks']);
    for (const a of json.annotations) expect(HTML.slice(a.start, a.end)).toBe(a.text);
    for (const q of json.quotes) expect(HTML.slice(q.start, q.end)).toBe(q.text);
    expect(json.annotations[0].text).toBe('should never</em> have started');
    expect(json.quotes).toHaveLength(1);
    expect(json.quotes[0].speaker).toBe('Lavrov');
  });
  it('says when a plain-text input looks like Markdown (a link), and stays quiet with --strip or on plain prose', async () => {
    const md = '# Readout\n\nThe [Kyiv regime](https://example.org/a) must go, Lavrov said about the war.\n';
    expect((await analyzeFile('note.txt', md)).err).toMatch(/^framelens: .*note\.txt: looks like Markdown; read as plain text \(--strip md reads past its links, emphasis and code\)$/m);
    expect((await analyzeFile('note.txt', md, ['--strip', 'md'])).err).toBe('');
    expect((await analyzeFile('note.txt', 'The Kyiv regime [1] must go (Lavrov, 2025).\n')).err).toBe('');
    expect(looksLikeMarkdown('# Title\n\nSome **bold** words.')).toBe(true);
    expect(looksLikeMarkdown('# 1 of 3\n\nA plain line.')).toBe(false);
  });
  it('detects HTML by content in a .txt file, says so on stderr, and --strip none turns it off', async () => {
    const { json, err } = await analyzeFile('page.txt', HTML);
    expect(err).toMatch(/page\.txt: looks like HTML, read with --strip html/);
    expect(json.annotations).toHaveLength(5);
    const plain = await analyzeFile('page.txt', HTML, ['--strip', 'none']);
    expect(plain.err).toBe('');
    expect(plain.json.annotations.some((a: { text: string }) => a.text.includes('<'))).toBe(false);
    expect(plain.json.annotations.map((a: { marker: string }) => a.marker)).toContain('fx-kyiv-regime');
  });
  it('does not take plain text with angle brackets for HTML', () => {
    expect(looksLikeHtml('If x < 3 and y > 2, the <b> tag is mentioned once.')).toBe(false);
    expect(looksLikeHtml('Close a bold run with </b> after the words.')).toBe(false); // a closing tag never opened
  });
  it('takes a short snippet whose tag is opened and closed for HTML (a paragraph piped to stdin)', () => {
    expect(looksLikeHtml('<p>The Kyiv <i>regime</i> must go, Lavrov said.</p>')).toBe(true);
    expect(looksLikeHtml('<P class="x">Talks resumed.</p>')).toBe(true);
    expect(detectMarkup('notes.txt', 'The war should never have started.')).toBe('none');
    expect(detectMarkup(null, HTML)).toBe('html');
    expect(detectMarkup('readout.md', 'x')).toBe('md');
  });
  it('keeps broken markup as text without crashing: unclosed tags, stray < and &, unknown entities', () => {
    const html = '<p>The Kyiv regime < refused &bogus; talks & <b unclosed the war <!-- never closed';
    const m = stripHtml(html);
    expect(m.text).toContain('The Kyiv regime < refused &bogus; talks & <b unclosed');
    const r = remapResult(analyze(m.text, { lexicon: testLexicon() }), m, html);
    for (const a of r.annotations) expect(html.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('Markdown input', () => {
  it('reads the prose: marks and link targets dropped, code blocks dropped, CRLF kept', () => {
    const { text } = stripMarkdown(MD);
    expect(text).toContain('Readout of the call\r\n\r\nThe war should never have started, and the Kyiv regime refused peace talks.\r\n');
    expect(text).toContain('- “The so-called Zelensky regime refused peace talks,” Lavrov said.');
    expect(text).not.toMatch(/example\.org|code block|```|\*\*|#/);
  });
  it('annotates an .md file with offsets into the original input', async () => {
    const { json } = await analyzeFile('readout.md', MD);
    expect(json.stats.characters).toBe(MD.length);
    expect(json.annotations.map((a: { marker: string }) => a.marker)).toEqual(['fx-never-started', 'fx-kyiv-regime', 'fx-peace-talks', 'fx-kyiv-regime', 'fx-peace-talks']);
    for (const a of json.annotations) expect(MD.slice(a.start, a.end)).toBe(a.text);
    expect(json.annotations[0].text).toBe('should never** have started');
    expect(json.annotations[2].text).toBe('peace talks');
    expect(json.annotations[3].text).toBe('so-called _Zelensky_ regime');
  });
  it('--strip md reads Markdown from stdin', async () => {
    const r = await cli(['analyze', '-', '--strip', 'md', '-f', 'json', ...fixture], MD);
    expect(JSON.parse(r.out).annotations).toHaveLength(5);
  });
  it('the text summary counts the prose and the input as read, as JSON counts the input', async () => {
    const text = await cli(['analyze', '-', '--strip', 'md', ...fixture], MD);
    const json = JSON.parse((await cli(['analyze', '-', '--strip', 'md', '-f', 'json', ...fixture], MD)).out);
    expect(text.out.split('\n')[0]).toMatch(new RegExp(`\\d+ characters of prose \\(${json.stats.characters} in the input\\)`));
  });
  it('rejects an unknown --strip value (exit 2)', async () => {
    expect((await cli(['analyze', '-', '--strip', 'pdf'], 'x')).code).toBe(2);
  });
});
