import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerSeparator } from '../src/batch/csv-header.js';
import { decodeWindows1252, looksLikeWindows1252 } from '../src/io/windows-1252.js';
import { CsvRowSplitter, type CsvRow, type CsvRowError } from '../src/batch/csv-rows.js';
import { csvField } from '../src/batch/format-row.js';
import { readLines } from '../src/batch/lines.js';
import { readCsv } from '../src/batch/read-csv.js';
import { readInputs } from '../src/batch/read-inputs.js';
import { StopControl } from '../src/batch/stop-control.js';
import { OrderedWriter } from '../src/batch/ordered-writer.js';
import { BYTES_PER_WORKER, workersFor } from '../src/batch/pool-size.js';
import { lineLimit, readJsonl } from '../src/batch/read-jsonl.js';
import { makeRecord } from '../src/batch/records.js';
import type { ReadItem } from '../src/batch/types.js';

/** Split CSV text into rows the way the batch reader does: line by line through the splitter. */
function splitCsv(text: string): (CsvRow | CsvRowError)[] {
  const splitter = new CsvRowSplitter();
  const rows: (CsvRow | CsvRowError)[] = [];
  const parts = text.split(/(\r?\n)/);
  for (let i = 0, line = 1; i < parts.length; i += 2, line++) {
    const row = splitter.push(parts[i], line, parts[i + 1] ?? '', Buffer.byteLength(parts[i] + (parts[i + 1] ?? '')));
    if (row) rows.push(row);
  }
  const last = splitter.end();
  if (last) rows.push(last);
  return rows;
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('batch CSV rows', () => {
  it('keeps quoted commas, doubled quotes and line breaks, and names each row by its first line', () => {
    const rows = splitCsv('id,text\r\n1,"a, ""b""\r\nc"\r\n\r\n2,plain\r\n3,"open');
    expect(rows).toEqual([
      { fields: ['id', 'text'], line: 1, size: 9 },
      { fields: ['1', 'a, "b"\r\nc'], line: 2, size: 17 },
      { fields: ['2', 'plain'], line: 5, size: 9 },
      { message: 'invalid CSV: the quoted field 2 is not closed before the end of the file', line: 6, size: 7, fields: ['3', ''], badField: 1 }, // the fields before it, so the error can name the row's id
    ]);
  });
  it('refuses text after a closing quote', () => {
    expect(splitCsv('"a"b,c\nd,e')).toEqual([
      { message: 'invalid CSV: text after a closing quote in field 1', line: 1, size: 7, fields: ['a', 'c'], badField: 0 }, // the fields read, so the error can name the row's id
      { fields: ['d', 'e'], line: 2, size: 3 },
    ]);
  });
  it('writes a text a spreadsheet would run as a formula with a leading apostrophe, numbers as they are', () => {
    expect(['=HYPERLINK("http://x","y")', '+1', '-a', '@SUM(A1)', '\tx', 'fine', '2025-03-18'].map(csvField)).toEqual([
      '"\'=HYPERLINK(""http://x"",""y"")"', "'+1", "'-a", "'@SUM(A1)", "'\tx", 'fine', '2025-03-18',
    ]);
    expect([-0.5, 3].map(csvField)).toEqual(['-0.5', '3']);
    expect(csvField('red \u001b[31mtext\u0007')).toBe('red \\u{1b}[31mtext\\u{7}'); // no escape sequence reaches a terminal
    expect(csvField('a\tb')).toBe('a\tb');
    expect(csvField('Kyiv \u202eregime')).toBe('Kyiv \\u{202e}regime'); // a bidi override, as HTML and the terminal show it
  });
  it('reads back any rows written with csvField', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = rows.map((r) => r.map(csvField).join(',')).join('\n');
      expect(splitCsv(text).map((r) => ('fields' in r ? r.fields : r.message))).toEqual(rows);
    }));
  });
});

