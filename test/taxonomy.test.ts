import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../src/taxonomy.js';
import { repoPath } from './helpers.js';

const docsCopy = readFileSync(repoPath('docs/taxonomy.md'), 'utf8');

describe('taxonomy', () => {
  it('lists exactly the category ids of the taxonomy table, in order', () => {
    const section = docsCopy.slice(docsCopy.indexOf('## Framing categories'), docsCopy.indexOf('## Stance'));
    const ids = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual([...CATEGORY_IDS]);
  });
  it('keeps docs/taxonomy.md identical to the shared taxonomy when it is present', () => {
    const shared = repoPath('../shared/taxonomy.md');
    if (!existsSync(shared)) return;
    expect(docsCopy).toBe(readFileSync(shared, 'utf8'));
  });
});
