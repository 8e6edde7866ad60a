/**
 * Turns a learner's TypeScript file (and whatever it imports) into one JavaScript file the
 * sandbox worker can import. esbuild does it in milliseconds, reports syntax errors with
 * file:line, and its inline source map makes stack traces point at the learner's own lines.
 *
 * A chapter of exercises/ or solutions/ is kept bundled in node_modules/.cache/nnfs-bundles until
 * a file it was built from changes (see cachedBundle): most chapters are unchanged from one
 * `npm test` to the next, and bundling them all again cost a twentieth of grading the course.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Message, Plugin } from 'esbuild';
import { ExerciseLoadError } from './errors.ts';
import { displayPath, repoRoot } from './learner.ts';

/**
 * This process's folder of bundles, removed with its last bundle. `npm test` also gives the whole
 * run a temporary folder of its own (scripts/grade.mjs) and removes it as the run ends, however
 * it ends: this process can be stopped before it tidies up (the grade runner stops a file past
 * its deadline with SIGKILL, with the process that ran it).
 */
let ownDir: string | undefined;
const written = new Set<string>();
/** Each bundle's source hash (see bundleSourceHash). */
const sourceHashes = new Map<string, string>();
/** Each bundle's imports of the reference implementations (see referenceImportsOf). */
const referenceImports = new Map<string, string[]>();

/**
 * What the stubs themselves import from lib/: the NotImplemented marker and the seeded random
 * numbers chapter 6 initialises with. Anything else of lib/ (or of solutions/) in the learner's
 * code is the reference doing the exercise (test/course/reference-imports.test.ts keeps this list
 * to what the stubs import).
 */
export const allowedLibImports = ['lib/not-implemented.ts', 'lib/random.ts'];

/** Raise when the way of bundling changes, so that no older bundle is taken for current. */
const recipe = '1';
const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'nnfs-bundles');
/** The bundles of the cache this process handed out: the cache's own, never removed with their sandbox. */
const cached = new Set<string>();

/**
 * What a kept bundle was built from: every file esbuild read, by size, time and hash, and the
 * files it would have read had they existed (a tsconfig.json or package.json beside or above
 * them, and esbuild itself), each null, so that adding one makes the bundle stale too.
 */
interface CacheManifest {
  recipe: string;
  learner: string;
  probe: string;
  inputs: Record<string, { size: number; mtimeMs: number; sha: string } | null>;
  sourceHash: string;
  referenceImports: string[];
}

/** The name esbuild gives the entry, which is written here rather than read from a file. */
const entryName = 'grade-entry.ts';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Where `learner` with `probe` is kept. Only the chapters of exercises/ and solutions/ are, unless
 * the caller names a cache of its own: mutants, fixtures and temporary copies are bundled afresh,
 * so that they do not pile up in the cache.
 */
function cacheFolder(learner: string, probe: string, root?: string): string | undefined {
  if (!root && !/^(exercises|solutions)[\\/]/.test(relative(repoRoot, learner))) return undefined;
  return join(root ?? cacheRoot, sha(`${recipe}\0${learner}\0${probe}`).slice(0, 16));
}

/** The manifest when every file it names is as it was (sizes and times first, contents when they moved). */
function upToDateManifest(file: string, learner: string, probe: string): CacheManifest | undefined {
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as CacheManifest;
  } catch {
    return undefined;
  }
  if (manifest?.recipe !== recipe || manifest.learner !== learner || manifest.probe !== probe || typeof manifest.inputs !== 'object') return undefined;
  for (const [input, seen] of Object.entries(manifest.inputs)) {
    const path = resolve(repoRoot, input);
    if (seen === null) {
      if (existsSync(path)) return undefined;
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return undefined;
    }
    if (stat.size === seen.size && stat.mtimeMs === seen.mtimeMs) continue;
    if (stat.size !== seen.size || sha(readFileSync(path)) !== seen.sha) return undefined;
  }
  return manifest;
}