describe('batch line reader', () => {
  it('splits lines across chunk boundaries, with LF, CRLF and no final break', async () => {
    const chunks = ['{"a"', ':1}\r', '\n\n{"b":2}\n{"c"', ':3}'].map((s) => Buffer.from(s));
    const lines = await collect(readLines(Readable.from(chunks)));
    expect(lines.map((l) => [l.line, l.bytes.toString(), l.eol, l.size])).toEqual([
      [1, '{"a":1}', '\r\n', 9], [2, '', '\n', 1], [3, '{"b":2}', '\n', 8], [4, '{"c":3}', '', 7],
    ]);
  });
  it('drops the bytes of a line longer than its limit, across chunks, and keeps the lines around it', async () => {
    const chunks = ['ok1\n', 'x'.repeat(6), 'x'.repeat(6), 'xx\nok2\n', 'y'.repeat(20)].map((s) => Buffer.from(s));
    const lines = await collect(readLines(Readable.from(chunks), 10));
    expect(lines.map((l) => [l.line, l.bytes.toString(), l.size, l.tooLong])).toEqual([
      [1, 'ok1', 4, false], [2, '', 15, true], [3, 'ok2', 4, false], [4, '', 20, true],
    ]);
    const exact = await collect(readLines(Readable.from([Buffer.from('abcdefghij\nabcdefghijk')]), 10));
    expect(exact.map((l) => l.tooLong)).toEqual([false, true]);
  });
  it('reports a JSONL line too long for any record within --max-chars, and reads on', async () => {
    const long = JSON.stringify({ id: 'big', text: 'w '.repeat(70_000) });
    const input = Buffer.from(`${long}\n{"id":"after","text":"Peace talks."}\n`);
    const items = await collect(readJsonl(Readable.from([input]), 'in.jsonl', { text: 'text', id: 'id' }, { maxChars: 20, warn: () => {} }));
    expect(items.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual([
      `line of ${long.length + 1} bytes, longer than any record within --max-chars 20 (at most ${lineLimit(20)} bytes); skipped unread`, 'after',
    ]);
  });
  it('warns about a passthrough number too large to keep exactly, and keeps the record', async () => {
    const warnings: string[] = [];
    const input = Buffer.from('{"id":"a","text":"Peace talks.","tweet_id":12345678901234567890,"n":12}\n');
    const items = await collect(readJsonl(Readable.from([input]), 'in.jsonl', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect(items.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual(['a']);
    expect(warnings).toEqual(['framelens: in.jsonl:1: field "tweet_id" is a number too large to keep exactly (read as 12345678901234567000); it is passed through as read: write it as a string to keep every digit']);
  });
  it('names a CSV whose lines end in a bare carriage return (old Mac) instead of reading it as one header', async () => {
    const items = await collect(readCsv(Readable.from([Buffer.from('id,text\ra,Peace talks.\rb,A truce.\r')]), 'mac.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: () => {} }));
    expect(items.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual([expect.stringMatching(/^invalid CSV: its lines end in a carriage return alone/)]);
    const crlf = await collect(readCsv(Readable.from([Buffer.from('id,text\r\na,Peace talks.\r\n')]), 'ok.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: () => {} }));
    expect(crlf.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual(['a']);
  });
  it('names the id of a CSV row a stray quote broke, unless the quote broke the id itself', async () => {
    const read = (csv: string) => collect(readCsv(Readable.from([Buffer.from(csv)]), 'in.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: () => {} }));
    const errors = (await read('id,text\nc1,Peace talks.\nc4,"bad "quote" here"\n"c5"x,A truce.\n')).flatMap((i) => ('error' in i ? [i.error] : []));
    expect(errors.map((e) => [e.message, e.id])).toEqual([['invalid CSV: text after a closing quote in field 2', 'c4'], ['invalid CSV: text after a closing quote in field 1', undefined]]);
  });
  it('reports a CSV line or a record too long for --max-chars (an unclosed quote) without keeping it, and reads on', async () => {
    const read = (csv: string) => collect(readCsv(Readable.from([Buffer.from(csv)]), 'in.csv', { text: 'text', id: 'id' }, { maxChars: 20, warn: () => {} }));
    const view = (i: ReadItem) => ('record' in i ? i.record.id : `${i.error.origin.line}: ${i.error.message}`);
    const long = 'x'.repeat(lineLimit(20) + 10);
    expect((await read(`id,text\na,Peace talks.\nb,${long}\nc,A truce.\n`)).map(view)).toEqual([
      'a', expect.stringMatching(/^3: invalid CSV: a line of \d+ bytes, longer than any record within --max-chars 20 .*skipped unread$/), 'c',
    ]);
    expect((await read(`id,text\na,"Peace\n${long}\nc,A truce.\n`)).map(view)).toEqual([
      expect.stringMatching(/^2: invalid CSV: the record runs into line 3, a line of/), 'c',
    ]);
    const lines = Array.from({ length: 10_000 }, (_, i) => `r${i},word`).join('\n'); // a stray quote swallows the lines after it, past the limit
    expect((await read(`id,text\na,"Peace talks.\n${lines}\nend"\nc,A truce.\n`)).map(view)).toEqual([
      expect.stringMatching(/^2: invalid CSV: the record runs past \d+ bytes, longer than any record within --max-chars \(an unclosed quote\?\)$/), 'c',
    ]);
    expect((await read(`id,text\na,"Peace talks.\n${lines}\n`)).map(view)).toEqual(['2: invalid CSV: a quoted field is not closed before the end of the file; 10000 lines (3-10002) were read into it, so their records are lost with it (close the quote)']);
    expect((await read('id,text\na,"Peace talks.\nb,A truce.\n')).map(view)).toEqual(['2: invalid CSV: the quoted field 2 is not closed before the end of the file; line 3 was read into it, so its record is lost with it (close the quote)']);
  });
  it('reads CSV separated by semicolons or tabs, as its header shows (spreadsheets in comma-decimal locales, TSV)', async () => {
    const read = (csv: string) => collect(readCsv(Readable.from([Buffer.from(csv)]), 'in.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: () => {} }));
    const view = (i: ReadItem) => ('record' in i ? [i.record.id, i.record.text, i.record.passthrough] : [i.error.origin.line, i.error.message]);
    expect((await read('id;date;text\na;2025-03-18;"Peace; talks, at last."\nb;2025-03-19;A truce.\n')).map(view)).toEqual([['a', 'Peace; talks, at last.', { date: '2025-03-18' }], ['b', 'A truce.', { date: '2025-03-19' }]]);
    expect((await read('id\ttext\na\tPeace, talks; truce.\n')).map(view)).toEqual([['a', 'Peace, talks; truce.', {}]]);
    expect((await read('"id; key",text\na,Peace; talks.\n')).map(view)).toEqual([['in.csv:2', 'Peace; talks.', { 'id; key': 'a' }]]); // a comma file: the semicolon is inside the quoted column name
    expect(headerSeparator('id,text')).toBe(',');
    expect(headerSeparator('text')).toBe(',');
    expect(headerSeparator('"a,b";text;date')).toBe(';');
    expect(headerSeparator('id\ttext\tnote;x')).toBe('\t');
  });
  it('refuses a CSV header without the text column (naming a bar separator) or naming the text or id column twice, and warns about another column named twice', async () => {
    const warnings: string[] = [];
    const read = (csv: string) => collect(readCsv(Readable.from([Buffer.from(csv)]), 'in.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    const view = (i: ReadItem) => ('record' in i ? [i.record.id, i.record.text, i.record.passthrough] : [i.error.origin.line, i.error.message]);
    expect((await read('id,text,id\na,Peace talks.,b\n')).map(view)).toEqual([[1, 'the CSV header names column "id" 2 times (columns 1, 3); rename all but one, or choose another with --id-column']]);
    expect((await read('text,id,text\nPeace.,a,Talks.\n')).map(view)).toEqual([[1, 'the CSV header names column "text" 2 times (columns 1, 3); rename all but one, or choose another with --text-column']]);
    expect((await read('id|text\na|Peace talks.\n')).map(view)).toEqual([[1, 'no column "text" in the CSV header ("id|text", one column): it looks separated by "|"; batch reads CSV separated by commas, semicolons or tabs (save it with one of those)']]);
    expect((await read('id,body\na,Peace talks.\n')).map(view)).toEqual([[1, 'no column "text" in the CSV header (columns: id, body); choose one with --text-column']]);
    expect(warnings).toEqual([]);
    const chosen = (csv: string, id: string) => collect(readCsv(Readable.from([Buffer.from(csv)]), 'in.csv', { text: 'text', id, idChosen: true }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect((await chosen('key,text\na,Peace talks.\n', 'nope')).map(view)).toEqual([[1, 'no column "nope" in the CSV header (columns: key, text); choose one with --id-column']]);
    expect((await chosen('key,text\na,Peace talks.\n', 'key')).map(view)).toEqual([['a', 'Peace talks.', {}]]);
    expect((await read('key,text\na,Peace talks.\n')).map(view)).toEqual([['in.csv:2', 'Peace talks.', { key: 'a' }]]); // the default id column may be absent: ids are file and line
    expect((await read('id,text,note,note\na,Peace talks.,x,y\n')).map(view)).toEqual([['a', 'Peace talks.', { note: 'y' }]]);
    expect(warnings).toEqual(['framelens: in.csv:1: the CSV header names column "note" more than once; each row keeps its last value']);
  });
  it('warns once a file when a JSONL record lacks the field named with --id-column (a typo would replace every id), never for the default "id"', async () => {
    const warnings: string[] = [];
    const input = () => Readable.from([Buffer.from('{"id":"kr","text":"Peace talks."}\n{"key":"b","text":"A truce."}\n{"id":"c","text":"Talks."}\n')]);
    const chosen = await collect(readJsonl(input(), 'in.jsonl', { text: 'text', id: 'key', idChosen: true }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect(chosen.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual(['in.jsonl:1', 'b', 'in.jsonl:3']);
    expect(warnings).toEqual(['framelens: in.jsonl:1: no field "key" (--id-column); records without it get their file and line as id']);
    warnings.length = 0;
    await collect(readJsonl(input(), 'in.jsonl', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect(warnings).toEqual([]);
  });
  it('turns JSONL lines into records and errors with line numbers; blank lines are skipped', async () => {
    const input = Buffer.from('{"id":"x","text":"Peace talks.","date":"2025"}\n\nnot json\n[1]\n{"text":"a\\u0000b"}\n{"text":"  "}\n{"id":{},"text":"t"}\n');
    const warnings: string[] = [];
    const items = await collect(readJsonl(Readable.from([input]), 'in.jsonl', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    const view = (i: ReadItem) => ('record' in i ? ['ok', i.record.origin.line, i.record.id] : ['error', i.error.origin.line, i.error.message]);
    expect(items.map(view)).toEqual([
      ['ok', 1, 'x'],
      ['error', 3, expect.stringMatching(/^invalid JSON \(/)],
      ['error', 4, 'a record must be a JSON object with a "text" field'],
      ['error', 5, 'binary data, not text'],
      ['error', 6, 'no text (the text is only white space)'],
      ['error', 7, '"id" must be a string or a number, got an object'],
    ]);
    expect(warnings).toEqual([]);
  });
  it('decodes damaged UTF-8 with replacement characters and a warning naming the line', async () => {
    const warnings: string[] = [];
    const bytes = Buffer.concat([Buffer.from('{"text":"café '), Buffer.from([0xe9]), Buffer.from('"}\n')]); // valid UTF-8 and a stray byte
    const [item] = await collect(readJsonl(Readable.from([bytes]), 'in.jsonl', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect('record' in item && item.record.text).toBe('café \uFFFD');
    expect(warnings).toEqual(['framelens: in.jsonl:1: invalid UTF-8, decoded with replacement characters (U+FFFD)']);
  });
  it('reads lines that are not UTF-8 as Windows-1252 (a CSV saved by Excel on Windows), with one warning per file', async () => {
    const warnings: string[] = [];
    const bytes = Buffer.concat([Buffer.from('id,text\na,"Peskov called it '), Buffer.from([0x93]), Buffer.from('absurd'), Buffer.from([0x94]), Buffer.from('."\nb,caf'), Buffer.from([0xe9]), Buffer.from('\nc,plain\n')]);
    const items = await collect(readCsv(Readable.from([bytes]), 'in.csv', { text: 'text', id: 'id' }, { maxChars: 100, warn: (w) => warnings.push(w) }));
    expect(items.map((i) => ('record' in i ? i.record.text : i.error.message))).toEqual(['Peskov called it “absurd”.', 'café', 'plain']);
    expect(warnings).toEqual(['framelens: in.csv:2: not UTF-8; read as Windows-1252 from here on where a line is not UTF-8 (save the file as UTF-8 to be sure)']);
    expect(looksLikeWindows1252(Buffer.from('café'))).toBe(false); // valid UTF-8
    expect(looksLikeWindows1252(Buffer.from([0x63, 0xc3, 0xa9, 0xe9]))).toBe(false); // valid UTF-8 and a stray byte: damaged UTF-8
    expect(decodeWindows1252(Buffer.from([0x80, 0x93, 0x41, 0x94, 0x96, 0x97, 0x85, 0xe9, 0x81]))).toBe('€“A”–—…é\u0081');
  });
});

describe('batch records and order', () => {
  it('passes other fields through, keeps a record source, and names records without an id by path:line', () => {
    const item = makeRecord({ text: 'Peace.', source: 'tass.ru', date: '2025-03-18', stats: 'dropped' }, { path: 'a.jsonl', line: 4 }, 10, 100);
    expect(item).toEqual({ record: { origin: { path: 'a.jsonl', line: 4 }, id: 'a.jsonl:4', source: 'tass.ru', passthrough: { date: '2025-03-18' }, text: 'Peace.', size: 10 } });
  });
  it('refuses a number id that JSON reading has rounded (past 2^53) or made Infinity, and keeps exact ones', () => {
    const origin = { path: 'a.jsonl', line: 1 };
    const id = (line: string) => { const item = makeRecord(JSON.parse(line), origin, 10, 100); return 'record' in item ? item.record.id : item.error.message; };
    expect(id('{"id":12345678901234567890,"text":"Peace."}')).toBe('"id" is a number too large to keep exactly (read as 12345678901234567000; integers stop being exact at 2^53): write it as a string');
    expect(id('{"id":9007199254740993,"text":"Peace."}')).toMatch(/^"id" is a number too large to keep exactly \(read as 9007199254740992;/);
    expect(id('{"id":1e400,"text":"Peace."}')).toMatch(/^"id" is a number too large to keep exactly \(read as Infinity;/);
    expect([id('{"id":9007199254740991,"text":"Peace."}'), id('{"id":-3,"text":"Peace."}'), id('{"id":2.5,"text":"Peace."}'), id('{"id":"12345678901234567890","text":"Peace."}')])
      .toEqual([9007199254740991, -3, 2.5, '12345678901234567890']);
  });
  it('reads only a record\'s own fields: constructor or toString is not a field it lacks, and __proto__ is passed through', async () => {
    const origin = { path: 'a.jsonl', line: 1 };
    const view = (item: ReadItem) => ('record' in item ? [item.record.id, JSON.stringify({ ...item.record.passthrough })] : item.error.message);
    const line = JSON.parse('{"id":"a","text":"Peace.","__proto__":"x","hasOwnProperty":1}');
    expect(view(makeRecord(line, origin, 10, 100))).toEqual(['a', '{"__proto__":"x","hasOwnProperty":1}']);
    expect(view(makeRecord(line, origin, 10, 100, 'text', 'constructor'))).toEqual(['a.jsonl:1', '{"__proto__":"x","hasOwnProperty":1}']);
    expect(view(makeRecord(line, origin, 10, 100, 'toString'))).toBe('no "toString" field');
    const rows = await collect(readCsv(Readable.from([Buffer.from('__proto__,text\nx,Peace.\n')]), 'in.csv', { text: 'text', id: 'constructor' }, { maxChars: 100, warn: () => {} }));
    expect(rows.map(view)).toEqual([['in.csv:2', '{"__proto__":"x"}']]);
  });
  it('emits items in sequence order whatever order they finish in', () => {
    const seen: string[] = [];
    const writer = new OrderedWriter<string>((item) => seen.push(item));
    writer.put(2, 'c');
    writer.put(1, 'b');
    expect(seen).toEqual([]);
    writer.put(0, 'a');
    writer.put(3, 'd');
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    expect(writer.flushed).toBe(4);
    expect(writer.buffered).toBe(0);
  });
});

describe('reading stdin from a terminal', () => {
  it('says on stderr that batch - waits for JSONL typed in, and reads it', async () => {
    const stdin = Object.assign(Readable.from([Buffer.from('{"id":"a","text":"Peace talks."}\n')]), { isTTY: true });
    const warnings: string[] = [];
    const control = new StopControl(() => {});
    const items = await collect(readInputs([{ kind: 'jsonl', path: '<stdin>', stdin: true, bytes: null }], { cwd: '.', stdin, csv: { text: 'text', id: 'id' }, ctx: { maxChars: 100, warn: (w) => warnings.push(w) }, control }));
    expect(warnings).toEqual(['framelens: reading JSONL records (one {"id", "text"} object a line) from the terminal (end with Ctrl-D), or give files']);
    expect(items.map((i) => ('record' in i ? i.record.id : i.error.message))).toEqual(['a']);
  });
});

describe('pool size', () => {
  it('runs exactly --jobs workers when given', () => {
    expect(workersFor({ fixed: 3 }, 0)).toBe(3);
    expect(workersFor({ fixed: 1 }, 500 * BYTES_PER_WORKER)).toBe(1);
  });

  it('by default runs one worker per BYTES_PER_WORKER of input, at least one, at most the cores', () => {
    expect(workersFor({ max: 2 }, 0)).toBe(1);
    expect(workersFor({ max: 2 }, BYTES_PER_WORKER * 1.9)).toBe(1);
    expect(workersFor({ max: 2 }, BYTES_PER_WORKER * 2)).toBe(2);
    expect(workersFor({ max: 8 }, BYTES_PER_WORKER * 5.5)).toBe(5);
    expect(workersFor({ max: 2 }, 60e6)).toBe(2);
  });

  it('grows a stream of unknown size (stdin) once it has delivered BYTES_PER_WORKER', () => {
    expect(workersFor({ max: 2 }, 0, false)).toBe(1);
    expect(workersFor({ max: 2 }, BYTES_PER_WORKER * 0.9, false)).toBe(1);
    expect(workersFor({ max: 2 }, BYTES_PER_WORKER, false)).toBe(2);
    expect(workersFor({ fixed: 1 }, 60e6, false)).toBe(1);
  });
});
