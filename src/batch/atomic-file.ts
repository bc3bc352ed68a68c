import { createWriteStream, realpathSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { FramelensError } from '../errors.js';
import { removeStaleTempFiles } from './stale-temp-files.js';

const open = new Set<string>();
let exitHookInstalled = false;

/**
 * An output file written under a temporary name in the same folder: `flush` writes out what is
 * buffered, `place` renames it into place (flush every file of a run before placing any, so a
 * failure in one leaves all of them unwritten); `abort` removes it.
 */
export interface AtomicFile {
  path: string;
  temp: string;
  stream: WriteStream;
  /** Temporary files of interrupted earlier runs for the same output, removed on opening (stale-temp-files.ts). */
  staleRemoved: string[];
  flush(): Promise<void>;
  place(): void;
  abort(): void;
}

const folderExists = (dir: string) => { try { return statSync(dir).isDirectory(); } catch { return false; } };

/** The one-line error for an output that could not be written: `<path>: cannot write (no such folder | cannot create a file in its folder | permission denied | is a folder | <code>)`. */
export function cannotWrite(path: string, err: unknown): FramelensError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? (folderExists(dirname(path)) ? 'cannot create a file in its folder' : 'no such folder') : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code ?? 'error';
  return new FramelensError(`${path}: cannot write (${why})`);
}

const endsInSlash = (path: string) => /[\\/]$/.test(path);

/** `resolved` with the trailing slash `path` was given with, which resolve() drops: writeTarget refuses it. */
export const keepSlash = (path: string, resolved: string): string => (endsInSlash(path) && !endsInSlash(resolved) ? `${resolved}/` : resolved);

/** The temporary name for `path`: hidden, in the same folder (so the rename is atomic), unique to this process. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Where a write to `path` goes: a file that does not exist yet or a regular file (the file behind a
 * symbolic link) is written atomically; anything else (a device such as /dev/null, a FIFO, a socket)
 * is written in place, since a rename would replace it with a plain file.
 */
export function writeTarget(path: string): { target: string; inPlace: boolean } {
  if (endsInSlash(path)) throw new FramelensError(`${path}: ends in a slash, so it names a folder; give a file name`, 2); // resolve() would drop the slash and write a file
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { target: path, inPlace: false };
  return stat.isFile() ? { target: realpathSync(path), inPlace: false } : { target: path, inPlace: true };
}

/** Remove every temporary file not yet renamed into place (at exit, and before a second Ctrl-C ends the process). */
export function removeTempFiles(): void {
  for (const t of open) rmSync(t, { force: true });
  open.clear();
}

/** Open a write stream on `file`; a failure is `<path>: cannot write (...)`. */
async function openStream(path: string, file: string, flags?: string): Promise<WriteStream> {
  const stream = createWriteStream(file, { flags });
  try {
    await once(stream, 'open');
  } catch (err) {
    throw cannotWrite(path, err);
  }
  return stream;
}

/** End a stream and wait until all it holds is written; a failure is `<path>: cannot write (...)` (the caller aborts). */
async function flushStream(path: string, stream: WriteStream): Promise<void> {
  stream.end();
  try {
    await finished(stream);
  } catch (err) {
    throw cannotWrite(path, err);
  }
}

/** Open `path` (relative to `cwd`) for an atomic write (in place for a device or a FIFO, see writeTarget); fails with a one-line error if it cannot be written. */
export async function openAtomic(path: string, cwd: string): Promise<AtomicFile> {
  const { target, inPlace } = writeTarget(keepSlash(path, resolve(cwd, path)));
  if (inPlace) return openInPlace(path, target);
  const temp = tempPathFor(target);
  const stream = await openStream(path, temp, 'wx');
  const staleRemoved = removeStaleTempFiles(target);
  open.add(temp);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', removeTempFiles);
  }
  return {
    path,
    temp,
    stream,
    staleRemoved,
    flush: () => flushStream(path, stream),
    place() {
      try {
        renameSync(temp, target);
      } catch (err) {
        throw cannotWrite(path, err);
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

async function openInPlace(path: string, target: string): Promise<AtomicFile> {
  const stream = await openStream(path, target);
  return {
    path,
    temp: target,
    stream,
    staleRemoved: [],
    flush: () => flushStream(path, stream),
    place() {}, // written in place already
    abort() { stream.destroy(); },
  };
}