/** The manifest's inputs: esbuild's, and the configuration files it looks for in their folders and every folder above. */
function manifestInputs(inputs: readonly string[]): CacheManifest['inputs'] {
  const files = new Set<string>([join('node_modules', 'esbuild', 'package.json')]);
  for (const input of inputs) {
    if (input === entryName) continue;
    files.add(input);
    for (let dir = dirname(resolve(repoRoot, input)); ; dir = dirname(dir)) {
      for (const config of ['tsconfig.json', 'jsconfig.json', 'package.json']) files.add(relative(repoRoot, join(dir, config)));
      if (dirname(dir) === dir) break;
    }
  }
  const recorded: CacheManifest['inputs'] = {};
  for (const file of [...files].sort()) {
    const path = resolve(repoRoot, file);
    if (!existsSync(path)) {
      recorded[file] = null;
      continue;
    }
    const stat = statSync(path);
    recorded[file] = { size: stat.size, mtimeMs: stat.mtimeMs, sha: sha(readFileSync(path)) };
  }
  return recorded;
}

/** A kept bundle of `learner` (and `probe`) that is still current, ready to load; undefined when there is none. */
function cachedBundle(folder: string, learner: string, probe: string): string | undefined {
  const manifest = upToDateManifest(join(folder, 'manifest.json'), learner, probe);
  if (!manifest) return undefined;
  const file = join(folder, 'bundle.mjs');
  if (!existsSync(file)) return undefined;
  cached.add(file);
  sourceHashes.set(file, manifest.sourceHash);
  referenceImports.set(file, manifest.referenceImports);
  return file;
}

/**
 * Keeps a bundle just built. Each file is written beside its place and moved in whole, the bundle
 * before its manifest, so that two runs at once (verify grades in parallel) never load half of one.
 */
function keepBundle(folder: string, file: string, contents: Uint8Array, manifest: CacheManifest) {
  mkdirSync(folder, { recursive: true });
  const suffix = `.${process.pid}.${counter++}`;
  writeFileSync(`${file}${suffix}`, contents);
  renameSync(`${file}${suffix}`, file);
  const manifestFile = join(folder, 'manifest.json');
  writeFileSync(`${manifestFile}${suffix}`, JSON.stringify(manifest));
  renameSync(`${manifestFile}${suffix}`, manifestFile);
  cached.add(file);
}

function scratchDir(): string {
  ownDir ??= mkdtempSync(join(tmpdir(), 'nnfs-grade-'));
  return ownDir;
}

/** Deletes a bundle once its sandbox is closed, and this process's own folder with the last one. */
export function removeBundle(file: string): void {
  if (cached.has(file)) {
    sourceHashes.delete(file);
    referenceImports.delete(file);
    return;
  }
  rmSync(file, { force: true });
  written.delete(file);
  sourceHashes.delete(file);
  referenceImports.delete(file);
  removeOwnDirWhenEmpty();
}

function removeOwnDirWhenEmpty() {
  if (written.size > 0 || !ownDir) return;
  rmSync(ownDir, { recursive: true, force: true });
  ownDir = undefined;
}

process.once('exit', () => [...written].forEach(removeBundle));

