import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/analyze.js';
import { compare } from '../src/compare/compare.js';
import { chooseLexicon } from '../src/io/lexicon-options.js';
import { batchHtmlReport } from '../src/report/batch-html.js';
import { readBatchRecords } from '../src/report/batch-records.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { htmlReport } from '../src/report/html-report.js';
import { CATEGORY_LOOKS } from '../src/report/palette.js';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { repoPath, seedText } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
const OUT = repoPath('test-output/browser');
const SHOTS = repoPath('test-output/screenshots');
const lexicon = chooseLexicon({ lexicon: [repoPath('test/fixtures/compare-lexicon.yaml')], builtin: false });
const side = (file: string, source: string) => { const text = readFileSync(repoPath(file), 'utf8'); return { text, result: analyze(text, { lexicon, source }) }; };
const US = side('corpus/pairs/us-readout-2026-10-14-call.txt', 'us-readout.txt');
const RU = side('corpus/pairs/ru-readout-2026-10-14-call.txt', 'ru-readout.txt');
const SEED = analyze(seedText(), { source: 'seed article (built-in lexicons)' });
const HOSTILE = 'The President said "<script>window.__pwned = 1; alert(1)</script> the war should never have started" and '
  + '<img src=x onerror="window.__pwned = 2; alert(2)"> the Kyiv \u202eregime </script><iframe src="https://example.com"></iframe> agreed to a ceasefire.';

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

