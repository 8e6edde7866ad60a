/**
 * A page's build-time experiment that trains networks (seconds of lib/ code) is run once and kept
 * on disk: under node_modules/.cache/nnfs-pages/, named by a hash of its settings and of the files
 * it depends on (lib/'s code, the module that runs it). Builds and the course's tests reuse it until
 * one of those changes; a changed one runs again on the next build. The result must be plain JSON.
 *
 * Paths are found from the working directory (the project's root, where builds and tests run): a
 * page module is bundled and imported from a data: URL, so import.meta.url cannot anchor them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

/** Every .ts file of lib/, which any experiment's numbers depend on. */
export function libFiles(): string[] {
  return readdirSync(join(root, 'lib'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join('lib', f));
}

/**
 * The result of `run`, from the cache when `settings` and the contents of `files` (paths from the
 * project's root) are those of a saved run; otherwise runs it and saves the result.
 */
export function cachedExperiment<T>(name: string, settings: unknown, files: readonly string[], run: () => T): T {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  const dir = join(root, 'node_modules', '.cache', 'nnfs-pages');
  const path = join(dir, `${name}-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
  const result = run();
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: a build stopped halfway leaves no half file to read next time.
  writeFileSync(`${path}.${process.pid}`, JSON.stringify(result));
  renameSync(`${path}.${process.pid}`, path);
  return result;
}
