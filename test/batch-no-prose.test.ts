import { describe, expect, it } from 'vitest';
import { bin, repoPath } from './helpers.js';

// Spawns the built CLI (npm test builds first). A record that is markup without prose (a scraped page whose text a
// script loads) has nothing to score, as an empty text has: it is a failed record, not a row of zeros.
const lex = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];

describe('batch: a marked-up record with no prose is a failed record, as an empty one is', () => {
  it('names it by line and id, writes the good records, exits 1', () => {
    const input = [
      JSON.stringify({ id: 'shell', text: '<html><head><script>load("/text")</script></head><body><div id="app"></div></body></html>' }),
      JSON.stringify({ id: 'good', text: '<p>The Kyiv regime refused.</p>' }),
    ].join('\n');
    const r = bin(['batch', '-', '--quiet', ...lex], { input });
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['good']);
    expect(r.err).toContain('framelens: <stdin>:1: no text (no prose once the HTML markup is read past; --strip none reads it as it is) (id "shell")\n');
  });

  it('--strip none reads it as it is, and scores it', () => {
    const r = bin(['batch', '-', '--quiet', '--strip', 'none', ...lex], { input: JSON.stringify({ id: 'shell', text: '<div id="app"></div>' }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('shell');
  });
});
