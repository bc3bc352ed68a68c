import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A temporary file is stale when the process that wrote it has gone and nothing has written to it for this long. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/** True when no process with this id runs here (a process of another user still counts as running). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The temporary files that earlier runs left beside `target` (atomic-file.ts names them
 * `.<name>.<pid>.<8 hex>.tmp`): a run killed with SIGKILL, or a machine that lost power, cannot
 * remove its own. Stale only when its process is gone and it is older than STALE_AFTER_MS, so a run
 * writing the same output elsewhere (another machine on a shared folder) is left alone.
 */
export function staleTempFiles(target: string, now = Date.now()): string[] {
  const name = basename(target);
  const dir = dirname(target);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const stale: string[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(`.${name}.`)) continue;
    const m = /^\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(name.length + 1));
    if (!m || Number(m[1]) === process.pid || !gone(Number(m[1]))) continue;
    const stat = statSync(join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile() && now - stat.mtimeMs > STALE_AFTER_MS) stale.push(join(dir, entry));
  }
  return stale;
}

/** Remove the stale temporary files beside `target` (see staleTempFiles); returns the ones removed. */
export function removeStaleTempFiles(target: string, now = Date.now()): string[] {
  return staleTempFiles(target, now).filter((path) => {
    try {
      rmSync(path);
      return true;
    } catch {
      return false;
    }
  });
}
