/**
 * Turns a learner's TypeScript file (and whatever it imports) into one JavaScript file the
 * sandbox worker can import. esbuild does it in milliseconds, reports syntax errors with
 * file:line, and its inline source map makes stack traces point at the learner's own lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Message, type Plugin } from 'esbuild';
import { ExerciseLoadError } from './errors.ts';
import { displayPath, repoRoot } from './learner.ts';

let outDir: string | undefined;

function scratchDir(): string {
  if (!outDir) {
    outDir = mkdtempSync(join(tmpdir(), 'nnfs-grade-'));
    const dir = outDir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return outDir;
}

/** Probe modules import `#learner/<chapter>`: point that at whichever file is being graded. */
function learnerAlias(learner: string): Plugin {
  return {
    name: 'learner-alias',
    setup(b) {
      b.onResolve({ filter: /^#learner\// }, () => ({ path: learner }));
    },
  };
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
    });
    writeFileSync(outfile, result.outputFiles[0].contents);
    return outfile;
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors) throw error;
    throw new ExerciseLoadError(errors.map(describeMessage).join('\n'));
  }
}
