#!/usr/bin/env node
// Verify the gold corpus: node scripts/check-gold.mjs [corpusdir]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpusDir = args[0] || path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'corpus');
const CATS = new Set(['blame-shifting', 'spheres-of-influence', 'root-causes', 'delegitimization', 'maximalist-demands',
  'economic-inducement', 'peace-process', 'humanitarian-appeal', 'credit-claiming', 'victimhood', 'fear-appeal', 'loaded-language']);
const VOICES = new Set(['author', 'quoted', 'reported']);
const KINDS = new Set(['readout', 'statement', 'briefing', 'commentary', 'control']);
const GOVS = new Set(['us', 'russia', 'ukraine', 'eu', 'france', 'germany', 'uk', 'china', null]);
const DOMAINS = new Set(['geopolitics', 'sports', 'weather', 'business', 'health', 'local-news', 'science']);
const errors = [];
const err = (f, m) => errors.push(`${f}: ${m}`);
const ids = new Map();
const stats = {};
for (const split of ['dev', 'heldout']) {
  const dir = path.join(corpusDir, split);
  if (!fs.existsSync(dir)) { err(dir, 'missing folder'); continue; }
  const files = fs.readdirSync(dir);
  const txts = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
  for (const f of files) {
    const base = f.replace(/\.(txt|meta\.json|gold\.json)$/, '');
    if (base === f) err(f, 'unexpected file');
    else if (!txts.includes(base)) err(f, 'no matching .txt');
  }
  stats[split] = { texts: 0, cats: {}, spans: {} };
  for (const id of txts) {
    const where = `${split}/${id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) err(where, 'id not kebab-case');
    if (ids.has(id)) err(where, `duplicate id (also in ${ids.get(id)})`);
    ids.set(id, split);
    const buf = fs.readFileSync(path.join(dir, id + '.txt'));
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) err(where, 'BOM');
    const text = buf.toString('utf8');
    if (text.includes('\r')) err(where, 'CR in text');
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) err(where, 'not valid UTF-8');
    let meta, gold;
    try { meta = JSON.parse(fs.readFileSync(path.join(dir, id + '.meta.json'), 'utf8')); } catch (e) { err(where, 'meta: ' + e.message); continue; }
    try { gold = JSON.parse(fs.readFileSync(path.join(dir, id + '.gold.json'), 'utf8')); } catch (e) { err(where, 'gold: ' + e.message); continue; }
    if (meta.id !== id) err(where, 'meta id mismatch');
    if (meta.split !== split) err(where, `meta split ${meta.split} != folder ${split}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date || '')) err(where, 'bad date');
    if (!meta.title) err(where, 'no title');
    if (!KINDS.has(meta.kind)) err(where, 'bad kind ' + meta.kind);
    if (!GOVS.has(meta.government)) err(where, 'bad government ' + meta.government);
    if (!DOMAINS.has(meta.domain)) err(where, 'bad domain ' + meta.domain);
    if (gold.schemaVersion !== 1) err(where, 'schemaVersion');
    if (gold.id !== id) err(where, 'gold id mismatch');
    if (!Array.isArray(gold.spans) || !Array.isArray(gold.categories)) { err(where, 'spans/categories not arrays'); continue; }
    stats[split].texts++;
    let prev = null;
    const seen = new Set();
    for (const s of gold.spans) {
      const tag = `span ${JSON.stringify(s.text)}@${s.start}`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) err(where, `${tag} out of range`);
      else if (text.slice(s.start, s.end) !== s.text) err(where, `${tag} slice mismatch: ${JSON.stringify(text.slice(s.start, s.end))}`);
      if (!CATS.has(s.category)) err(where, `${tag} bad category ${s.category}`);
      if (!VOICES.has(s.voice)) err(where, `${tag} bad voice ${s.voice}`);
      if (!(s.speaker === null || (typeof s.speaker === 'string' && s.speaker))) err(where, `${tag} bad speaker`);
      if (s.voice === 'author' && s.speaker !== null) err(where, `${tag} author voice with speaker`);
      if (prev && (s.start < prev.start || (s.start === prev.start && s.end < prev.end))) err(where, `${tag} not sorted`);
      const key = `${s.start}:${s.end}:${s.category}`;
      if (seen.has(key)) err(where, `${tag} duplicate`);
      seen.add(key);
      prev = s;
      stats[split].spans[s.category] = (stats[split].spans[s.category] || 0) + 1;
    }
    const spanCats = [...new Set(gold.spans.map((s) => s.category))].sort();
    const docCats = [...gold.categories];
    if (JSON.stringify(docCats) !== JSON.stringify([...docCats].sort())) err(where, 'categories not sorted');
    if (JSON.stringify([...docCats].sort()) !== JSON.stringify(spanCats)) err(where, `categories ${docCats} != span categories ${spanCats}`);
    for (const c of spanCats) stats[split].cats[c] = (stats[split].cats[c] || 0) + 1;
  }
}
if (process.argv.includes('--stats')) console.log(JSON.stringify(stats, null, 1));
for (const split of Object.keys(stats)) for (const c of CATS) {
  const n = stats[split].cats[c] || 0;
  if (n < 4) console.warn(`warning: ${split}: category ${c} in only ${n} text(s)`);
}
if (errors.length) { console.error(errors.join('\n')); console.error(`${errors.length} error(s)`); process.exit(1); }
console.log(`gold ok: ${ids.size} texts (${Object.entries(stats).map(([k, v]) => `${k} ${v.texts}`).join(', ')})`);
