import { type MappedText, MappedTextBuilder, nextFinder } from './mapped-text.js';

/** Elements whose content is not prose: dropped with their content. */
const RAW = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head']);
/** Elements that start a paragraph: they become a blank line. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'figure', 'figcaption', 'pre', 'hr', 'dl', 'title',
  'body', 'html', 'form', 'address', 'caption', 'details', 'summary']);
const CELL = new Set(['td', 'th', 'dt', 'dd']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', hellip: '…', shy: '', zwnj: '', zwj: '',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', bull: '•', middot: '·', eacute: 'é', egrave: 'è', aacute: 'á',
  oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', euro: '€', pound: '£', copy: '©', deg: '°', prime: '′',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/y;
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/][^]*)?>$/;

/** Decode one character reference at `at`: the text it stands for and its length, or null when it is not one. */
function entityAt(text: string, at: number): { value: string; length: number } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(text);
  if (!m) return null;
  if (m[3] !== undefined) {
    const named = Object.hasOwn(ENTITIES, m[3].toLowerCase()) ? ENTITIES[m[3].toLowerCase()] : undefined;
    return named === undefined ? null : { value: named, length: m[0].length };
  }
  const cp = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2], 16);
  const ok = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return { value: ok ? String.fromCodePoint(cp) : '\ufffd', length: m[0].length };
}


/**
 * The '>' that ends the tag opened at `at`, before `limit` (the next '<'), or -1: a '>' inside a quoted attribute value
 * (`title="a > b"`) does not end it. Each '<' scans only to the next one, so all tags together are read in linear time.
 */
function tagEnd(html: string, at: number, limit: number): number {
  let quote = '';
  let afterEquals = false;
  for (let j = at + 1; j < limit; j++) {
    const ch = html[j];
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '>') return j;
    if ((ch === '"' || ch === "'") && afterEquals) quote = ch;
    if (ch === '=') afterEquals = true;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') afterEquals = false;
  }
  return -1;
}

/** HTML as text: tags dropped (paragraph tags become blank lines), scripts, styles and comments dropped, entities decoded, line breaks inside text read as spaces; every character mapped to the original. */
export function stripHtml(html: string): MappedText {
  const out = new MappedTextBuilder(html);
  let run = 0; // start of the pending run of plain text
  let i = 0;
  const flush = (to: number) => { out.keep(run, to); };
  const [nextGt, nextLt, nextCommentEnd] = [nextFinder(html, '>'), nextFinder(html, '<'), nextFinder(html, '-->')];
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      const next = html[i + 1] ?? '';
      const gt = nextGt(i);
      let end = -1;
      let put = '';
      if (html.startsWith('<!--', i)) { const e = nextCommentEnd(i + 4); end = e < 0 ? -1 : e + 3; }
      else if (next === '!' || next === '?') end = gt < 0 ? -1 : gt + 1;
      else {
        const lt = nextLt(i + 1);
        const close = tagEnd(html, i, lt < 0 ? html.length : lt);
        const m = close < 0 ? null : TAG.exec(html.slice(i, close + 1));
        if (m) {
          end = close + 1;
          const name = m[2].toLowerCase();
          if (RAW.has(name) && !m[1] && !m[0].endsWith('/>')) {
            const close = new RegExp(`</${name}\\s*>`, 'gi');
            close.lastIndex = end;
            end = close.exec(html) ? close.lastIndex : html.length;
            put = name === 'head' ? '\n\n' : '';
          } else put = BLOCK.has(name) ? '\n\n' : name === 'br' ? '\n' : CELL.has(name) ? ' ' : '';
        }
      }
      if (end > i) { flush(i); out.put(put, i, end); i = run = end; continue; }
    } else if (c === '&') {
      const e = entityAt(html, i);
      if (e) { flush(i); out.put(e.value, i, i + e.length); i = run = i + e.length; continue; }
    } else if (c === '\n' || c === '\r' || c === '\t') {
      flush(i); out.put(' ', i, i + 1); i = run = i + 1; continue;
    }
    i++;
  }
  flush(html.length);
  return out.build();
}

const KNOWN_TAGS = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|td|tr|strong|em|b|i|article|section|blockquote|body|html|head|meta|title|script|style)\b[^>]*>/gi;

/**
 * True when a text looks like HTML: it starts with a doctype or <html>, or holds a known HTML tag
 * that is opened and closed again ("<p>...</p>", a snippet piped to stdin), or five known tags.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(head)) return true;
  const tags = head.match(KNOWN_TAGS) ?? [];
  if (tags.length >= 5 && tags.some((t) => t.startsWith('</'))) return true;
  const opened = new Set(tags.filter((t) => !t.startsWith('</')).map(tagName));
  return tags.some((t) => t.startsWith('</') && opened.has(tagName(t)));
}

/** The lower-case name of a tag: "<P class=x>" and "</p>" are both "p". */
function tagName(tag: string): string {
  return /^<\/?([a-z0-9]+)/i.exec(tag)![1].toLowerCase();
}
