#!/usr/bin/env node
// Build corpus files from annotator source files.
// Usage: node scripts/gold-offsets.mjs <srcdir> [corpusdir]
// Source format (one file per text, *.src):
//   key: value header lines (n, id, title, date, kind, government, domain[, textfile])
//   =====TEXT            (text body follows, up to the next marker; omitted if textfile: is given)
//   =====SPANS           (one span per line: category | voice | speaker or - | span text | occurrence (default 1))
// Split rule: n % 3 === 0 -> heldout, else dev (n = creation order). n: 0 = seed (dev).
// Offsets are JavaScript UTF-16 indices, computed by indexOf, never by hand.
import fs from 'node:fs';
import path from 'node:path';

const srcDir = process.argv[2];
const corpusDir = process.argv[3] || path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'corpus');
if (!srcDir) { console.error('usage: gold-offsets.mjs <srcdir> [corpusdir]'); process.exit(2); }
let failed = 0;
for (const f of fs.readdirSync(srcDir).filter((x) => x.endsWith('.src')).sort()) {
  const raw = fs.readFileSync(path.join(srcDir, f), 'utf8');
  const ti = raw.indexOf('\n=====TEXT\n');
  const si = raw.indexOf('\n=====SPANS\n');
  const headEnd = ti >= 0 ? ti : si;
  const head = {};
  for (const line of raw.slice(0, headEnd).split('\n')) {
    const m = line.match(/^(\w+):\s*(.*)$/);
    if (m) head[m[1]] = m[2].trim();
  }
  let text;
  if (head.textfile) text = fs.readFileSync(head.textfile, 'utf8');
  else text = raw.slice(ti + '\n=====TEXT\n'.length, si).replace(/\s+$/, '') + '\n';
  const n = Number(head.n);
  const split = n % 3 === 0 && n !== 0 ? 'heldout' : 'dev';
  const spans = [];
  for (const line of raw.slice(si + '\n=====SPANS\n'.length).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const parts = line.split('|').map((s) => s.trim());
    const [category, voice, speaker, stext] = parts;
    const occ = parts[4] ? Number(parts[4]) : 1;
    let pos = -1;
    for (let k = 0; k < occ; k++) { pos = text.indexOf(stext, pos + 1); if (pos < 0) break; }
    if (pos < 0) { console.error(`${f}: span not found (occ ${occ}): ${stext}`); failed++; continue; }
    spans.push({ start: pos, end: pos + stext.length, category, voice, text: stext, speaker: speaker === '-' ? null : speaker });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start === spans[i - 1].start && spans[i].end === spans[i - 1].end && spans[i].category === spans[i - 1].category) {
      console.error(`${f}: duplicate span ${spans[i].text}`); failed++;
    }
  }
  const categories = [...new Set(spans.map((s) => s.category))].sort();
  const id = head.id;
  const outDir = path.join(corpusDir, split);
  fs.mkdirSync(outDir, { recursive: true });
  for (const d of ['dev', 'heldout']) if (d !== split) for (const ext of ['.txt', '.meta.json', '.gold.json']) fs.rmSync(path.join(corpusDir, d, id + ext), { force: true });
  fs.writeFileSync(path.join(outDir, id + '.txt'), text);
  const meta = { id, title: head.title, date: head.date, kind: head.kind, government: head.government === 'null' ? null : head.government, domain: head.domain, split };
  fs.writeFileSync(path.join(outDir, id + '.meta.json'), JSON.stringify(meta, null, 2) + '\n');
  const gold = { schemaVersion: 1, id, categories, spans };
  fs.writeFileSync(path.join(outDir, id + '.gold.json'), JSON.stringify(gold, null, 2) + '\n');
}
if (failed) { console.error(`${failed} problem(s)`); process.exit(1); }
console.log('ok');
