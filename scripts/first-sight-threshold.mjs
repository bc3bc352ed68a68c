#!/usr/bin/env node
/**
 * First-sight document threshold study (docs/history/first-sight-threshold.md).
 *
 * Reads saved analyzer output (JSON written beforehand, see below) and prints, for document thresholds 0.20, 0.25, ..., 0.60
 * and a few ways of aggregating a category's annotations into a document score, the document-level micro and macro
 * P/R/F1 against the gold document categories, and how many control texts (gold with no category) get any category detected.
 *
 *   node scripts/first-sight-threshold.mjs [--dir /tmp/ft] [--markdown]
 *
 * Inputs, in --dir (default /tmp/ft):
 *   firstsight-devN.json  FIRST-SIGHT predictions: the analyzer as of the commit that added the blind round's dev texts
 *                         (before any lexicon pass on them), run on those devN-* texts; one file per round N.
 *   tuned-dev.json        TUNED predictions: the current build run on every corpus/dev text (controls included).
 * Each file: {label, texts: [{id, categories, annotations: [{category, marker, score, negated, factors, ...}]}]}.
 * Gold: corpus/dev/<id>.gold.json of this worktree (field `categories`).
 *
 * This script reads corpus/dev only. It never reads, lists or analyses corpus/heldout, and it refuses any input text
 * id that is not a dev text.
 *
 * Aggregations (a category's annotations -> one document score; "detected" when the score >= threshold and > 0):
 *   noisy-or   1 - prod(1 - s), as src/pipeline/summarize.ts (in an off-topic text only the strongest annotation counts).
 *   max        the strongest annotation's score.
 *   distinct   noisy-or over distinct markers: each marker counts once, with its strongest score.
 *   single>=0.5  noisy-or, but a category with a single annotation needs that annotation to score >= max(threshold, 0.5).
 *   drop<0.2   noisy-or over the annotations scoring >= 0.2 only (negated, appeal and off-topic leftovers do not add up).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEV = join(ROOT, 'corpus', 'dev');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const DIR = dirAt >= 0 ? args[dirAt + 1] : '/tmp/ft';
const MD = args.includes('--markdown');

const CATEGORIES = readFileSync(join(ROOT, 'src', 'taxonomy.ts'), 'utf8')
  .match(/CATEGORY_IDS\s*=\s*\[([^\]]*)\]/)[1].match(/'[^']+'/g).map((s) => s.slice(1, -1));
if (CATEGORIES.length !== 12) throw new Error(`expected 12 categories in src/taxonomy.ts, found ${CATEGORIES.length}`);
const THRESHOLDS = Array.from({ length: 9 }, (_, i) => Math.round((0.2 + 0.05 * i) * 100) / 100);
const round3 = (x) => Math.round(x * 1000) / 1000;
const offTopic = (a) => (a.factors || []).some((f) => f.factor === 'off-topic');

/** noisy-or as summarize.ts: on-topic annotations multiply in, off-topic ones count by their strongest only. */
function noisyOr(anns) {
  let rest = 1;
  let strongestOff = 0;
  for (const a of anns) {
    if (offTopic(a)) strongestOff = Math.max(strongestOff, a.score);
    else rest *= 1 - a.score;
  }
  return round3(1 - rest * (1 - strongestOff));
}
const maxScore = (anns) => anns.reduce((m, a) => Math.max(m, a.score), 0);

const AGGREGATIONS = {
  'noisy-or': (anns, t) => { const s = noisyOr(anns); return s >= t && s > 0; },
  max: (anns, t) => { const s = maxScore(anns); return s >= t && s > 0; },
  distinct: (anns, t) => {
    const best = new Map();
    for (const a of anns) { const k = a.marker; if (!best.has(k) || best.get(k).score < a.score) best.set(k, a); }
    const s = noisyOr([...best.values()]);
    return s >= t && s > 0;
  },
  'single>=0.5': (anns, t) => {
    const s = noisyOr(anns);
    if (anns.length === 1) return s >= Math.max(t, 0.5);
    return s >= t && s > 0;
  },
  'drop<0.2': (anns, t) => { const s = noisyOr(anns.filter((a) => a.score >= 0.2)); return s >= t && s > 0; },
};

function loadGold(id) {
  if (!/^[\w.-]+$/.test(id) || id.includes('..')) throw new Error(`bad text id ${id}`);
  const file = join(DEV, `${id}.gold.json`);
  if (!existsSync(file)) throw new Error(`${id}: not a dev text (no corpus/dev/${id}.gold.json); this script reads dev only`);
  return JSON.parse(readFileSync(file, 'utf8')).categories;
}

