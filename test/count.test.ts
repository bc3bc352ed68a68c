import { describe, expect, it } from 'vitest';
import { count } from '../src/format/count.js';
import { cli, repoPath } from './helpers.js';

const lexicon = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml')];

describe('counts in the human-readable outputs', () => {
  it('count: singular for 1 only', () => {
    expect([0, 1, 2].map((n) => count(n, 'quote'))).toEqual(['0 quotes', '1 quote', '2 quotes']);
    expect(count(1, 'failed record')).toBe('1 failed record');
  });

  it('one sentence, one quote, one annotation read in the singular', async () => {
    const text = 'Lavrov said: “the Kyiv regime”.';
    expect((await cli(['analyze', '-', ...lexicon], text)).out.split('\n')[0]).toBe('framelens: <stdin>  31 characters, 9 tokens, 1 sentence, 1 quote');
    const md = (await cli(['report', '-', ...lexicon], text)).out;
    expect(md).toContain('31 characters, 9 tokens, 1 sentence, 1 quotation, 1 annotation;');
    const html = (await cli(['report', '-', '-f', 'html', ...lexicon], text)).out;
    expect(html).toContain('<title>delegitimization: 0.90 (1 marker)</title>');
    expect(html).toContain('All 1 annotation in text order');
  });

  it('one document, one failed record; one marker, one file, one problem', async () => {
    const md = (await cli(['report', '--batch', '-'], '{"id":"a","categories":{"victimhood":0.5}}\n{"id":"b","error":"no text field"}\n')).out;
    expect(md).toContain('1 document, 1 failed record.');
    const folder = repoPath('test/fixtures/engine-lexicon.yaml');
    const v = await cli(['lexicons', 'validate', folder, '--no-builtin']);
    expect(v.out).toMatch(/: \d+ markers in 1 file, 0 problems\n$/);
  });
});