let browser: Browser;
const requests: string[] = [];
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function open(name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(`${name}: ${e.message}`));
  await page.goto(pathToFileURL(join(OUT, name)).href);
  return page;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser test: no Chromium at ${CHROMIUM}; install Debian's chromium package (apt-get install -y chromium) or set FRAMELENS_CHROMIUM`);
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(OUT, 'report.html'), htmlReport(US.result, { text: US.text }));
  writeFileSync(join(OUT, 'report-ru.html'), htmlReport(RU.result, { text: RU.text }));
  writeFileSync(join(OUT, 'seed.html'), htmlReport(SEED, { text: seedText() }));
  writeFileSync(join(OUT, 'compare.html'), compareHtmlReport(compare(US, RU), US, RU));
  const hostile = analyze(HOSTILE, { lexicon, source: '<img src=x onerror=alert(3)>' });
  writeFileSync(join(OUT, 'hostile.html'), htmlReport(hostile, { text: HOSTILE }));
  const hostileSide = { text: HOSTILE, result: hostile };
  writeFileSync(join(OUT, 'compare-hostile.html'), compareHtmlReport(compare(US, hostileSide), US, hostileSide));
  const line = (id: string, date: string, s: typeof US) => JSON.stringify({ id, date, title: `${id} <script>alert(4)</script>`, categories: s.result.categories });
  writeFileSync(join(OUT, 'batch.html'), batchHtmlReport(readBatchRecords([line('us', '2026-10-14', US), line('ru', '2026-10-15', RU), line('us-again', '2026-10-20', US)].join('\n'))));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  console.log(`browser test: reports in ${OUT}, screenshots in ${SHOTS}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
});

describe('single report in Chromium', () => {
  it('renders every highlight in its category colour and tag, the chart drawn to scale', async () => {
    const page = await open('report.html');
    const marks = await page.$$eval('mark.hl.first', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), cat: e.getAttribute('data-cat'), color: getComputedStyle(e).borderBottomColor, tag: getComputedStyle(e, '::before').content, style: getComputedStyle(e).borderBottomStyle })));
    expect(marks).toHaveLength(US.result.annotations.length);
    for (const a of US.result.annotations) {
      const m = marks.find((x) => x.id === a.id)!;
      expect(m.cat).toBe(a.category);
      expect(m.color).toBe(rgb(CATEGORY_LOOKS[a.category].color));
      expect(m.tag).toContain(CATEGORY_LOOKS[a.category].abbr);
      expect(m.style).toBe(a.voice === 'quoted' ? 'double' : a.voice === 'reported' ? 'dotted' : 'solid');
    }
    const bars = await page.$$eval('svg.chart rect.bar.total', (els) => els.map((e) => ({ cat: e.getAttribute('data-cat'), w: (e as SVGGraphicsElement).getBBox().width })));
    expect(bars.map((b) => b.cat)).toEqual([...CATEGORY_IDS]);
    const pp = bars.find((b) => b.cat === 'peace-process')!.w;
    const ei = bars.find((b) => b.cat === 'economic-inducement')!.w;
    expect(pp / ei).toBeCloseTo(US.result.categories['peace-process'].score / US.result.categories['economic-inducement'].score, 2);
    expect(bars.find((b) => b.cat === 'root-causes')!.w).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'report-top.png') });
    await page.locator('svg.chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-chart.png') });
    await page.close();
  });

  it('renders the seed article with the built-in lexicons: every annotation has one focusable highlight', async () => {
    const page = await open('seed.html');
    expect(SEED.annotations.length).toBeGreaterThan(10);
    const ids = await page.$$eval('mark.hl.first[tabindex="0"]', (els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids.sort()).toEqual(SEED.annotations.map((a) => a.id).sort());
    const text = await page.locator('#text-body').innerText();
    expect(text).toContain('should never have started');
    await page.screenshot({ path: join(SHOTS, 'seed.png') });
    await page.close();
  });

  it('keeps overlapping highlights apart: both drawn, underlines at different heights', async () => {
    const page = await open('report-ru.html');
    const box = (cat: string) => page.$eval(`mark.hl.first[data-cat="${cat}"]`, (e) => { const r = e.getBoundingClientRect(); return { bottom: r.bottom, top: r.top, text: e.textContent }; });
    const loaded = await box('loaded-language');
    const victim = await box('victimhood');
    expect(loaded.text).toContain('barbaric');
    expect(victim.text).toContain('terrorist attacks');
    expect(Math.abs(loaded.bottom - victim.bottom)).toBeGreaterThanOrEqual(4);
    await page.locator('mark.hl.first[data-cat="victimhood"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-overlap.png') });
    await page.close();
  });

  it('shows details on keyboard focus and on hover, and hides them on Escape', async () => {
    const page = await open('report.html');
    await page.focus('input[data-filter="voice:reported"]');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(focused).toBe(US.result.annotations[0].id);
    const never = US.result.annotations.find((a) => a.text === 'should never have started')!;
    await page.focus(`mark.hl.first[data-id="${never.id}"]`);
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const details = await tip.innerText();
    expect(details).toContain('blame-shifting');
    expect(details).toContain('t-never-started');
    expect(details).toContain(never.score.toFixed(2));
    expect(details).toContain('voice: quoted');
    expect(details).toContain('speaker: President');
    await page.screenshot({ path: join(SHOTS, 'report-focus.png') });
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    const deals = US.result.annotations.find((a) => a.marker === 't-economic-deals')!;
    await page.hover(`mark.hl.first[data-id="${deals.id}"]`);
    expect(await tip.innerText()).toContain('economic inducement');
    await page.close();
  });

  it('filters hide and show categories and voices', async () => {
    const page = await open('report.html');
    const state = () => page.$$eval('mark.hl', (els) => els.map((e) => ({ cat: e.getAttribute('data-cat'), voice: e.getAttribute('data-voice'), off: e.classList.contains('off'), bg: getComputedStyle(e).backgroundColor, tab: e.getAttribute('tabindex') })));
    expect((await state()).every((m) => !m.off)).toBe(true);
    await page.uncheck('input[data-filter="cat:peace-process"]');
    let s = await state();
    expect(s.filter((m) => m.cat === 'peace-process').every((m) => m.off && m.bg === 'rgba(0, 0, 0, 0)' && m.tab !== '0')).toBe(true);
    expect(s.filter((m) => m.cat !== 'peace-process').every((m) => !m.off)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'report-filtered.png') });
    await page.check('input[data-filter="cat:peace-process"]');
    await page.uncheck('input[data-filter="voice:quoted"]');
    s = await state();
    expect(s.some((m) => m.voice === 'quoted')).toBe(true);
    expect(s.every((m) => m.off === (m.voice === 'quoted'))).toBe(true);
    await page.close();
  });

  it('prints without the filters and tooltip', async () => {
    const page = await open('report.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.filters', (e) => getComputedStyle(e).display)).toBe('none');
    await page.pdf({ path: join(SHOTS, 'report-print.pdf') });
    await page.close();
  });
});

describe('hostile input', () => {
  it('shows the markup as text and runs nothing', async () => {
    const page = await open('hostile.html');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$('main img, main iframe, main script')).toHaveLength(0);
    const text = await page.locator('#text-body').innerText();
    expect(text).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2; alert(2)">');
    expect(await page.title()).toContain('<img src=x onerror=alert(3)>');
    expect(await page.locator('table.quotes').innerText()).toContain('<script>window.__pwned = 1; alert(1)</script>');
    await page.focus('mark.hl.first[data-cat="blame-shifting"]');
    expect(await page.locator('#tip').innerText()).toContain('should never have started');
    expect(await page.$$('#tip *:not(div):not(span)')).toHaveLength(0);
    await page.focus('mark.hl.first[data-cat="delegitimization"]'); // a right-to-left override inside the marker: shown, not obeyed
    expect(await page.locator('#tip').innerText()).toContain('Kyiv \\u{202e}regime');
    expect(await page.locator('#text-body').innerText()).toContain('Kyiv \\u{202e}regime');
    await page.screenshot({ path: join(SHOTS, 'hostile.png') });
    await page.close();
  });

  it('the compare page escapes it too, in the text, the source names and the shared phrases', async () => {
    const page = await open('compare-hostile.html');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$('main img, main iframe, main script')).toHaveLength(0);
    expect(await page.locator('#B-text').innerText()).toContain('<img src=x onerror="window.__pwned = 2; alert(2)">');
    expect(await page.locator('#B-head').innerText()).toContain('<img src=x onerror=alert(3)>');
    await page.close();
  });
});

describe('compare and batch pages', () => {
  it('compare shows both texts highlighted, details on focus, filters on both sides', async () => {
    const page = await open('compare.html');
    expect(await page.$$eval('#A-text mark.hl.first', (e) => e.length)).toBe(US.result.annotations.length);
    expect(await page.$$eval('#B-text mark.hl.first[data-cat="delegitimization"]', (e) => e.length)).toBe(1);
    await page.focus('#B-text mark.hl.first[data-cat="delegitimization"]');
    expect(await page.locator('#tip').innerText()).toContain('Kyiv regime');
    await page.screenshot({ path: join(SHOTS, 'compare.png') });
    await page.uncheck('input[data-filter="cat:peace-process"]');
    const off = await page.$$eval('mark.hl[data-cat="peace-process"]', (els) => els.map((e) => [e.closest('.text')!.id, e.classList.contains('off')]));
    expect(new Set(off.map(([id]) => id))).toEqual(new Set(['A-text', 'B-text']));
    expect(off.every(([, o]) => o)).toBe(true);
    expect(await page.$$eval('svg.compare-chart rect.bar', (e) => e.length)).toBe(24);
    const r = compare(US, RU);
    let checked = 0;
    for (const [i, p] of r.shared.entries()) {
      if (p.kind !== 'exact') continue;
      for (const [side, want] of [['A', p.a.text], ['B', p.b.text]] as const) {
        expect(await page.$$eval(`#${side}-text .sh[data-shared="s${i + 1}"]`, (els) => els.map((e) => e.textContent).join(''))).toBe(want);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    const prisoners = r.shared.findIndex((p) => p.kind === 'exact' && p.a.text.includes('175 prisoners')) + 1;
    await page.click(`a[href="#B-s${prisoners}"]`);
    expect(await page.evaluate(() => location.hash)).toBe(`#B-s${prisoners}`);
    await page.close();
  });

  it('batch heat map sorts by a column, the time line is drawn and links to rows', async () => {
    const page = await open('batch.html');
    const order = () => page.$$eval('table.heat tbody tr', (rows) => rows.map((r) => r.id));
    expect(await order()).toEqual(['doc-1', 'doc-2', 'doc-3']);
    await page.click('th button[aria-label="sort by delegitimization"]');
    expect((await order())[0]).toBe('doc-2');
    await page.click('th button[aria-label="sort by delegitimization"]');
    expect((await order())[2]).toBe('doc-2');
    expect(await page.$$eval('svg.timeline polyline', (e) => e.length)).toBeGreaterThan(1);
    const lineShown = () => page.$eval('svg.timeline .series[data-cat="delegitimization"]', (g) => getComputedStyle(g).display !== 'none');
    expect(await lineShown()).toBe(true);
    await page.uncheck('input[data-filter="cat:delegitimization"]');
    expect(await lineShown()).toBe(false);
    await page.check('input[data-filter="cat:delegitimization"]');
    expect(await page.locator('table.heat').innerText()).toContain('<script>alert(4)</script>');
    await page.screenshot({ path: join(SHOTS, 'batch.png'), fullPage: true });
    await page.locator('svg.timeline a[href="#doc-2"]').last().click();
    expect(await page.evaluate(() => location.hash)).toBe('#doc-2');
    await page.close();
  });
  it('at phone width the pages do not scroll sideways: a wide table scrolls by itself', async () => {
    for (const name of ['report.html', 'seed.html', 'compare.html']) {
      const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
      await page.goto(pathToFileURL(join(OUT, name)).href);
      expect([name, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([name, 400]);
      await page.close();
    }
  });
});