/** Document micro and macro P/R/F1 (as src/eval/doc-metric.ts and prf.ts) and controls with any detection. */
function evaluate(texts, agg, t) {
  const k = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, pred: 0, gold: 0 }]));
  let controlsHit = 0;
  let fpOnControls = 0;
  for (const x of texts) {
    const byCat = new Map();
    for (const a of x.annotations) { if (!byCat.has(a.category)) byCat.set(a.category, []); byCat.get(a.category).push(a); }
    const detected = new Set([...byCat].filter(([, anns]) => AGGREGATIONS[agg](anns, t)).map(([c]) => c));
    const gold = new Set(x.gold);
    if (gold.size === 0 && detected.size > 0) { controlsHit++; fpOnControls += detected.size; }
    for (const c of CATEGORIES) {
      if (detected.has(c)) { k[c].pred++; if (gold.has(c)) k[c].tp++; }
      if (gold.has(c)) k[c].gold++;
    }
  }
  const prf = ({ tp, pred, gold }) => {
    if (!pred && !gold) return null;
    const p = pred ? tp / pred : null;
    const r = gold ? tp / gold : null;
    return { p, r, f1: p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  };
  const total = CATEGORIES.reduce((s, c) => ({ tp: s.tp + k[c].tp, pred: s.pred + k[c].pred, gold: s.gold + k[c].gold }), { tp: 0, pred: 0, gold: 0 });
  const rows = CATEGORIES.map((c) => prf(k[c])).filter(Boolean);
  const mean = (xs) => { const d = xs.filter((v) => v !== null); return d.length ? d.reduce((a, b) => a + b, 0) / d.length : null; };
  return {
    micro: prf(total), tp: total.tp, pred: total.pred, gold: total.gold,
    macro: { p: mean(rows.map((r) => r.p)), r: mean(rows.map((r) => r.r)), f1: mean(rows.map((r) => r.f1)) },
    controlsHit, fpOnControls,
  };
}

function readSet(file) {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const texts = j.texts.map((x) => {
    if (x.id.startsWith('ho') || /heldout/.test(x.id)) throw new Error(`${file}: ${x.id} looks like a held-out text; refused`);
    return { ...x, gold: loadGold(x.id) };
  });
  return { label: j.label, texts };
}

const f = (v) => (v === null || v === undefined ? '  n/a' : v.toFixed(3));
const out = [];
const say = (s = '') => out.push(s);
function table(title, texts, aggs = Object.keys(AGGREGATIONS)) {
  const controls = texts.filter((x) => x.gold.length === 0).length;
  say(`### ${title}`);
  say(`${texts.length} texts (${controls} controls), ${texts.reduce((s, x) => s + x.gold.length, 0)} gold document categories`);
  say();
  say('| aggregation | thr | micro P | micro R | micro F1 | macro P | macro R | macro F1 | TP/pred/gold | controls detected (categories) |');
  say('|---|---|---|---|---|---|---|---|---|---|');
  for (const agg of aggs) {
    for (const t of THRESHOLDS) {
      const e = evaluate(texts, agg, t);
      say(`| ${agg} | ${t.toFixed(2)} | ${f(e.micro.p)} | ${f(e.micro.r)} | ${f(e.micro.f1)} | ${f(e.macro.p)} | ${f(e.macro.r)} | ${f(e.macro.f1)} | ${e.tp}/${e.pred}/${e.gold} | ${e.controlsHit} of ${controls} (${e.fpOnControls}) |`);
    }
  }
  say();
}

// Load.
const rounds = readdirSync(DIR).map((n) => n.match(/^firstsight-dev(\d+)\.json$/)).filter(Boolean).map((m) => Number(m[1])).sort((a, b) => a - b);
if (!rounds.length) throw new Error(`no firstsight-devN.json in ${DIR}`);
const first = rounds.map((n) => ({ n, ...readSet(join(DIR, `firstsight-dev${n}.json`)) }));
const tuned = readSet(join(DIR, 'tuned-dev.json'));
const firstTexts = first.flatMap((r) => r.texts);
const firstIds = new Set(firstTexts.map((x) => x.id));

// Sanity: our noisy-or at 0.4 against the detections the analyzer itself printed.
function agreement(texts) {
  let same = 0; let all = 0;
  for (const x of texts) {
    for (const c of CATEGORIES) {
      const anns = x.annotations.filter((a) => a.category === c);
      all++;
      if (AGGREGATIONS['noisy-or'](anns, 0.4) === Boolean(x.categories[c]?.detected)) same++;
    }
  }
  return `${same} of ${all}`;
}

say('## Rounds (first sight)');
say();
say('| round | analyzer | texts | controls | gold categories |');
say('|---|---|---|---|---|');
for (const r of first) say(`| dev${r.n} | ${r.label.split('@')[1]} | ${r.texts.length} | ${r.texts.filter((x) => x.gold.length === 0).length} | ${r.texts.reduce((s, x) => s + x.gold.length, 0)} |`);
say();
say(`Recomputed noisy-or at 0.40 equals the analyzer's own "detected" on ${agreement(firstTexts)} (text, category) pairs of first sight`
  + ` (builds before ae8a03b combined off-topic annotations instead of taking the strongest) and ${agreement(tuned.texts)} of tuned dev.`);
