// wink-nlp's tokens, sentences and parts of speech for a text, read without going through `readDoc`'s tokenizer.
//
// wink-nlp tokenizes a text one white-space chunk at a time ("Kyiv's", "ceasefire,", "\n\n"), and most of
// readDoc's time goes there: a hash lookup for every token and regular expressions for every unknown chunk.
// Words repeat, so this reader tokenizes each distinct chunk once, with wink's own tokenizer, and keeps the
// result (as spaCy's tokenizer keeps its cache of chunks). wink's own sentence and part-of-speech automata
// then run over the chunks' tokens, as readDoc runs them, with what they read of each token (its symbols,
// its default tag) also worked out once per chunk (wink-chunk.ts), and the tags set as wink's POS setter sets them: the same
// tokens, sentences and tags (test/wink-reader.test.ts compares the two on the corpus). It builds only the models framelens uses
// (sentences, parts of speech), not wink's NER, negation and sentiment ones.
import { ChunkMemo, hashStep } from './chunk-memo.js';
import { CHUNK, chunkTokenizer, classOf, SPACE, type Chunk } from './wink-chunk.js';
import { loadWinkParts } from './wink-parts.js';
import { pluralNounTest } from './wink-plural-noun.js';
import type { Reader } from './wink-reading.js';

/** A reader and how many words it has added to wink's lexicon (every new word stays there: wink's cache only grows). */
export interface OwnReader { read: Reader; added(): number; pluralNoun?(word: string): boolean }

/** wink's transformers add this to a hint to make an automaton symbol (sbd-transformers.js, pos-transformers.js). */
const HINT_BASE = 1_080_000;
/** The sentence symbols of a straight quote: with no space before it, and after a space. */
const AMBIGUOUS_QUOTE = HINT_BASE + 4;
const QUOTE_AFTER_SPACE = HINT_BASE + 6;

/** The reader made from wink-nlp's parts (wink-parts.ts); throws when they cannot be loaded or are not shaped as expected. */
export function makeWinkReader(): OwnReader {
  const parts = loadWinkParts();
  const { cache, sbd, sbdMachine, posModel, posMachines, posSkip, lexemes } = parts;
  const tagName: string[] = [];
  const memo = new ChunkMemo<Chunk>(chunkTokenizer(parts)); // a chunk's tokens, as wink's tokenizer makes them

  const read: Reader = (text) => {
    const rdd = { numOfTokens: 0, sentences: [] as number[][] }; // what wink's sentence setter reads and writes of readDoc's document data
    const value: string[] = [];
    const starts: number[] = [];
    const forAutomata: number[] = [];
    const sbdInput: number[] = [];
    const posHint: number[] = [];
    const tags: number[] = [];
    const fixedTags: number[] = [];
    let spaced = false; // white space before the chunk: the one thing the automata need to know of spaces (a straight quote after one opens; Chunk.sbd)
    for (let i = 0; i < text.length;) { // wink's split of the text (wink-chunk.ts), by character codes
      const from = i;
      let code = text.charCodeAt(i);
      const cls = classOf(code);
      let hash = code;
      if (cls === CHUNK) { // most characters of a chunk are printable ASCII: no class to work out
        while (++i < text.length && (((code = text.charCodeAt(i)) > 32 && code < 0xa0) || classOf(code) === CHUNK)) hash = hashStep(hash, code);
      } else while (++i < text.length && classOf(code = text.charCodeAt(i)) === cls) hash = hashStep(hash, code);
      if (cls === SPACE) { spaced = true; continue; }
      const chunk = memo.get(text, from, i, hash);
      for (let k = 0; k < chunk.value.length; k++) {
        value.push(chunk.value[k]);
        starts.push(chunk.at[k] < 0 ? -1 : from + chunk.at[k]);
        forAutomata.push(chunk.normal[k]);
        sbdInput.push(k === 0 && spaced && chunk.sbd[0] === AMBIGUOUS_QUOTE ? QUOTE_AFTER_SPACE : chunk.sbd[k]); // wink's transformer: a quote after a space
        posHint.push(chunk.posHint[k]);
        tags.push(chunk.tag[k]);
        fixedTags.push(chunk.fixedTag[k]);
      }
      spaced = false;
    }
    const count = value.length;
    rdd.numOfTokens = count;
    sbdMachine.setPatternSwap(null);
    sbd.setter(sbdMachine.recognize(sbdInput), rdd); // tokens already transformed (Chunk.sbd): no transformer
    const posInput: number[] = new Array(count);
    for (const machine of posMachines) {
      for (let i = 0; i < count; i++) posInput[i] = tags[i] === posSkip || posHint[i] === 0 ? tags[i] : posHint[i] + HINT_BASE; // wink's POS transformer, as it reads the tags of the machine before
      posModel.updater(machine.recognize(posInput), cache, tags, forAutomata);
    }
    const pos: string[] = new Array(count);
    for (let i = 0; i < count; i++) { // wink's POS setter: the tag found, where the tokenizer fixed none
      const id = fixedTags[i] >= 0 ? fixedTags[i] : tags[i];
      pos[i] = tagName[id] ??= cache.valueOf('pos', id);
    }
    return { count, value, start: starts, pos, sentences: rdd.sentences.map((s: number[]) => [s[0], s[1]]) };
  };
  return { read, added: () => lexemes.list.length - lexemes.intrinsicSize, pluralNoun: pluralNounTest(parts) };
}
