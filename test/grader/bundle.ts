/**
 * Turns a learner's TypeScript file (and whatever it imports) into one JavaScript file the
 * sandbox worker can import. esbuild does it in milliseconds, reports syntax errors with
 * file:line, and its inline source map makes stack traces point at the learner's own lines.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Message, type Plugin } from 'esbuild';
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

function scratchDir(): string {
  ownDir ??= mkdtempSync(join(tmpdir(), 'nnfs-grade-'));
  return ownDir;
}

/** Deletes a bundle once its sandbox is closed, and this process's own folder with the last one. */
export function removeBundle(file: string): void {
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
 * `probe` so they share one instance of the learner's module.
 */
export async function bundleLearner(learner: string, probe?: string): Promise<string> {
  const outfile = join(scratchDir(), `chapter-${process.pid}-${counter++}.mjs`);
  const entry = [
    `export * as learner from ${JSON.stringify(learner)};`,
    probe ? `export * as probe from ${JSON.stringify(resolve(repoRoot, probe))};` : 'export const probe = {};',
  ].join('\n');
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'grade-entry.ts' },
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
    writeFileSync(outfile, result.outputFiles[0].contents);
    written.add(outfile);
    sourceHashes.set(outfile, hashSources(Object.keys(result.metafile.inputs)));
    referenceImports.set(outfile, findReferenceImports(learner, result.metafile.inputs));
    return outfile;
  } catch (error) {
    removeOwnDirWhenEmpty();
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors) throw error;
    throw new ExerciseLoadError(errors.map(describeMessage).join('\n'));
  }
}
