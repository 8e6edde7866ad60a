// Type errors in the learner's files, shown as warnings beside the grade: the graders strip types
// without checking them, so without this a wrong signature would only show up as odd results.
//
// tsc takes longer than grading a chapter, so it never holds the report or the exit: each run
// starts a check of exercises/ as they were when it began, once its grading is done, in a process
// of its own that outlives the run and writes its findings to the course's cache under a key (a
// hash of the files it checked). The report shows the findings whose key matches the files as
// they are: so an edit's type warnings show with the next run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The learner's state folder (test/grader/state-files.ts): GRADE_STATE_DIR moves it.
const cacheDir = process.env.GRADE_STATE_DIR ?? join(root, 'node_modules', '.cache', 'nnfs');
const typeCheckFile = join(cacheDir, 'type-check.json');
const runningFile = join(cacheDir, 'type-check.running');
const checker = fileURLToPath(new URL('./typecheck-run.mjs', import.meta.url));

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** What the check depends on: the learner's files, the configs, and the course's files they use (lib/, types/). */
export function typeCheckKey() {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(root, 'exercises')), ...filesUnder(join(root, 'lib')), ...filesUnder(join(root, 'types')), join(root, 'tsconfig.json'), join(root, 'tsconfig.exercises.json')];
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\0');
    try {
      hash.update(readFileSync(file)).update('\0');
    } catch {
      // A file that vanished between listing and reading: the key just changes.
    }
  }
  return hash.digest('hex');
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a check of exercises/ unless one for the same files is done or running. Returns the key
 * the findings will be filed under. `npm test` starts it as grading ends, with the key of the
 * files as they were when grading began: tsc takes longer than grading anyway, so its findings
 * show with the next run either way, and started first it only took CPU from the grading
 * (0.5 s of a 2.4 s run on two cores).
 */
export function startTypeCheck(key = typeCheckKey()) {
  if (readJson(typeCheckFile)?.key === key) return key;
  const running = readJson(runningFile);
  if (running?.key === key && isAlive(running.pid)) return key;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const child = spawn(process.execPath, [checker, key], { cwd: root, detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No type warnings this time; grading goes on.
  }
  return key;
}

/**
 * Prints the findings for `key` (the files as they were when grading started), leaving out
 * chapters in `skip` (files that could not load: their type errors are the same problem again).
 * Returns false when the check has not finished yet.
 */
export function reportTypeErrors(key, only = [], skip = new Set()) {
  const found = readJson(typeCheckFile);
  if (found?.key !== key || !Array.isArray(found.lines)) {
    console.log(dim('(Your files are being type-checked in the background: any type warnings show with your next npm test.)\n'));
    return false;
  }
  const errors = found.lines.filter(
    (line) => (only.length === 0 || only.some((id) => line.startsWith(`exercises/${id}`))) && ![...skip].some((id) => line.startsWith(`exercises/${id}`)),
  );
  if (errors.length === 0) return true;
  console.log(warn('Type warnings (your code still ran; fix these so the types match the exercise):'));
  for (const line of errors.slice(0, 10)) console.log(`  ${line.replace(/: error TS\d+:/, ':')}`);
  if (errors.length > 10) console.log(`  … and ${errors.length - 10} more (run npx tsc -p tsconfig.exercises.json)`);
  console.log();
  return true;
}

const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const warn = (s) => (colour ? styleText('yellow', s) : s);
const dim = (s) => (colour ? styleText('dim', s) : s);

