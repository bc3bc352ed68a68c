import { type MappedText, MappedTextBuilder, nextFinder } from './mapped-text.js';

const FENCE = /^ {0,3}(```|~~~)/;
const DROP_LINE = /^ {0,3}(?:\[[^\]]+\]:\s|([-*_])(?: *\1){2,} *$)/; // a link definition or a horizontal rule
const PREFIX = /^ {0,3}(?:#{1,6}(?=\s|$) *|(?:> ?)+)/; // a heading's #s, blockquote marks
const DEST = String.raw`(?:\((?:[^()\n]|\([^()\n]{0,100}\)){0,300}\)|\([^)\n]{0,300}\)|\[[^\][\n]{0,100}\])`; // (target), to the ')' that balances "Kyiv_(city)" or else the first; or [reference]
const LINK = new RegExp(String.raw`^!?\[([^\][\n]*)\]${DEST}`);
/** Links with brackets in their text tried per line, at most. */
const MAX_NESTED_TRIES = 50;
const NESTED_LINK = new RegExp(String.raw`^!?\[((?:[^\][\n]|\[[^\][\n]{0,100}\]){0,300})\]${DEST}`); // link text with brackets of its own: "[the [Kiev] regime](...)"
const LINKED_IMAGE = new RegExp(String.raw`^\[!\[([^\][\n]*)\]${DEST}\]${DEST}`); // [![alt](image)](target): the alt text is the prose
const WORD = /[\p{L}\p{N}]/u;
const TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?\/?>/; // an HTML tag in Markdown text; not an autolink (<https://...>) or "a < b"

/** Whether the '[' at a position has its ']' before any other '[' (checked in linear time over the whole text). */
interface Brackets { closes(at: number): boolean }

function brackets(md: string): Brackets {
  const [nextOpen, nextClose] = [nextFinder(md, '['), nextFinder(md, ']')];
  return { closes: (at) => { const close = nextClose(at + 1); const open = nextOpen(at + 1); return close >= 0 && close - at <= 600 && (open < 0 || close < open); } };
}

/** For each backtick run of a line (by its start), the end of the next run of the same length, which closes its code span (-1: none); one pass, so a line of many unmatched runs stays linear. */
function codeSpanEnds(line: string): Map<number, number> {
  const runs: [number, number][] = [];
  for (let k = line.indexOf('`'); k >= 0; k = line.indexOf('`', k)) {
    let end = k;
    while (line[end] === '`') end++;
    runs.push([k, end - k]);
    k = end;
  }
  const ends = new Map<number, number>();
  const later = new Map<number, number>(); // run length -> end of the nearest later run of that length
  for (let r = runs.length - 1; r >= 0; r--) { const [start, n] = runs[r]; ends.set(start, later.get(n) ?? -1); later.set(n, start + n); }
  return ends;
}

/** What inline() reads across lines: the links' brackets, where the next HTML comment closes, and a comment left open for the lines after. */
interface InlineState { brackets: Brackets; commentEnd: (at: number) => number; skipUntil: number }

