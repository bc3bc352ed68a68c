import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

const pair = [repoPath('corpus/pairs/us-readout-2026-10-14-call.txt'), repoPath('corpus/pairs/ru-readout-2026-10-14-call.txt')];
const fixture = ['--lexicon', repoPath('test/fixtures/compare-lexicon.yaml'), '--no-builtin'];

describe('compare --threshold', () => {
  it('JSON: says the threshold and which side each category is detected in', async () => {
    const low = JSON.parse((await cli(['compare', ...pair, ...fixture, '-f', 'json'])).out);
    expect(low.threshold).toBe(0.35);
    expect(low.categories.delegitimization).toMatchObject({ a: 0, detected: { a: false, b: true } });
    const high = JSON.parse((await cli(['compare', ...pair, ...fixture, '-f', 'json', '-t', '0.95'])).out);
    expect(high.threshold).toBe(0.95);
    expect(high.categories.delegitimization.detected).toEqual({ a: false, b: false });
  });

  it('text and Markdown mark the detected side of each category and name the threshold, so -t changes what they say', async () => {
    const text = (await cli(['compare', ...pair, ...fixture])).out;
    expect(text).toMatch(/^category\s+A\s+B\s+B-A\s+A own\s+B own\s+detected$/m);
    expect(text).toMatch(/^delegitimization\s+0\.00\s+0\.90\s+\+0\.90\s+0\.00\s+0\.00\s+B$/m);
    expect(text).toContain('detected: score >= 0.35');
    const strict = (await cli(['compare', ...pair, ...fixture, '-t', '0.95'])).out;
    expect(strict).toMatch(/^delegitimization\s+0\.00\s+0\.90\s+\+0\.90\s+0\.00\s+0\.00$/m);
    expect(strict).toContain('detected: score >= 0.95');
    const md = (await cli(['compare', ...pair, ...fixture, '-f', 'md'])).out;
    expect(md).toMatch(/\| delegitimization \| 0\.00 \| 0\.90 \| \+0\.90 \| 0\.00 \| 0\.00 \| B \|/);
    expect(md).toContain('detected at a score of 0.35 or more');
  });

  it('HTML: the chart draws the threshold line', async () => {
    const html = (await cli(['compare', ...pair, ...fixture, '-f', 'html', '-t', '0.6'])).out;
    expect(html).toMatch(/<svg class="chart compare-chart"[\s\S]*class="threshold"[\s\S]*threshold 0\.6/);
  });
});

describe('compare HTML: the scores in figures, not only as bars', () => {
  it('has a category table with A, B, B - A, each side\'s own words and the detected side, as the Markdown has', async () => {
    const html = (await cli(['compare', ...pair, ...fixture, '-f', 'html'])).out;
    expect(html).toMatch(/<table class="cats compare-cats"><caption>Category scores, A and B \(detected at 0\.35 or more; "own": from each side's own words, without what it quotes or reports\)<\/caption>/);
    expect(html).toMatch(/<tr data-cat="delegitimization"><th scope="row">.*?<\/th><td>0\.00<\/td><td>0\.90<\/td><td>\+0\.90<\/td><td>0\.00<\/td><td>0\.00<\/td><td>B<\/td><\/tr>/);
  });
});
