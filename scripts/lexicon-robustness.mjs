#!/usr/bin/env node
// Metamorphic robustness of the lexicons: every marker example that fires its marker is rewritten in
// ways that keep its frame (an adjective or adverb put in, a determiner or possessive swapped, the
// head noun's number or the verb's tense changed, British/American spelling, quotation and reported
// speech), and each variant is analysed again: does the marker (or at least its category) still fire?
// The examples are our own short sentences, so this measures how rigid each pattern is, not corpus
// recall. Reads dist/ (run `npm run build` first; `npm run robustness` does). Not part of `npm test`.
//
//   node scripts/lexicon-robustness.mjs [--lexicons DIR] [--transform a,b] [--category c] [--marker id]
//                                       [--failures N] [--worst N] [--json]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/analyze.js';
import { compileLexicon } from '../dist/lexicon/compile.js';
import { loadLexiconSources } from '../dist/lexicon/load.js';
import { wink } from '../dist/pipeline/read-by-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Options

function options(argv) {
  const o = { lexicons: join(root, 'lexicons'), transforms: null, category: null, marker: null, failures: 0, worst: 4, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--lexicons') o.lexicons = next();
    else if (a === '--transform') o.transforms = next().split(',');
    else if (a === '--category') o.category = next();
    else if (a === '--marker') o.marker = next();
    else if (a === '--failures') o.failures = Number(next());
    else if (a === '--worst') o.worst = Number(next());
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  return o;
}

function usage(problem) {
  if (problem) process.stderr.write(`lexicon-robustness: ${problem}\n`);
  process.stderr.write('usage: node scripts/lexicon-robustness.mjs [--lexicons DIR] [--transform a,b] [--category c] [--marker id] [--failures N] [--worst N] [--json]\n');
  process.exit(problem ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Tokens: wink-nlp values, parts of speech and lemmas, with offsets into the text

function tokensOf(text) {
  const nlp = wink();
  const its = nlp.its;
  const toks = nlp.readDoc(text).tokens();
  const value = toks.out(its.value);
  const pos = toks.out(its.pos);
  const lemma = toks.out(its.lemma);
  const spaces = toks.out(its.precedingSpaces);
  const out = [];
  let cursor = 0;
  for (let i = 0; i < value.length; i++) {
    let at = cursor + spaces[i].length;
    if (!text.startsWith(value[i], at)) at = text.indexOf(value[i], cursor);
    if (at < 0) return null; // wink normalised something: no reliable offsets, the example is skipped
    const word = /[\p{L}\p{N}]/u.test(value[i]);
    out.push({ v: value[i], lower: value[i].toLowerCase(), pos: pos[i], lemma: String(lemma[i]).toLowerCase(), start: at, end: at + value[i].length, word });
    cursor = at + value[i].length;
  }
  return out;
}

/** The text with [start, end) replaced. */
const splice = (text, start, end, insert) => text.slice(0, start) + insert + text.slice(end);

/** The replacement keeps a capital first letter where the original had one. */
const likeCase = (orig, repl) => (/^\p{Lu}/u.test(orig) && !/^\p{Lu}/u.test(repl) ? repl[0].toUpperCase() + repl.slice(1) : repl);

/** The previous / next word token of token index i (or undefined). */
function prevWord(toks, i) { for (let j = i - 1; j >= 0; j--) if (toks[j].word || toks[j].v === "'s") return j; return undefined; }
function nextWord(toks, i) { for (let j = i + 1; j < toks.length; j++) if (toks[j].word) return j; return undefined; }

// ---------------------------------------------------------------------------------------------
// Inflection (small and conservative: a form it is not sure of is not produced)

const IRREGULAR_PLURAL = new Map(Object.entries({
  crisis: 'crises', analysis: 'analyses', basis: 'bases', thesis: 'theses', child: 'children', man: 'men', woman: 'women',
  person: 'people', life: 'lives', wife: 'wives', criterion: 'criteria', phenomenon: 'phenomena', foot: 'feet', ally: 'allies',
}));
const IRREGULAR_SINGULAR = new Map([...IRREGULAR_PLURAL].map(([s, p]) => [p, s]));
/** Nouns whose number is not free: mass nouns and plurals with their own sense. */
const NUMBER_FIXED = new Set([
  'security', 'aggression', 'peace', 'assistance', 'aid', 'information', 'evidence', 'support', 'news', 'equipment', 'weaponry',
  'talks', 'hostilities', 'arms', 'forces', 'means', 'affairs', 'relations', 'media', 'people', 'sovereignty', 'independence',
  'integrity', 'propaganda', 'genocide', 'terrorism', 'nazism', 'neutrality', 'justice', 'damage', 'intelligence', 'aviation',
  'infrastructure', 'leadership', 'guidance', 'funding', 'training', 'advice', 'progress', 'escalation', 'de-escalation',
  'headquarters', 'series', 'status', 'crossfire', 'diplomacy', 'responsibility', 'accountability', 'humanity', 'staff', 'police',
  'personnel', 'electricity', 'heating', 'water', 'food', 'grain', 'energy', 'gas', 'oil', 'fuel', 'shelling', 'bloodshed', 'violence',
  'unity', 'solidarity', 'resolve', 'courage', 'history', 'nature', 'logic', 'rhetoric', 'behavior', 'behaviour', 'ukraine', 'russia',
]);
const MASS_SUFFIX = /(tion|sion|ism|ness|ity|ance|ence|ship|acy|ing|ics|ure|ment|ty|y|ism|ogy|ia|is|us|um|i|o|x|ur|ed)$/;
const COUNTABLE = new Set(['negotiation', 'condition', 'resolution', 'question', 'position', 'operation', 'sanction', 'election', 'provocation', 'violation', 'action', 'decision', 'declaration', 'institution', 'nation', 'region', 'proposal', 'agreement', 'statement', 'country', 'party', 'city', 'army', 'enemy', 'ally', 'treaty', 'community', 'territory', 'authority', 'settlement', 'commitment', 'crisis', 'summit', 'meeting', 'building', 'killing', 'attack', 'guarantee', 'demand', 'concession', 'strike', 'threat', 'regime', 'state', 'border', 'referendum', 'deal', 'plan', 'initiative', 'step', 'force', 'weapon', 'missile', 'drone', 'soldier', 'civilian', 'child', 'family', 'hospital', 'school', 'home', 'life']);
const isPlural = (w) => IRREGULAR_SINGULAR.has(w) || (/[^s'u]s$/.test(w) && !/(ss|us|is|ics)$/.test(w));

function pluralize(w) {
  if (IRREGULAR_PLURAL.has(w)) return IRREGULAR_PLURAL.get(w);
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}
function singularize(w) {
  if (IRREGULAR_SINGULAR.has(w)) return IRREGULAR_SINGULAR.get(w);
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return null;
}

/** base: [3rd person singular, past, past participle]. */
const IRREGULAR_VERB = new Map(Object.entries({
  be: ['is', 'was', 'been'], have: ['has', 'had', 'had'], do: ['does', 'did', 'done'], go: ['goes', 'went', 'gone'],
  seek: ['seeks', 'sought', 'sought'], lead: ['leads', 'led', 'led'], take: ['takes', 'took', 'taken'], break: ['breaks', 'broke', 'broken'],
  drive: ['drives', 'drove', 'driven'], make: ['makes', 'made', 'made'], give: ['gives', 'gave', 'given'], bring: ['brings', 'brought', 'brought'],
  send: ['sends', 'sent', 'sent'], spend: ['spends', 'spent', 'spent'], build: ['builds', 'built', 'built'], keep: ['keeps', 'kept', 'kept'],
  hold: ['holds', 'held', 'held'], tell: ['tells', 'told', 'told'], say: ['says', 'said', 'said'], see: ['sees', 'saw', 'seen'],
  steal: ['steals', 'stole', 'stolen'], begin: ['begins', 'began', 'begun'], fight: ['fights', 'fought', 'fought'], hit: ['hits', 'hit', 'hit'],
  put: ['puts', 'put', 'put'], set: ['sets', 'set', 'set'], cut: ['cuts', 'cut', 'cut'], win: ['wins', 'won', 'won'], lose: ['loses', 'lost', 'lost'],
  pay: ['pays', 'paid', 'paid'], sell: ['sells', 'sold', 'sold'], buy: ['buys', 'bought', 'bought'], leave: ['leaves', 'left', 'left'],
  feel: ['feels', 'felt', 'felt'], stand: ['stands', 'stood', 'stood'], understand: ['understands', 'understood', 'understood'],
  know: ['knows', 'knew', 'known'], show: ['shows', 'showed', 'shown'], throw: ['throws', 'threw', 'thrown'], draw: ['draws', 'drew', 'drawn'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn'], undertake: ['undertakes', 'undertook', 'undertaken'], forget: ['forgets', 'forgot', 'forgotten'],
  choose: ['chooses', 'chose', 'chosen'], speak: ['speaks', 'spoke', 'spoken'], rise: ['rises', 'rose', 'risen'], fall: ['falls', 'fell', 'fallen'],
  write: ['writes', 'wrote', 'written'], shoot: ['shoots', 'shot', 'shot'], meet: ['meets', 'met', 'met'], run: ['runs', 'ran', 'run'],
  come: ['comes', 'came', 'come'], become: ['becomes', 'became', 'become'], get: ['gets', 'got', 'got'], find: ['finds', 'found', 'found'],
  think: ['thinks', 'thought', 'thought'], teach: ['teaches', 'taught', 'taught'], mean: ['means', 'meant', 'meant'], let: ['lets', 'let', 'let'],
  strike: ['strikes', 'struck', 'struck'], overcome: ['overcomes', 'overcame', 'overcome'], foresee: ['foresees', 'foresaw', 'foreseen'],
  abide: ['abides', 'abode', 'abided'], sit: ['sits', 'sat', 'sat'], lie: ['lies', 'lay', 'lain'], bind: ['binds', 'bound', 'bound'], hang: ['hangs', 'hung', 'hung'], spread: ['spreads', 'spread', 'spread'], lend: ['lends', 'lent', 'lent'], bear: ['bears', 'bore', 'borne'], unleash: ['unleashes', 'unleashed', 'unleashed'], blow: ['blows', 'blew', 'blown'], freeze: ['freezes', 'froze', 'frozen'], shake: ['shakes', 'shook', 'shaken'],
}));
const DOUBLING = new Set(['commit', 'refer', 'admit', 'permit', 'occur', 'prefer', 'omit', 'submit', 'control', 'compel', 'regret', 'transfer', 'propel', 'patrol', 'rebel', 'incur', 'deter', 'abet', 'equip']);

/** [3sg, past, past participle] of a base form, or null when unsure. */
function verbForms(base) {
  if (IRREGULAR_VERB.has(base)) return IRREGULAR_VERB.get(base);
  if (!/^[a-z]+$/.test(base) || base.length < 3) return null;
  const s = /(s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  let past;
  if (/e$/.test(base)) past = `${base}d`;
  else if (/[^aeiou]y$/.test(base)) past = `${base.slice(0, -1)}ied`;
  else if (DOUBLING.has(base) || /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base)) past = base + base.at(-1) + 'ed';
  else if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && !/(er|en|on|el|it|et|al|ol|om|op)$/.test(base)) return null; // doubling unsure
  else past = `${base}ed`;
  return [s, past, past];
}

/** The form a finite verb token has: '3sg', 'past', 'base' (present, not 3sg), or null. */
function verbForm(tok) {
  const f = verbForms(tok.lemma);
  if (!f) return null;
  if (tok.lower === f[0]) return '3sg';
  if (tok.lower === f[1]) return 'past';
  if (tok.lower === tok.lemma) return 'base';
  return null;
}

const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'not', "n't", 'never']);

/** The first main verb token inside the span (skipping auxiliaries), or undefined. */
function spanVerb(toks, span) {
  for (const i of span) if (toks[i].pos === 'VERB' && !AUX_WORDS.has(toks[i].lower)) return i;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Transformations: each takes { text, toks, span } (span = indexes of the word tokens of the
// marker's match) and returns the variants [{ text, what }] ([] when it does not apply).

const ADJECTIVES = ['current', 'latest', 'ongoing', 'so-called'];
/** Words after which a noun phrase's adjectives begin: articles, demonstratives, possessives. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'any', "'s", '’s']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** Adjectives that take no adjective before them. */
const QUANTIFYING = new Set(['whole', 'own', 'next', 'previous', 'current', 'latest', 'ongoing', 'single', 'same', 'other', 'only', 'entire', 'last', 'first', 'very', 'such', 'lot', 'rest', 'majority', 'number']);

/** An adjective at the start of a noun phrase inside the span: "the root causes" -> "the current root causes". */
function adjective({ text, toks, span }) {
  const out = [];
  for (const i of span) {
    const t = toks[i];
    const p = prevWord(toks, i);
    if (p === undefined || !['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) continue;
    const prev = toks[p];
    if (!NP_OPENERS.has(prev.lower) || (prev.lower === 'that' && prev.pos !== 'DET')) continue;
    if (t.pos === 'PROPN' && (!/^(the|this|that|these|those)$/.test(prev.lower) || toks[nextWord(toks, i) ?? i].pos === 'PROPN')) continue; // not "the current United States"
    if (QUANTIFYING.has(t.lower)) continue; // not "the current whole world"
    for (const adj of ADJECTIVES) {
      let s = splice(text, t.start, t.start, `${adj} `);
      if (/^an?$/.test(prev.lower)) s = splice(s, prev.start, prev.end, likeCase(prev.v, /^[aeiou]/.test(adj) ? 'an' : 'a'));
      out.push({ text: s, what: `+${adj} before "${t.v}"` });
    }
  }
  return out;
}

/** Nouns after which "Russian X" reads as "Russia's X" (not gas, assets, land, firms). */
const RUSSIAN_HEADS = new Set(['security', 'interests', 'interest', 'concerns', 'position', 'positions', 'leadership', 'side', 'diplomacy', 'proposal', 'proposals', 'demands', 'demand', 'aggression', 'war', 'invasion', 'troops', 'forces', 'army', 'strikes', 'attacks', 'offensive', 'occupation', 'terms', 'conditions', 'stance', 'approach', 'policy']);
const SINGULAR_DETS = ['this', 'that'];
const PLURAL_DETS = ['these', 'those'];
const POSSESSORS = [["Russia's"], ["Moscow's"], ["the Kremlin's"]];

/** Determiners swapped (the/this/that/these/those/any) and possessives (Russia's/Moscow's/the Kremlin's). */
function determiner({ text, toks, span }) {
  const out = [];
  const first = span[0];
  const before = prevWord(toks, first);
  const idx = before !== undefined && toks[before].pos === 'DET' ? [before, ...span] : span;
  for (const i of idx) {
    const t = toks[i];
    const relative = t.lower === 'that' && (t.pos !== 'DET' || ['NOUN', 'PROPN', 'PRON'].includes(toks[prevWord(toks, i) ?? i].pos));
    if (!relative && (t.pos === 'DET' || ['this', 'that', 'these', 'those', 'any'].includes(t.lower))) {
      const n = nextWord(toks, i);
      if (n === undefined || !['NOUN', 'ADJ'].includes(toks[n].pos) || /^\p{Lu}/u.test(toks[n].v)) continue; // not "this West"
      let head = n; // the noun the determiner belongs to
      while (head !== undefined && toks[head].pos === 'ADJ') head = nextWord(toks, head);
      const plural = head !== undefined && isPlural(toks[head].lower);
      let alts = [];
      if (t.lower === 'the') alts = plural ? ['these', ''] : ['this', 'that'];
      else if (['this', 'that', 'these', 'those', 'any'].includes(t.lower)) alts = ['the', ...(plural ? PLURAL_DETS : SINGULAR_DETS).filter((d) => d !== t.lower)];
      for (const d of alts) {
        const end = d === '' ? toks[n].start : t.end;
        const rep = d === '' ? '' : likeCase(t.v, d);
        const fixed = d === '' && /^\p{Lu}/u.test(t.v) ? splice(text, toks[n].start, toks[n].start + 1, toks[n].v[0].toUpperCase()) : text;
        out.push({ text: splice(fixed, t.start, end, rep), what: `"${t.v}" -> "${d || '(none)'}"` });
      }
    }
    // possessives: Russia's / Moscow's / the Kremlin's, and "Russian X" -> "Russia's X"
    const n = i + 1 < toks.length ? i + 1 : undefined;
    if (n !== undefined && toks[n].v.replace('’', "'") === "'s" && ['russia', 'moscow', 'kremlin'].includes(t.lower)) {
      const p = prevWord(toks, i);
      const startAt = t.lower === 'kremlin' && p !== undefined && toks[p].lower === 'the' ? toks[p].start : t.start;
      const orig = text.slice(startAt, toks[n].end);
      for (const [alt] of POSSESSORS) {
        if (alt.toLowerCase() === orig.toLowerCase().replace('’', "'")) continue;
        out.push({ text: splice(text, startAt, toks[n].end, startAt === 0 ? likeCase(orig, alt) : alt), what: `"${orig}" -> "${alt}"` });
      }
    } else if (t.lower === 'russian' && nextWord(toks, i) !== undefined && RUSSIAN_HEADS.has(toks[nextWord(toks, i)].lower)) {
      out.push({ text: splice(text, t.start, t.end, "Russia's"), what: '"Russian" -> "Russia\'s"' });
    }
  }
  return out;
}

const AGREE = new Map([['is', 'are'], ['are', 'is'], ['was', 'were'], ['were', 'was'], ['has', 'have'], ['have', 'has']]);

/** The span's head noun in the other number, with its determiner and a following auxiliary agreeing. */
function number({ text, toks, span }) {
  // head: the last noun of the span's first run of nouns
  let head;
  for (const i of span) {
    if (toks[i].pos === 'NOUN') head = i;
    else if (head !== undefined) break;
  }
  if (head === undefined) return [];
  const t = toks[head];
  if (NUMBER_FIXED.has(t.lower) || t.v.includes('-') || t.lower.length < 3) return [];
  const plural = isPlural(t.lower) && t.lemma !== t.lower;
  if (!plural && (MASS_SUFFIX.test(t.lower) && !COUNTABLE.has(t.lower))) return []; // "mobilization", "patience": no plural
  const other = plural ? (IRREGULAR_SINGULAR.get(t.lower) ?? (singularize(t.lower) === t.lemma ? t.lemma : null)) : pluralize(t.lower);
  if (!other || other === t.lower) return [];
  const edits = [[t.start, t.end, likeCase(t.v, other)]];
  // the determiner opening the noun phrase
  let d = prevWord(toks, head);
  while (d !== undefined && ['ADJ', 'NOUN', 'PROPN'].includes(toks[d].pos)) d = prevWord(toks, d);
  if (d !== undefined && toks[d].pos === 'DET') {
    const det = toks[d].lower;
    const swap = { this: 'these', these: 'this', that: 'those', those: 'that' }[det];
    if (swap) edits.push([toks[d].start, toks[d].end, likeCase(toks[d].v, swap)]);
    else if ((det === 'a' || det === 'an') && !plural) edits.push([toks[d].start, nextWord(toks, d) !== undefined ? toks[nextWord(toks, d)].start : toks[d].end, '']);
    else if ((det === 'every' || det === 'each') && !plural) return [];
    else if (['many', 'several', 'both', 'all', 'few'].includes(det) && plural) return [];
  } else if (plural && !(d !== undefined && (toks[d].pos === 'PRON' || toks[d].v === "'s"))) {
    // a bare plural made singular needs an article: "sanctions hurt" -> "the sanction hurt" reads oddly; skip
    return [];
  }
  // a verb right after the noun phrase agrees
  const a = nextWord(toks, head);
  if (a !== undefined && AGREE.has(toks[a].lower) && !(toks[a].lower === 'have' && toks[a].pos === 'VERB')) edits.push([toks[a].start, toks[a].end, AGREE.get(toks[a].lower)]);
  edits.sort((x, y) => y[0] - x[0]);
  let out = text;
  for (const [s, e, r] of edits) out = splice(out, s, e, r);
  return [{ text: out, what: `"${t.v}" -> "${other}"` }];
}

/** The span's main verb in another tense: present <-> past, past -> present perfect. */
function tense({ text, toks, span }) {
  const i = spanVerb(toks, span);
  if (i === undefined) return [];
  const t = toks[i];
  let p = prevWord(toks, i);
  while (p !== undefined && toks[p].pos === 'ADV' && !AUX_WORDS.has(toks[p].lower)) p = prevWord(toks, p); // "has always played"
  if (p !== undefined && AUX_WORDS.has(toks[p].lower)) return []; // after an auxiliary or "to": not finite
  if (p !== undefined && ['ADP', 'DET', 'ADJ'].includes(toks[p].pos)) return []; // "plenty of blame": not a verb
  const n = nextWord(toks, i);
  if (text[t.start - 1] === '-' || (n !== undefined && ['NOUN', 'PROPN'].includes(toks[n].pos) && t.lower.endsWith('ed') && p !== undefined && ['ADV', 'DET', 'ADJ'].includes(toks[p].pos))) return []; // "self-styled", "internally displaced people"
  if (p !== undefined && toks[p].pos === 'NOUN' && n !== undefined && toks[n].pos === 'ADP' && t.lower !== t.lemma) return []; // "the mistakes made by": a participle
  const form = verbForm(t);
  const f = verbForms(t.lemma);
  if (!form || !f || t.lemma === 'be' || t.lemma === 'have') return [];
  const out = [];
  const swap = (w, what) => out.push({ text: splice(text, t.start, t.end, likeCase(t.v, w)), what });
  if (form === 'base' && p !== undefined && ['he', 'she', 'it'].includes(toks[p].lower)) return [];
  if (form === '3sg') { swap(f[1], `"${t.v}" -> "${f[1]}"`); swap(`has ${f[2]}`, `"${t.v}" -> "has ${f[2]}"`); }
  else if (form === 'base') { swap(f[1], `"${t.v}" -> "${f[1]}"`); swap(`have ${f[2]}`, `"${t.v}" -> "have ${f[2]}"`); }
  else if (form === 'past') {
    // the subject's number decides the present form: a plural noun or we/they takes the base form
    const s = p !== undefined ? toks[p] : undefined;
    const pluralSubject = s !== undefined && (['we', 'they', 'you', 'i'].includes(s.lower) || (['NOUN', 'PROPN'].includes(s.pos) && isPlural(s.lower)));
    swap(pluralSubject ? t.lemma : f[0], `"${t.v}" -> "${pluralSubject ? t.lemma : f[0]}"`);
    swap(`${pluralSubject ? 'have' : 'has'} ${f[2]}`, `"${t.v}" -> "${pluralSubject ? 'have' : 'has'} ${f[2]}"`);
  }
  return out;
}

/** A plain noun phrase, with at most one "of" phrase: DET? (ADJ|NUM)* NOUN+ (of DET? ADJ* (NOUN|PROPN)+)? */
function nounPhrase(words) {
  const tags = words.map((w) => (w.lower === 'of' ? 'of' : w.v === "'s" ? 'POSS' : w.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(w.lower) ? 'DET' : w.pos)).join(' ');
  return /^(DET )?((PROPN )+POSS )?((ADJ|NUM) )*(NOUN|PROPN)( (NOUN|PROPN))*( of (DET )?(ADJ )*(NOUN|PROPN)( (NOUN|PROPN))*)?$/.test(tags);
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'PART', 'NUM']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Active to passive where the clause is simple: "NATO provoked the crisis" -> "the crisis was provoked by NATO". */
function passive({ text, toks, span }) {
  const v = spanVerb(toks, span);
  if (v === undefined) return [];
  const t = toks[v];
  const form = verbForm(t);
  const f = verbForms(t.lemma);
  if (!form || !f || t.lemma === 'be' || t.lemma === 'have' || t.lemma === 'say') return [];
  // subject: 1 to 4 words right before the verb, back to the sentence start, a comma or "that"
  let s = v;
  while (s - 1 >= 0 && (toks[s - 1].word || toks[s - 1].v === "'s") && SUBJECT_POS.has(toks[s - 1].pos) && toks[s - 1].lower !== 'that') s--;
  const subj = toks.slice(s, v).filter((x) => x.word);
  if (subj.length < 1 || subj.length > 4 || (s > 0 && !/^[,;:"“]$|^that$/i.test(toks[s - 1].v))) return [];
  if (subj.some((x) => /^(whose|which|who|what|where|when)$/.test(x.lower))) return [];
  if (subj[0].pos === 'PRON' && !['we', 'they', 'he', 'she', 'it', 'i', 'you'].includes(subj[0].lower)) return [];
  // object: from the verb to the next punctuation, starting like a noun phrase, 1 to 8 words
  const o = v + 1;
  let e = o;
  while (e < toks.length && toks[e].word || (e < toks.length && toks[e].v === "'s")) e++;
  const obj = toks.slice(o, e);
  if (obj.length < 1 || obj.length > 8 || !nounPhrase(obj)) return [];
  if (e < toks.length && toks[e].lower === 'to') return [];
  const objText = text.slice(obj[0].start, obj.at(-1).end);
  let head = obj.findIndex((x) => x.pos === 'ADP');
  head = head < 0 ? obj.length - 1 : head - 1;
  const plural = isPlural(obj[Math.max(0, head)].lower);
  const aux = form === 'past' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const agentOf = { we: 'us', they: 'them', he: 'him', she: 'her', i: 'me', it: 'it', you: 'you' };
  const subjText = subj.length === 1 && subj[0].pos === 'PRON' ? agentOf[subj[0].lower] : text.slice(subj[0].start, subj.at(-1).end);
  const subjLower = subj[0].pos === 'PROPN' || subj[0].v === 'I' ? subjText : subjText[0].toLowerCase() + subjText.slice(1);
  const objOut = subj[0].start === 0 || /^\p{Lu}/u.test(subj[0].v) && s === 0 ? objText[0].toUpperCase() + objText.slice(1) : objText;
  const rewritten = `${objOut} ${aux} ${f[2]} by ${subjLower}`;
  return [{ text: splice(text, subj[0].start, obj.at(-1).end, rewritten), what: `passive: "${rewritten}"` }];
}

const NOMINAL = new Map(Object.entries({
  eliminate: 'elimination', expand: 'expansion', escalate: 'escalation', provoke: 'provocation', negotiate: 'negotiation',
  demilitarize: 'demilitarization', denazify: 'denazification', annex: 'annexation', occupy: 'occupation', destroy: 'destruction',
  protect: 'protection', invade: 'invasion', recognize: 'recognition', withdraw: 'withdrawal', deliver: 'delivery', reject: 'rejection',
  refuse: 'refusal', violate: 'violation', remove: 'removal', resolve: 'resolution', settle: 'settlement', address: 'addressing',
  restore: 'restoration', liberate: 'liberation', supply: 'supply', sabotage: 'sabotage', undermine: 'undermining', freeze: 'freezing',
  lift: 'lifting', ease: 'easing', cease: 'cessation', halt: 'halting', end: 'ending', stop: 'stopping', abandon: 'abandonment',
  implement: 'implementation', guarantee: 'guarantee', deploy: 'deployment', strengthen: 'strengthening', weaken: 'weakening',
  isolate: 'isolation', punish: 'punishment', deport: 'deportation', evacuate: 'evacuation', exchange: 'exchange', release: 'release',
  return: 'return', rebuild: 'rebuilding', reconstruct: 'reconstruction', investigate: 'investigation', prosecute: 'prosecution',
  de_escalate: 'de-escalation', encircle: 'encirclement', partition: 'partition', dismember: 'dismemberment', seize: 'seizure',
}));

/** A gerund with an object made a nominal form: "after eliminating the causes" -> "after the elimination of the causes". */
function nominal({ text, toks, span }) {
  const out = [];
  for (const i of span) {
    const t = toks[i];
    if (!/ing$/.test(t.lower) || t.pos !== 'VERB') continue;
    const noun = NOMINAL.get(t.lemma);
    if (!noun || noun.endsWith('ing')) continue;
    const p = prevWord(toks, i);
    if (p !== undefined && !['ADP', 'SCONJ'].includes(toks[p].pos)) continue;
    const n = nextWord(toks, i);
    if (n === undefined || !OBJECT_START.has(toks[n].pos) && !(toks[n].pos === 'PRON' && POSSESSIVE_PRONOUNS.has(toks[n].lower))) continue;
    out.push({ text: splice(text, t.start, t.end, likeCase(t.v, `the ${noun} of`)), what: `"${t.v}" -> "the ${noun} of"` });
  }
  return out;
}

const BRITISH = new Map(Object.entries({
  defense: 'defence', offense: 'offence', center: 'centre', program: 'programme', theater: 'theatre', dialog: 'dialogue',
  behavior: 'behaviour', neighbor: 'neighbour', neighbors: 'neighbours', neighboring: 'neighbouring', labor: 'labour', honor: 'honour',
  favor: 'favour', rumor: 'rumour', harbor: 'harbour', toward: 'towards', judgment: 'judgement', fulfill: 'fulfil', canceled: 'cancelled',
  gray: 'grey', skeptical: 'sceptical', armor: 'armour', endeavor: 'endeavour', vigor: 'vigour',
}));
const AMERICAN = new Map([...BRITISH].map(([a, b]) => [b, a]));
const PLACES = new Map(Object.entries({
  kyiv: 'Kiev', kiev: 'Kyiv', kharkiv: 'Kharkov', kharkov: 'Kharkiv', odesa: 'Odessa', odessa: 'Odesa', luhansk: 'Lugansk', lugansk: 'Luhansk',
  donbas: 'Donbass', donbass: 'Donbas', zelensky: 'Zelenskyy', zelenskyy: 'Zelensky', mykolaiv: 'Nikolaev', zaporizhzhia: 'Zaporozhye',
  zaporozhye: 'Zaporizhzhia', kherson: null,
}));

/** British/American spelling (-ize/-ise, -or/-our, defence, programme...) and place names (Kyiv/Kiev, Donbas/Donbass...). */
function spelling({ text, toks }) {
  const out = [];
  const variant = (map, what) => {
    let s = text;
    let changed = false;
    for (const t of [...toks].reverse()) {
      if (!t.word) continue;
      let w = map(t.lower);
      if (!w || w === t.lower) continue;
      s = splice(s, t.start, t.end, likeCase(t.v, w));
      changed = true;
    }
    if (changed) out.push({ text: s, what });
  };
  const toBritish = (w) => BRITISH.get(w) ?? (w.length > 6 && /iz(e|ed|es|ing|ation|ations)$/.test(w) && !/^(size|seize|prize)/.test(w) ? w.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1') : undefined);
  const toAmerican = (w) => AMERICAN.get(w) ?? (w.length > 6 && /is(e|ed|es|ing|ation|ations)$/.test(w) && !/(advis|revis|compris|promis|exercis|surpris|rais|premis|wis|comprom|enterpris|franchis|televis|supervis|improvis|devis|despis|disguis|precis|concis|demis|expertis|reprisal|otherwis|clockwis|prais|nois|pois|cruis|bruis)/.test(w) ? w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : undefined);
  variant(toBritish, 'British spelling');
  variant(toAmerican, 'American spelling');
  variant((w) => PLACES.get(w) ?? undefined, 'place-name spelling');
  return out;
}

const ADVERBS = ['also', 'once again', 'repeatedly', 'now'];

/** An adverb before the span's verb, after the first auxiliary if there is one: "NATO provoked" -> "NATO repeatedly provoked", "has also provoked". */
function adverb({ text, toks, span }) {
  const i = spanVerb(toks, span);
  if (i === undefined) return [];
  let at = i; // the verb, or the first auxiliary of its chain
  for (let p = prevWord(toks, at); p !== undefined && AUX_WORDS.has(toks[p].lower); p = prevWord(toks, p)) at = p;
  if (toks[at].lower === 'to') return []; // split infinitives aside
  if (text[toks[i].start - 1] === '-') return []; // "so-called", "decision-making": not a verb of its own
  if (at === i) { // no auxiliary: before the adverbs already there ("highly appreciated" -> "also highly appreciated"), after a subject only
    for (let p = prevWord(toks, at); p !== undefined && toks[p].pos === 'ADV'; p = prevWord(toks, p)) at = p;
    const p = prevWord(toks, at);
    if (p !== undefined && ['ADP', 'DET', 'ADJ', 'SCONJ', 'PART'].includes(toks[p].pos)) return []; // "of reaching", "a negotiating partner"
  }
  for (let k = at; k < i; k++) if (/^(not|never|n't)$/.test(toks[k].lower)) return []; // "should also never have" reads oddly
  let t = toks[at];
  if (toks[at].pos === 'AUX' || AUX_WORDS.has(toks[at].lower)) { // after the first auxiliary: "should also never have started", "has also provoked"
    const n = nextWord(toks, at);
    t = toks[n];
  }
  return ADVERBS.map((adv) => {
    const at0 = t.start === 0; // "Provoked ..." -> "Repeatedly provoked ..."
    const rep = at0 ? `${likeCase(t.v, adv)} ${t.v[0].toLowerCase()}${t.v.slice(1)}` : `${adv} ${t.v}`;
    return { text: splice(text, t.start, t.end, rep), what: `+${adv} before "${t.v}"` };
  });
}

/** The span in quotation marks, and the example as reported or quoted speech. */
function quotation({ text, toks, span }) {
  const first = toks[span[0]];
  const last = toks[span.at(-1)];
  const out = [{ text: `${text.slice(0, first.start)}“${text.slice(first.start, last.end)}”${text.slice(last.end)}`, what: 'span in quotation marks' }];
  const t0 = toks.find((t) => t.word);
  const lowered = t0 && t0.start === 0 && t0.pos !== 'PROPN' && t0.v !== 'I' && !/^[A-Z]{2,}/.test(t0.v) ? text[0].toLowerCase() + text.slice(1) : text;
  if (!/^["“]/.test(text)) {
    out.push({ text: `Lavrov said that ${lowered}`, what: 'reported speech (Lavrov said that ...)' });
    const body = text.replace(/\s+$/, '');
    const quoted = /[.]$/.test(body) ? `${body.slice(0, -1)},` : /[!?]$/.test(body) ? body : `${body},`;
    out.push({ text: `“${quoted}” the minister said.`, what: 'quoted speech ("...," the minister said)' });
  }
  return out;
}

const TRANSFORMS = [
  ['adjective', adjective], ['determiner', determiner], ['number', number], ['tense', tense], ['passive', passive],
  ['nominal', nominal], ['spelling', spelling], ['adverb', adverb], ['quotation', quotation],
];

// ---------------------------------------------------------------------------------------------
// Run

const opts = options(process.argv.slice(2));
const known = new Set(TRANSFORMS.map(([n]) => n));
for (const t of opts.transforms ?? []) if (!known.has(t)) usage(`unknown transform ${t} (${[...known].join(', ')})`);
const lexicon = compileLexicon(loadLexiconSources(opts.lexicons, root));
const fired = (text) => analyze(text, { lexicon }).annotations;

const stats = new Map(TRANSFORMS.map(([n]) => [n, { examples: 0, variants: 0, marker: 0, category: 0, byMarker: new Map(), failures: [] }]));
let examples = 0;
let firing = 0;
for (const m of lexicon.markers) {
  if (opts.category && m.category !== opts.category) continue;
  if (opts.marker && m.id !== opts.marker) continue;
  for (const ex of m.examples) {
    examples++;
    const a = fired(ex).find((x) => x.marker === m.id);
    if (!a) continue; // the example test reports these
    const toks = tokensOf(ex);
    if (!toks) continue;
    const span = toks.map((t, i) => i).filter((i) => toks[i].word && toks[i].start >= a.start && toks[i].end <= a.end);
    if (span.length === 0) continue;
    firing++;
    for (const [name, fn] of TRANSFORMS) {
      if (opts.transforms && !opts.transforms.includes(name)) continue;
      const seen = new Set([ex]);
      const variants = fn({ text: ex, toks, span }).filter((v) => !seen.has(v.text) && seen.add(v.text));
      if (variants.length === 0) continue;
      const st = stats.get(name);
      st.examples++;
      for (const v of variants) {
        const anns = fired(v.text);
        const okMarker = anns.some((x) => x.marker === m.id);
        const okCategory = anns.some((x) => x.category === m.category);
        st.variants++;
        if (okMarker) st.marker++;
        if (okCategory) st.category++;
        const bm = st.byMarker.get(m.id) ?? { tried: 0, failed: 0 };
        bm.tried++;
        if (!okMarker) { bm.failed++; st.failures.push({ marker: m.id, category: m.category, example: ex, variant: v.text, what: v.what, category_fires: okCategory }); }
        st.byMarker.set(m.id, bm);
      }
    }
  }
}

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const rows = [...stats].filter(([, s]) => s.variants > 0);
if (opts.json) {
  const json = { examples, firing, transforms: Object.fromEntries(rows.map(([n, s]) => [n, {
    examples: s.examples, variants: s.variants, markerFires: s.marker / s.variants, categoryFires: s.category / s.variants,
    worst: worstOf(s, 20), failures: s.failures,
  }])) };
  process.stdout.write(`${JSON.stringify(json, null, 1)}\n`);
} else {
  const out = [];
  out.push(`lexicon robustness: ${lexicon.markers.length} markers, ${examples} examples, ${firing} fire their marker and were transformed\n`);
  out.push('transform     examples  variants  marker fires  category fires  worst markers (failed/tried)');
  let tv = 0; let tm = 0; let tc = 0;
  for (const [n, s] of rows) {
    tv += s.variants; tm += s.marker; tc += s.category;
    const worst = worstOf(s, opts.worst).map((w) => `${w.marker} ${w.failed}/${w.tried}`).join(', ');
    out.push(`${n.padEnd(12)} ${String(s.examples).padStart(9)} ${String(s.variants).padStart(9)}  ${pct(s.marker, s.variants).padStart(12)}  ${pct(s.category, s.variants).padStart(14)}  ${worst}`);
  }
  out.push(`${'all'.padEnd(12)} ${''.padStart(9)} ${String(tv).padStart(9)}  ${pct(tm, tv).padStart(12)}  ${pct(tc, tv).padStart(14)}`);
  if (opts.failures > 0) {
    for (const [n, s] of rows) {
      if (s.failures.length === 0) continue;
      out.push(`\n${n}: ${s.failures.length} variants do not fire their marker (first ${Math.min(opts.failures, s.failures.length)})`);
      for (const f of s.failures.slice(0, opts.failures)) out.push(`  ${f.marker}${f.category_fires ? ' (category fires)' : ''} [${f.what}]\n    ${f.variant}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function worstOf(s, n) {
  return [...s.byMarker].map(([marker, b]) => ({ marker, ...b })).filter((b) => b.failed > 0)
    .sort((x, y) => y.failed - x.failed || y.failed / y.tried - x.failed / x.tried || x.marker.localeCompare(y.marker)).slice(0, n);
}
