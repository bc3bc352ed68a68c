#!/usr/bin/env node
// Voice and speaker accuracy of the pipeline on the gold spans of one split (independent of the lexicons):
// for each gold span, the voice of its strongest word (quoted > reported > author); for gold spans with a
// named speaker whose voice is right, whether our speaker names the same person or institution (one
// contains the other; for a title named after its holder, the holder or the title: sameSpeaker). Usage: node scripts/speaker-accuracy.mjs [dev|heldout]  (after npm run build); SHOW=1 lists the named speakers it gets wrong (file, gold, ours), SHOW=2 with their context, SHOW=voice the voices it gets wrong
import { readdirSync, readFileSync } from 'node:fs';
import { builtinLexicon } from '../dist/lexicon/builtin.js';
import { engineFor } from '../dist/lexicon/engine.js';
import { runStages } from '../dist/pipeline/stages.js';

const { COUNTRY_WORDS, OFFICE_WORDS } = await import('../dist/pipeline/office-holders.js');
const TITLE_WORDS = new Set([...OFFICE_WORDS.keys(), ...COUNTRY_WORDS.keys(), 'of', 'the'].flatMap((w) => w.split(' '))); // "prime minister", "foreign minister": their words are keys

/**
 * One speaker (lower case, no leading "the"): one contains the other; a title named after its holder
 * ("russian president (vladimir putin)", resolve-titles.ts) is the gold speaker when the gold names that
 * person (its last name), or when the gold gives only a title and the titles agree.
 */
function sameSpeaker(ours, theirs) {
  const named = /^(.*) \((.+)\)$/.exec(ours);
  if (!named) return ours.includes(theirs) || theirs.includes(ours);
  const [, title, name] = named;
  if (theirs.split(/\s+/).includes(name.split(' ').pop())) return true;
  return theirs.split(/\s+/).every((w) => TITLE_WORDS.has(w)) && (title.includes(theirs) || theirs.includes(title));
}

const split = process.argv[2] ?? 'dev';
const dir = new URL(`../corpus/${split}/`, import.meta.url);
const engine = engineFor(builtinLexicon());
const RANK = { author: 0, reported: 1, quoted: 2 };
let spans = 0, voiceOk = 0, named = 0, speakerOk = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  const text = readFileSync(new URL(f.replace(".gold.json", ".txt"), dir), "utf8");
  const { words: ws, seg, voices } = runStages({ engine, text }, "voice");
  for (const span of gold.spans) {
    let best = -1;
    for (let w = 0; w < ws.count; w++) {
      const t = ws.token[w];
      if (seg.tokens.start[t] >= span.start && seg.tokens.end[t] <= span.end && (best < 0 || RANK[voices.voice[w]] > RANK[voices.voice[best]])) best = w;
    }
    if (best < 0) continue;
    spans++;
    if (voices.voice[best] !== span.voice) { if (process.env.SHOW === 'voice') console.log(f, span.category, span.voice, '->', voices.voice[best], JSON.stringify(voices.speaker[best]), JSON.stringify(text.slice(Math.max(0, span.start - 140), span.start) + '[[' + text.slice(span.start, span.end) + ']]' + text.slice(span.end, span.end + 40))); continue; }
    voiceOk++;
    if (!span.speaker) continue;
    named++;
    const ours = (voices.speaker[best] ?? '').replace(/^the /i, '').replace(/['’]s\b/g, '').toLowerCase(); // both sides without a possessive: "Russia's delegation" is "russia delegation" in either
    const theirs = span.speaker.replace(/^the /i, '').replace(/['’]s\b/g, '').toLowerCase();
    if (ours && sameSpeaker(ours, theirs)) speakerOk++;
    else if (process.env.SHOW) console.log(f, JSON.stringify(span.speaker), JSON.stringify(voices.speaker[best]), process.env.SHOW === "2" ? JSON.stringify(text.slice(Math.max(0, span.start - 160), span.end + 60)) : "");
  }
}
console.log(`${split}: voice ${(voiceOk / spans).toFixed(3)} of ${spans} gold spans; speaker ${(speakerOk / named).toFixed(3)} of ${named} named speakers (voice right)`);
