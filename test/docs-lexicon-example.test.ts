import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, repoPath } from './helpers.js';

// The example category file of docs/lexicon-format.md, validated as a user would validate it.
const dir = mkdtempSync(join(tmpdir(), 'framelens-doc-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/lexicon-format.md', () => {
  it('its example category file passes framelens lexicons validate --no-builtin, as the doc says', async () => {
    const doc = readFileSync(repoPath('docs/lexicon-format.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(yaml).toContain('markers:');
    const file = join(dir, 'example.yaml');
    writeFileSync(file, yaml!);
    const r = await cli(['lexicons', 'validate', file, '--no-builtin']);
    expect(r).toMatchObject({ code: 0, err: '', out: `${file}: 1 marker in 1 file, 0 problems\n` });
  });
});
