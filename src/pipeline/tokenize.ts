import { splitWholeTokens } from './split-tokens.js';
import { filled } from './filled.js';
import { readByDoc } from './read-by-doc.js';
import { sentencesOf } from './sentence-bounds.js';
import { kindOf, type Segmented, type Sentence, type TokenTable, TokenKind } from './token-table.js';
import { breakLongRuns, textForWink } from './wink-text.js';
import { readWithWink } from './wink-reader.js';
import { ownCopy } from './own-copy.js';

/** The token table and sentences segment gives (token-table.ts), for the stages that import them from here. */
export { type Segmented, type Sentence, type TokenTable, TokenKind };

/** The segment stage, segment and tokenize with wink-nlp; sentences also end at blank lines and at line starts that open a new unit. */
export function segment(text: string): Segmented {
  const read = textForWink(text); // same length: offsets into it are offsets into text
  const r = readWithWink(breakLongRuns(read), readByDoc);
  const { count, value, pos } = r;
  const start = filled(count);
  const end = filled(count);
  const kind = filled(count);
  let cursor = 0;
  const changed = read !== text; // once: two strings of one length are compared up to their first difference, which may lie deep in a long text
  for (let i = 0; i < count; i++) {
    const v = value[i];
    const at = r.start[i];
    if (changed && at >= 0) value[i] = ownCopy(text.slice(at, at + v.length)); // the text as written, not as wink read it (a copy: word caches keep values, and a piece would keep the whole text alive)
    let k = kindOf(v);
    if (at < 0) { start[i] = end[i] = cursor; k = TokenKind.Other; }
    else { start[i] = at; end[i] = cursor = at + v.length; }
    kind[i] = k;
  }
  const split = splitWholeTokens({ count, start, end, value, pos, kind });
  return sentencesOf(split.tokens, r.sentences.map(([a, b]) => [split.index(a), split.index(b, true)]));
}
