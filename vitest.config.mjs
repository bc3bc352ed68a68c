// vitest settings. A test's time limit is a guard against a hang, not a speed check (speed is `npm run bench`):
// 30 s, because the tests that compile the whole lexicon or start the CLI take 3 to 7 s on a busy 2-core machine,
// over vitest's default of 5 s.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });
