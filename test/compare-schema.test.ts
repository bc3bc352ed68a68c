import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

// `framelens compare --format json` against schema/compare.schema.json, on the bundled readout pair, the seed against
// itself, and a pair with nothing in common; offsets true to each text.
const schema = JSON.parse(readFileSync(repoPath('schema/compare.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const PAIRS: [string, string][] = [
  ['corpus/pairs/us-readout-2026-10-14-call.txt', 'corpus/pairs/ru-readout-2026-10-14-call.txt'],
  ['corpus/dev/trump-putin-call-2025-03-18.txt', 'corpus/dev/trump-putin-call-2025-03-18.txt'],
  ['corpus/pairs/us-readout-2026-10-14-call.txt', 'test/fixtures/plain.txt'],
];

describe('compare JSON output', () => {
  for (const [a, b] of PAIRS) {
    it(`validates against schema/compare.schema.json: ${a} vs ${b}`, async () => {
      const r = await cli(['compare', repoPath(a), repoPath(b), '--format', 'json']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      const ok = validate(json);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      const [ta, tb] = [readFileSync(repoPath(a), 'utf8'), readFileSync(repoPath(b), 'utf8')];
      for (const s of json.shared) {
        expect(ta.slice(s.a.start, s.a.end)).toBe(s.a.text);
        expect(tb.slice(s.b.start, s.b.end)).toBe(s.b.text);
      }
    });
  }
  it('rejects what the contract does not allow (the schema is not vacuous)', () => {
    expect(validate({ schemaVersion: 1 })).toBe(false);
    expect(validate({ schemaVersion: 2, a: {}, b: {}, threshold: 0.4, categories: {}, onlyA: [], onlyB: [], shared: [], echo: 0, echoDetail: { annotations: 0, echoed: 0, items: [] } })).toBe(false);
  });
});