/** Probe modules import `#learner/<chapter>`: point that at whichever file is being graded. */
function learnerAlias(learner: string): Plugin {
  return {
    name: 'learner-alias',
    setup(b) {
      b.onResolve({ filter: /^#learner\// }, () => ({ path: learner }));
    },
  };
}

/**
 * The files' paths and contents, in a fixed order. Not the bundle's own text: its source map
 * names the temporary folder it was written to, which differs from run to run.
 */
function hashSources(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of [...inputs].sort()) {
    hash.update(input).update('\0');
    // The entry esbuild was given on stdin has no file; its text depends only on the two paths above.
    try {
      hash.update(readFileSync(resolve(repoRoot, input)));
    } catch {
      hash.update('(no file)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The files of lib/ and solutions/ that the learner's own files (those in the folder of the file
 * being graded) import, other than the stubs' own imports: the learner's code still runs, and the
 * report says which reference it used. The course's probe modules (test/probes/) import lib/
 * themselves, and are not the learner's.
 */
function findReferenceImports(learner: string, inputs: Record<string, { imports: { path: string }[] }>): string[] {
  const folder = relative(repoRoot, dirname(learner));
  const isLearners = (file: string) => file !== '<stdin>' && (folder === '' || file === folder || file.startsWith(`${folder}/`));
  const reference = /^(lib|solutions)\//;
  const found = new Set<string>();
  for (const [file, { imports }] of Object.entries(inputs)) {
    if (!isLearners(file)) continue;
    for (const { path } of imports) if (reference.test(path) && !allowedLibImports.includes(path) && !isLearners(path)) found.add(path);
  }
  return [...found].sort();
}

/** The reference files `bundle`'s learner code imports (see findReferenceImports). */
export function referenceImportsOf(bundle: string): string[] {
  return referenceImports.get(bundle) ?? [];
}

/** The hash of every source file `bundle` was built from (see ChapterSandbox.sourceHash). */
export function bundleSourceHash(bundle: string): string {
  const hash = sourceHashes.get(bundle);
  if (!hash) throw new Error(`no source hash for ${bundle}: it was not made by bundleLearner in this process`);
  return hash;
}

function describeMessage(m: Message): string {
  if (!m.location) return m.text;
  const { file, line, column, lineText } = m.location;
  return `${displayPath(join(repoRoot, file))}:${line}:${column + 1}: ${m.text}\n    ${lineText.trim()}`;
}

let counter = 0;

/**
 * Bundles `learner` (and, when given, a probe module that imports it through #learner/) into a
 * single ES module on disk and returns its path. The entry re-exports both under `learner` and
 * `probe` so they share one instance of the learner's module. `cacheRoot` keeps the bundle there
 * whatever the learner's folder (the course's test of the cache).
 */
export async function bundleLearner(learner: string, probe?: string, options: { cacheRoot?: string } = {}): Promise<string> {
  const probePath = probe ? resolve(repoRoot, probe) : '';
  const folder = cacheFolder(learner, probePath, options.cacheRoot);
  const kept = folder && cachedBundle(folder, learner, probePath);
  if (kept) return kept;
  const outfile = folder ? join(folder, 'bundle.mjs') : join(scratchDir(), `chapter-${process.pid}-${counter++}.mjs`);
  const entry = [
    `export * as learner from ${JSON.stringify(learner)};`,
    probe ? `export * as probe from ${JSON.stringify(resolve(repoRoot, probe))};` : 'export const probe = {};',
  ].join('\n');
  const started = Date.now();
  try {
    // Loaded only when something is bundled: with every chapter kept, esbuild is never started.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: entryName },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      sourcesContent: false,
      keepNames: true,
      absWorkingDir: repoRoot,
      outfile, // with write: false this only anchors the source map's paths
      write: false,
      logLevel: 'silent',
      plugins: [learnerAlias(learner)],
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    const sourceHash = hashSources(inputs);
    const references = findReferenceImports(learner, result.metafile.inputs);
    // A file saved while esbuild read it (or just before: file times are coarse) may differ from
    // what was bundled; such a bundle is used this once and not kept.
    const settled = (input: string) => input === entryName || (statSync(resolve(repoRoot, input), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < started - 1000;
    let file = outfile;
    if (folder && inputs.every(settled)) {
      const manifest = { recipe, learner, probe: probePath, inputs: manifestInputs(inputs), sourceHash, referenceImports: references };
      keepBundle(folder, file, result.outputFiles[0].contents, manifest);
    } else {
      // Not kept: a file of its own in the same folder, where its source map's paths still hold.
      if (folder) {
        mkdirSync(folder, { recursive: true });
        file = join(folder, `unsettled-${process.pid}-${counter++}.mjs`);
      }
      writeFileSync(file, result.outputFiles[0].contents);
      written.add(file);
    }
    sourceHashes.set(file, sourceHash);
    referenceImports.set(file, references);
    return file;
  } catch (error) {
    if (!folder) removeOwnDirWhenEmpty();
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors) throw error;
    throw new ExerciseLoadError(errors.map(describeMessage).join('\n'));
  }
}
