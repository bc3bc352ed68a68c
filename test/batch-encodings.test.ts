import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/batch/read-csv.js';
import { readJsonl } from '../src/batch/read-jsonl.js';
import type { ReadItem } from '../src/batch/types.js';
import { utf16ToUtf8 } from '../src/batch/utf16-stream.js';
import { bin, repoPath } from './helpers.js';

// How the batch JSONL and CSV readers take a file that is not UTF-8: UTF-16 with a byte order mark is decoded; a binary file (gzip, UTF-16 without a mark) is one failed record.
async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}
const ctx = { maxChars: 1000, warn: () => {} };
const columns = { text: 'text', id: 'id' };
const view = (i: ReadItem) => ('record' in i ? [i.record.id, i.record.text] : [i.error.origin.line, i.error.message]);
/** `text` in UTF-16 (LE or BE) with a byte order mark, cut into chunks of `size` bytes (odd sizes split code units and surrogate pairs). */
function utf16(text: string, le: boolean, size: number): Buffer[] {
  const body = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!le) body.swap16();
  const chunks: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) chunks.push(body.subarray(i, i + size));
  return chunks;
}

describe('batch input encodings', () => {
  const jsonl = '{"id":"a","text":"Peace talks 😀 now."}\r\n{"id":"b","text":"Ceasefire é."}\n';
  it('decodes UTF-16 JSONL and CSV with a byte order mark, whatever the chunking', async () => {
    for (const le of [true, false]) {
      for (const size of [1, 3, 7, 4096]) {
        expect((await collect(readJsonl(utf16ToUtf8(Readable.from(utf16(jsonl, le, size))), 'in.jsonl', columns, ctx))).map(view), `${le} ${size}`)
          .toEqual([['a', 'Peace talks 😀 now.'], ['b', 'Ceasefire é.']]);
        expect((await collect(readCsv(utf16ToUtf8(Readable.from(utf16('id,text\r\na,"Peace, 😀"\r\n', le, size))), 'in.csv', columns, ctx))).map(view))
          .toEqual([['a', 'Peace, 😀']]);
      }
    }
  });
  it('passes UTF-8 through byte for byte', async () => {
    const bytes = Buffer.from(`\ufeff${jsonl}`);
    expect(Buffer.concat(await collect(utf16ToUtf8(Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]))))).toEqual(bytes);
  });
  it('refuses a gzip or UTF-16 JSONL without a byte order mark as one failed record, not one a line', async () => {
    const gz = gzipSync(Buffer.from(jsonl.repeat(50)));
    expect((await collect(readJsonl(Readable.from([gz]), 'in.jsonl', columns, ctx))).map(view)).toEqual([[null, 'not a text file']]);
    const bomless = Buffer.from('{"id":"a","text":"Peace talks now."}\n{"id":"b","text":"Ceasefire."}\n', 'utf16le');
    expect((await collect(readJsonl(Readable.from([bomless]), 'in.jsonl', columns, ctx))).map(view))
      .toEqual([[null, 'not a text file (it looks like UTF-16 without a byte order mark: save it as UTF-8)']]);
    expect((await collect(readCsv(Readable.from([Buffer.from('id,text\na,Peace talks.\n', 'utf16le')]), 'in.csv', columns, ctx))).map(view))
      .toEqual([[null, 'not a text file (it looks like UTF-16 without a byte order mark: save it as UTF-8)']]);
  });
});

describe('framelens batch on a UTF-16 CSV (a spreadsheet export)', { timeout: 30_000 }, () => {
  it('scores its rows as the UTF-8 file gives them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-batch-utf16-'));
    try {
      const csv = 'id,text\r\na,"Lavrov said the Kyiv regime refused peace talks."\r\nb,A cease-fire.\r\n';
      writeFileSync(join(dir, 'utf8.csv'), csv);
      writeFileSync(join(dir, 'utf16.csv'), Buffer.concat(utf16(csv, true, 1 << 20)));
      const lex = ['--no-builtin', '--lexicon', repoPath('test/fixtures/engine-lexicon.yaml'), '-q'];
      const a = bin(['batch', 'utf8.csv', ...lex], { cwd: dir });
      const b = bin(['batch', 'utf16.csv', ...lex], { cwd: dir });
      expect([b.code, b.err]).toEqual([0, '']);
      expect(b.out).toBe(a.out.replaceAll('"source":"utf8.csv"', '"source":"utf16.csv"'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