say();
table('First sight, all rounds pooled', firstTexts);
const late = first.filter((r) => r.n >= 10).flatMap((r) => r.texts);
table('First sight, rounds dev10..dev19 only (the analyzer of the last ~3 hours)', late, ['noisy-or', 'max', 'single>=0.5']);
table(`Tuned (current build ${tuned.label.split('@')[1]}), all dev`, tuned.texts);
table('Tuned, the same texts as first sight (paired)', tuned.texts.filter((x) => firstIds.has(x.id)), ['noisy-or', 'max', 'single>=0.5']);

// Per round, noisy-or micro F1 by threshold (is the best threshold stable across rounds?).
say('### First sight per round: noisy-or micro F1 by threshold');
say();
say(`| round | ${THRESHOLDS.map((t) => t.toFixed(2)).join(' | ')} | best |`);
say(`|---|${THRESHOLDS.map(() => '---').join('|')}|---|`);
for (const r of first) {
  const fs = THRESHOLDS.map((t) => evaluate(r.texts, 'noisy-or', t).micro.f1);
  const best = Math.max(...fs);
  say(`| dev${r.n} | ${fs.map((v) => (v === best ? `**${f(v)}**` : f(v))).join(' | ')} | ${THRESHOLDS.filter((_, i) => fs[i] === best).map((t) => t.toFixed(2)).join(', ')} |`);
}
say();
for (const t of [0.3, 0.35, 0.45]) {
  let better = 0; let same = 0; let worse = 0;
  for (const r of first) {
    const a = evaluate(r.texts, 'noisy-or', t).micro.f1; const b = evaluate(r.texts, 'noisy-or', 0.4).micro.f1;
    if (Math.abs(a - b) < 1e-9) same++; else if (a > b) better++; else worse++;
  }
  say(`noisy-or ${t.toFixed(2)} against 0.40, per round: better in ${better}, equal in ${same}, worse in ${worse} of ${first.length} rounds.  `);
}
say();

// Control texts: every category scoring >= 0.2 (noisy-or), first sight and tuned.
say('### Control texts with a category scoring >= 0.20 (noisy-or)');
say();
say('| predictions | text | category | score | annotations (marker:score, off = off-topic) |');
say('|---|---|---|---|---|');
for (const [name, texts] of [['first sight', firstTexts], ['tuned', tuned.texts]]) {
  for (const x of texts.filter((y) => y.gold.length === 0)) {
    const byCat = new Map();
    for (const a of x.annotations) { if (!byCat.has(a.category)) byCat.set(a.category, []); byCat.get(a.category).push(a); }
    for (const [c, anns] of byCat) {
      const sc = noisyOr(anns);
      if (sc >= 0.2) say(`| ${name} | ${x.id} | ${c} | ${sc.toFixed(3)} | ${anns.map((a) => `${a.marker}:${a.score}${offTopic(a) ? ' off' : ''}`).join(', ')} |`);
    }
  }
}
say();

// Bootstrap over texts (first sight): how often does each threshold beat 0.40 noisy-or on micro F1?
let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const B = 1000;
const cand = [['noisy-or', 0.3], ['noisy-or', 0.35], ['noisy-or', 0.45], ['max', 0.3], ['max', 0.35], ['single>=0.5', 0.3], ['single>=0.5', 0.35]];
const wins = cand.map(() => 0);
const deltas = cand.map(() => []);
for (let b = 0; b < B; b++) {
  const sample = firstTexts.map(() => firstTexts[Math.floor(rnd() * firstTexts.length)]);
  const base = evaluate(sample, 'noisy-or', 0.4).micro.f1;
  cand.forEach(([agg, t], i) => { const d = evaluate(sample, agg, t).micro.f1 - base; deltas[i].push(d); if (d > 0) wins[i]++; });
}
say(`### First sight, bootstrap over texts (${B} resamples): micro F1 minus noisy-or 0.40`);
say();
say('| candidate | mean delta | 95% interval | share of resamples better |');
say('|---|---|---|---|');
cand.forEach(([agg, t], i) => {
  const d = deltas[i].sort((a, b) => a - b);
  const mean = d.reduce((a, b) => a + b, 0) / B;
  say(`| ${agg} ${t.toFixed(2)} | ${mean >= 0 ? '+' : ''}${mean.toFixed(3)} | ${d[Math.floor(0.025 * B)].toFixed(3)} .. ${d[Math.floor(0.975 * B)].toFixed(3)} | ${(wins[i] / B).toFixed(2)} |`);
});
say();

console.log(MD ? out.join('\n') : out.join('\n').replace(/\*\*/g, ''));
