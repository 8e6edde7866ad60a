// The background half of typecheck.mjs: `node typecheck-run.mjs <key>` runs tsc on exercises/
// at low priority and files its findings under <key> in the course's cache. It is started
// detached, so it finishes (and writes) even after the grading run that started it has exited.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [key] = process.argv.slice(2);
const root = fileURLToPath(new URL('../..', import.meta.url));
// The learner's state folder (test/grader/state-files.ts): GRADE_STATE_DIR moves it.
const cacheDir = process.env.GRADE_STATE_DIR ?? join(root, 'node_modules', '.cache', 'nnfs');
const runningFile = join(cacheDir, 'type-check.running');
const resultFile = join(cacheDir, 'type-check.json');

// The grade comes first: on two cores an equal-priority tsc slows the grading next to it.
try {
  setPriority(19);
} catch {
  // Not permitted on some systems: grading is then only a little slower.
}

try {
  writeFileSync(runningFile, JSON.stringify({ key, pid: process.pid }));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.exercises.json', '--pretty', 'false'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = (result.stdout ?? '').split('\n').filter((line) => /^exercises\/.+\(\d+,\d+\): error/.test(line));
  // Written whole and then renamed, so a reader never sees half a file.
  const partial = `${resultFile}.${process.pid}`;
  writeFileSync(partial, `${JSON.stringify({ key, lines })}\n`);
  renameSync(partial, resultFile);
} catch {
  // An unwritable cache only costs the type warnings.
} finally {
  rmSync(runningFile, { force: true });
}
