import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compare } from '../src/compare/compare.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { repoPath } from './helpers.js';

// The compare page on a laptop screen: the "only in A / only in B" tables (five columns each, with the words, voice
// and speaker last) squeezed side by side left the words a column of one or two words a line and pushed B's table
// past the right edge of a 1100 px window. Chromium as in browser.test.ts (Debian's chromium, or FRAMELENS_CHROMIUM).
vi.setConfig({ testTimeout: 30_000 });
const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
const OUT = repoPath('test-output/browser');
const side = (file: string) => { const text = readFileSync(repoPath(file), 'utf8'); return { text, result: analyze(text, { source: file }) }; };
const US = side('corpus/pairs/us-readout-2026-10-14-call.txt');
const RU = side('corpus/pairs/ru-readout-2026-10-14-call.txt');
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser test: no Chromium at ${CHROMIUM}; install Debian's chromium package (apt-get install -y chromium) or set FRAMELENS_CHROMIUM`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'compare-builtin.html'), compareHtmlReport(compare(RU, US), RU, US));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 60_000);

afterAll(async () => { await browser?.close(); });

describe('compare page layout in Chromium', () => {
  it.each([1100, 1400])('at %i px: no sideways scrolling, and the words of each only-in marker get at least 15 em', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(join(OUT, 'compare-builtin.html')).href);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      em: Number.parseFloat(getComputedStyle(document.body).fontSize),
      words: [...document.querySelectorAll('table.only td.quote')].map((td) => td.getBoundingClientRect().width),
    }));
    expect(m.scroll).toBeLessThanOrEqual(m.client);
    expect(m.words.length).toBeGreaterThan(0);
    expect(Math.min(...m.words)).toBeGreaterThanOrEqual(15 * m.em);
    await page.close();
  });
});