/** Markup marks of one line: links and images read as their text, code spans, HTML tags and comments, emphasis marks and escapes dropped. */
function inline(line: string, base: number, out: MappedTextBuilder, state: InlineState): void {
  let run = 0;
  let spans: Map<number, number> | undefined;
  let lastTarget: number | undefined; // where the line's last "](" stands: a '[' after it opens no link
  let nestedTries = 0;
  const drop = (from: number, to: number) => { out.keep(base + run, base + from); out.put('', base + from, base + to); run = to; };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length && /[\\`*_{}[\]()#+\-.!>]/.test(line[i + 1])) { drop(i, i + 1); i++; continue; }
    const open = c === '[' ? i : c === '!' && line[i + 1] === '[' ? i + 1 : -1;
    if (c === '<') { // inline HTML: a comment (closed somewhere after, else it is text), or a tag
      if (line.startsWith('<!--', i)) {
        const close = state.commentEnd(base + i + 4);
        if (close >= 0 && close + 3 <= base + line.length) { drop(i, close + 3 - base); i = close + 2 - base; continue; }
        if (close >= 0) { drop(i, line.length); state.skipUntil = close + 3; return; } // the comment runs on into the lines after
      }
      const tag = TAG.exec(line.slice(i, i + 400));
      if (tag) { drop(i, i + tag[0].length); i += tag[0].length - 1; continue; }
    }
    const image = c === '[' && line.startsWith('![', i + 1) ? LINKED_IMAGE.exec(line.slice(i, i + 1000)) : null;
    const closes = open >= 0 && state.brackets.closes(base + open);
    const nested = !closes && open >= 0 && open < (lastTarget ??= line.lastIndexOf('](')) && nestedTries++ < MAX_NESTED_TRIES; // bounded: a line of brackets stays linear
    if (image || closes || nested) {
      const m = image ?? (closes ? LINK : NESTED_LINK).exec(line.slice(i, i + 1000));
      if (m) {
        const textStart = image ? i + 3 : i + m[0].indexOf('[') + 1;
        drop(i, textStart);
        out.keep(base + textStart, base + textStart + m[1].length);
        run = textStart + m[1].length;
        drop(run, i + m[0].length);
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '`') { // a code span is code, not prose: dropped whole; a backtick run without its closing run is dropped alone
      let j = i;
      while (line[j + 1] === '`') j++;
      spans ??= codeSpanEnds(line);
      const close = spans.get(i) ?? -1;
      drop(i, close < 0 ? j + 1 : close);
      i = (close < 0 ? j + 1 : close) - 1;
      continue;
    }
    if (c === '*' || c === '_') {
      let j = i;
      while (line[j + 1] === c && j - i < 2) j++;
      const before = line[i - 1] ?? ' ';
      const after = line[j + 1] ?? ' ';
      const opens = !/\s/.test(after) && (/\s/.test(before) || !WORD.test(before));
      const closes = !/\s/.test(before) && (/\s/.test(after) || !WORD.test(after));
      const intraword = WORD.test(before) && WORD.test(after);
      if (opens || closes || (c === '*' && intraword)) { drop(i, j + 1); i = j; continue; }
      i = j;
    }
  }
  out.keep(base + run, base + line.length);
}

/** Where YAML front matter ends (a "---" first line, to the next "---" or "..." line within 100 lines): the offset after it, or 0 for none. */
function frontMatterEnd(md: string): number {
  const first = /^---[ \t]*\r?\n/.exec(md);
  if (!first) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m;
  let at = first[0].length;
  for (let n = 0; n < 100 && at < md.length; n++) {
    let nl = md.indexOf('\n', at);
    if (nl < 0) nl = md.length;
    if (close.test(md.slice(at, nl))) return nl;
    at = nl + 1;
  }
  return 0;
}

/** Markdown as text: YAML front matter, blockquote marks, emphasis, inline code spans, HTML tags and comments and link targets dropped, fenced code and link definitions dropped; list markers and line structure kept; every character mapped to the original. */
export function stripMarkdown(md: string): MappedText {
  const out = new MappedTextBuilder(md);
  let inFence = false;
  const state: InlineState = { brackets: brackets(md), commentEnd: nextFinder(md, '-->'), skipUntil: 0 };
  const front = frontMatterEnd(md);
  let at = 0;
  while (at <= md.length) {
    let nl = md.indexOf('\n', at);
    if (nl < 0) nl = md.length;
    const line = md.slice(at, nl);
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (at < front) out.put('', at, at + body.length); // front matter: title, tags, dates, no prose
    else if (state.skipUntil >= at + body.length) out.put('', at, at + body.length); // inside an HTML comment
    else if (state.skipUntil > at) { // the line that closes an HTML comment
      out.put('', at, state.skipUntil);
      const from = state.skipUntil;
      state.skipUntil = 0;
      inline(md.slice(from, at + body.length), from, out, state);
    } else if (FENCE.test(body)) { inFence = !inFence; out.put('', at, at + body.length); }
    else if (inFence || DROP_LINE.test(body)) out.put('', at, at + body.length);
    else {
      const prefix = PREFIX.exec(body)?.[0].length ?? 0;
      out.put('', at, at + prefix);
      inline(body.slice(prefix), at + prefix, out, state);
    }
    out.keep(at + body.length, Math.min(nl + 1, md.length));
    at = nl + 1;
  }
  return out.build();
}
