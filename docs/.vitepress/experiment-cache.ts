/**
 * A page's build-time experiment that trains networks (seconds of lib/ code) is run once and kept
 * on disk: under node_modules/.cache/nnfs-pages/, named by a hash of its settings and of the files
 * it depends on (lib/'s code, the module that runs it). Builds and the course's tests reuse it until
 * one of those changes; a changed one runs again on the next build. The result must be plain JSON.
 *
 * Processes that want the same missing result at once (verify's site build, the new-chapter
 * check's scratch build and the figure modules' test, on a clean clone) do not each train it: the
 * first takes a lock file beside the result and runs it, the others wait for the file. On two
 * cores a second training run beside the first costs the other lane as much as it costs the wait.
 *
 * Paths are found from the working directory (the project's root, where builds and tests run): a
 * page module is bundled and imported from a data: URL, so import.meta.url cannot anchor them.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file of lib/, which any experiment's numbers depend on. */
export function libFiles(root = process.cwd()): string[] {
  return readdirSync(join(root, 'lib'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join('lib', f));
}

/** How often a waiting process looks for the result, and when a lock whose holder is alive is still stale. */
const POLL_MS = 200;
const STALE_LOCK_MS = 15 * 60_000;

/** The file that holds the result, once written: JSON, or undefined while there is none whole. */
function readResult<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Not JSON (results are renamed into place whole, so only a damaged disk leaves one): run it again.
    rmSync(path, { force: true });
    return undefined;
  }
}

function holderAlive(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return false;
    // An empty file is a lock being written this instant.
    if (!Number.isInteger(pid) || pid <= 0) return true;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours to signal. ENOENT: the lock is gone, so look again.
    return (error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Takes the lock, or returns false when the result appeared while waiting for it. */
function lockOrWait(lock: string, path: string): boolean {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    if (existsSync(path)) return false;
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder that died (a build killed outright) leaves its lock: take it over. Two waiters that
    // both see it dead may both run the experiment; each renames a whole file, the same one.
    if (!holderAlive(lock)) rmSync(lock, { force: true });
    else Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}

const memory = new Map<string, unknown>();

/**
 * The result of `run`, from the cache when `settings` and the contents of `files` (paths from the
 * project's root) are those of a saved run; otherwise runs it and saves the result.
 */
export function cachedExperiment<T>(name: string, settings: unknown, files: readonly string[], run: () => T, root = process.cwd()): T {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  const dir = join(root, 'node_modules', '.cache', 'nnfs-pages');
  const path = join(dir, `${name}-${hash.digest('hex').slice(0, 16)}.json`);
  if (memory.has(path)) return memory.get(path) as T;
  const remember = (result: T) => (memory.set(path, result), result);
  const saved = readResult<T>(path);
  if (saved !== undefined) return remember(saved);
  mkdirSync(dir, { recursive: true });
  const lock = `${path}.lock`;
  for (;;) {
    if (!lockOrWait(lock, path)) {
      const written = readResult<T>(path);
      if (written !== undefined) return remember(written);
      continue;
    }
    try {
      const result = run();
      // Written whole, then renamed: a build stopped halfway leaves no half file to read next time.
      writeFileSync(`${path}.${process.pid}`, JSON.stringify(result));
      renameSync(`${path}.${process.pid}`, path);
      return remember(result);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
