// The grade runner and the graders, compiled from TypeScript to JavaScript once and kept in
// node_modules/.cache/nnfs-graders until a file they are built from changes. Loading them through
// a TypeScript loader on every `npm test` cost a third of a second before anything was graded.
//
// Plain JavaScript on purpose: it runs before anything TypeScript can be loaded.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheRoot = join(root, 'node_modules', '.cache', 'nnfs-graders');
/** Raise when the way of compiling changes, so that no older output is taken for current. */
const recipe = '1';

const sha = (data) => createHash('sha256').update(data).digest('hex');

/**
 * The compiled files stand where the sources do, relative to the cache folder; a source that reads
 * import.meta.url to find its neighbours (the sandbox's worker, the repository root) gets its own
 * file's URL written in, as it would have run from source.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** Whether every file the output was built from is as it was then (sizes and times first, contents when they moved). */
function upToDate(manifestFile) {
  if (!existsSync(manifestFile)) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  if (manifest?.recipe !== recipe || typeof manifest.inputs !== 'object') return false;
  let moved = false;
  for (const [file, seen] of Object.entries(manifest.inputs)) {
    let stat;
    try {
      stat = statSync(join(root, file));
    } catch {
      return false;
    }
    if (stat.size === seen.size && stat.mtimeMs === seen.mtimeMs) continue;
    if (stat.size !== seen.size || sha(readFileSync(join(root, file))) !== seen.sha) return false;
    seen.mtimeMs = stat.mtimeMs;
    moved = true;
  }
  if (moved) writeFileSync(manifestFile, JSON.stringify(manifest));
  return true;
}

/** Runs `work` holding `file` as a lock; a lock left by a run that died is taken over after a minute. */
async function withLock(file, work) {
  for (;;) {
    try {
      closeSync(openSync(file, 'wx'));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(file).mtimeMs > 60_000) rmSync(file, { force: true });
      } catch {
        // Released meanwhile: try again.
      }
      await new Promise((wake) => setTimeout(wake, 25));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Compiles `entries` (paths relative to the repository) together, so that the modules they share
 * (the sandbox, the reporter) are loaded once per process. Returns the URL of each entry's output.
 * @param {string[]} entries
 * @returns {Promise<Record<string, string>>}
 */
export async function compileGraders(entries) {
  const sorted = [...new Set(entries)].sort();
  const outdir = join(cacheRoot, sha(`${recipe}\0${sorted.join('\0')}`).slice(0, 16));
  const manifestFile = join(outdir, 'manifest.json');
  const urlOf = (entry) => pathToFileURL(join(outdir, entry.replace(/\.ts$/, '.mjs'))).href;
  const urls = Object.fromEntries(sorted.map((entry) => [entry, urlOf(entry)]));
  if (upToDate(manifestFile)) return urls;

  mkdirSync(cacheRoot, { recursive: true });
  // Two runs at once (verify grades in parallel) compile one after the other: the second finds
  // the first's output up to date. The output is built beside its place and moved in whole, so
  // nothing ever loads a half-written one.
  await withLock(`${outdir}.lock`, async () => {
    if (upToDate(manifestFile)) return;
    const { build } = await import('esbuild');
    const staging = mkdtempSync(`${outdir}.`);
    try {
      const result = await build({
        absWorkingDir: root,
        entryPoints: sorted,
        outbase: '.',
        outdir: staging,
        outExtension: { '.js': '.mjs' },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        packages: 'external',
        sourcemap: 'inline',
        metafile: true,
        logLevel: 'silent',
        plugins: [ownUrl],
      });
      const inputs = {};
      for (const file of Object.keys(result.metafile.inputs)) {
        const path = resolve(root, file);
        const stat = statSync(path);
        inputs[relative(root, path)] = { size: stat.size, mtimeMs: stat.mtimeMs, sha: sha(readFileSync(path)) };
      }
      writeFileSync(join(staging, 'manifest.json'), JSON.stringify({ recipe, entries: sorted, inputs }));
      rmSync(outdir, { recursive: true, force: true });
      renameSync(staging, outdir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
  return urls;
}
