import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLabelDocs } from '../src/docs/labels-docs.js';
import { renderLexiconDocs } from '../src/docs/lexicon-docs.js';
import { cell, codeCell } from '../src/docs/markdown.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { loadLexiconSources } from '../src/lexicon/load.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { repoPath } from './helpers.js';

let compiled: ReturnType<typeof compileLexicon> | undefined;
/** The lexicons compiled from source once for the file (3 to 5 s on a loaded 2-core machine: the tests below share it). */
const lexicon = () => (compiled ??= compileLexicon(loadLexiconSources(repoPath('lexicons'), repoPath(''))));
const stale = 'is stale: run `npm run docs` and commit it';

describe('generated docs', () => {
  it(`docs/lexicons.md matches lexicons/ (${stale})`, () => {
    expect(readFileSync(repoPath('docs/lexicons.md'), 'utf8') === renderLexiconDocs(lexicon()), `docs/lexicons.md ${stale}`).toBe(true);
  }, 30_000);

  it(`docs/labels.md matches src/labels/semeval-mapping.json (${stale})`, () => {
    expect(readFileSync(repoPath('docs/labels.md'), 'utf8') === renderLabelDocs(), `docs/labels.md ${stale}`).toBe(true);
  });

  it('has one section per category with every marker, its weight and its first example', () => {
    const lex = lexicon();
    const doc = renderLexiconDocs(lex);
    for (const id of CATEGORY_IDS) expect(doc).toContain(`\n## ${id}\n`);
    expect(doc).toContain('\n## Stance lists\n');
    for (const m of lex.markers) expect(doc).toContain(`| ${codeCell(m.id)} | ${codeCell(m.patterns[0].source)}`);
    for (const m of lex.markers) expect(doc).toContain(`| ${m.weight.toFixed(2)} | ${cell(m.examples[0])}`);
  });
});

describe('markdown cells', () => {
  it('escapes pipes and specials so a cell cannot break the table', () => {
    expect(cell('a|b *c* <d> & e_f\nnext')).toBe('a\\|b \\*c\\* &lt;d&gt; &amp; e\\_f next');
    expect(cell("China's")).toBe("China's");
    expect(codeCell('(a|b) c')).toBe('`(a\\|b) c`');
    expect(codeCell('x`y')).toBe('`` x`y ``');
  });
});
