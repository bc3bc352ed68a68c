import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/batch/progress.js';
import { PassThrough } from 'node:stream';

// The batch progress bar and the error lines printed while it runs (stderr a terminal).
/** A stderr that says it is a terminal and keeps what is written. */
function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100, text: '' });
  stream.write = ((chunk: string) => { stream.text += chunk; return true; }) as typeof stream.write;
  return stream;
}

describe('batch progress on a terminal', () => {
  it('prints a message on its own cleared line with line wrapping on, and redraws the bar below it', async () => {
    const stderr = terminal();
    const progress = await createProgress({ stdout: { write: () => true }, stderr, stdin: new PassThrough() }, false, 1000);
    progress.update(10, 100);
    progress.log('framelens: in.jsonl:3: invalid JSON (\u001b[31m)');
    progress.update(20, 200);
    progress.stop();
    const at = stderr.text.indexOf('framelens: in.jsonl:3:');
    expect(at).toBeGreaterThan(0);
    const before = stderr.text.slice(0, at);
    expect(before.endsWith('\u001b8\u001b[1G\u001b[2K')).toBe(true); // the bar's saved cursor restored, its line cleared
    expect(before.lastIndexOf('\u001b[?7h')).toBeGreaterThan(before.lastIndexOf('\u001b[?7l')); // line wrapping back on: a long message is not cut
    const after = stderr.text.slice(at);
    expect(after).toMatch(/^framelens: in\.jsonl:3: invalid JSON \([^\u001b]*\)\n\u001b7/); // escaped, one line, then the bar saves the cursor anew
    expect(after).toMatch(/framelens .*20 records/);
  });

  it('prints only the message when stderr is not a terminal or with --quiet', async () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]]) {
      const stderr = { text: '', isTTY, write(s: string) { this.text += s; return true; } };
      const progress = await createProgress({ stdout: { write: () => true }, stderr, stdin: new PassThrough() }, quiet, 1000);
      progress.update(1, 10);
      progress.log('framelens: a.csv:2: invalid CSV');
      progress.stop();
      expect(stderr.text).toBe('framelens: a.csv:2: invalid CSV\n');
    }
  });
});
