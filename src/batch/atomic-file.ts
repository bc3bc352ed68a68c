import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { FramelensError } from '../errors.js';

const open = new Set<string>();
let exitHookInstalled = false;

/** An output file written under a temporary name in the same folder and renamed into place by `commit`; `abort` removes it. */
export interface AtomicFile { path: string; temp: string; stream: WriteStream; commit(): Promise<void>; abort(): void }

/** The one-line error for an output that could not be written: `<path>: cannot write (no such folder | permission denied | is a folder | <code>)`. */
export function cannotWrite(path: string, err: unknown): FramelensError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code ?? 'error';
  return new FramelensError(`${path}: cannot write (${why})`);
}

/** The temporary name for `path`: hidden, in the same folder (so the rename is atomic), unique to this process. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Open `path` (relative to `cwd`) for an atomic write; fails with a one-line error if the folder cannot be written. */
export async function openAtomic(path: string, cwd: string): Promise<AtomicFile> {
  const target = resolve(cwd, path);
  const temp = tempPathFor(target);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (err) {
    throw cannotWrite(path, err);
  }
  open.add(temp);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => { for (const t of open) rmSync(t, { force: true }); });
  }
  return {
    path,
    temp,
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      try {
        renameSync(temp, target);
      } catch (err) {
        throw cannotWrite(path, err); // the caller aborts, which removes the temporary file
      }
      open.delete(temp);
    },
    abort() {
      stream.destroy();
      rmSync(temp, { force: true });
      open.delete(temp);
    },
  };
}
