// `npm test [-- chapter…] [--verbose]` and `npm run watch [-- chapter…]`: grade the learner's
// exercises and print the grade report. Chapters can be named by number (01), slug (perceptron)
// or both (01-perceptron).
//
// Plain JavaScript on purpose: under a TypeScript loader (tsx), importing vitest alone takes
// about 0.7 s longer, a quarter of the grading budget. vitest itself loads the TypeScript
// reporter and graders.
import { randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVitest } from 'vitest/node';
import { reportTypeErrors, startTypeCheck } from './lib/typecheck.mjs';


const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const watch = flags.delete('--watch');
const verbose = flags.delete('--verbose');
if (flags.size > 0) {
  console.error(`npm test: unknown option ${[...flags].join(' ')}; expected --verbose, or chapters such as 01 or perceptron`);
  process.exit(2);
}

// The graders' file names are the chapter ids ("01-perceptron"), so they answer "which chapter?".
const chapterIds = readdirSync(new URL('../test', import.meta.url))
  .filter((f) => /^\d\d-.+\.test\.ts$/.test(f))
  .map((f) => f.replace(/\.test\.ts$/, ''));

function findChapter(query) {
  const q = query.toLowerCase();
  return chapterIds.find((id) => id === q || id.slice(3) === q || (/^\d+$/.test(q) && Number(id.slice(0, 2)) === Number(q)));
}

const only = [];
for (const query of args.filter((a) => !a.startsWith('--'))) {
  const id = findChapter(query);
  if (!id) {
    console.error(`npm test: no chapter matches "${query}"; expected one of: ${chapterIds.join(', ')}`);
    process.exit(2);
  }
  only.push(id);
}

// A seed that is not a whole number is a mistake in the command, not in the exercises: say so
// before anything is graded, rather than report every exercise as crashed.
const givenSeed = process.env.GRADE_SEED?.trim();
if (givenSeed !== undefined && !(/^-?\d+$/.test(givenSeed) && Number.isSafeInteger(Number(givenSeed)))) {
  console.error(`npm test: GRADE_SEED must be a whole number, such as GRADE_SEED=1234 npm test; got "${process.env.GRADE_SEED}"`);
  process.exit(2);
}
process.env.GRADE_SEED = givenSeed ?? String(randomInt(1, 1_000_000));
const seed = Number(process.env.GRADE_SEED);
// GRADE_TYPECHECK=0 (verify, grading solutions/ and mutants) skips the type check of exercises/:
// its warnings would be about files that are not being graded, and each tsc run costs seconds.
const typeCheck = watch || process.env.GRADE_TYPECHECK === '0' ? undefined : startTypeCheck();

// Chapters whose file could not load: their type errors are the same problem again, and
// "your code still ran" would not be true.
const unloadable = new Set();
const onResults = (results) => {
  for (const r of results) if (r.status === 'could not load') unloadable.add(r.chapter);
};
// Everything temporary of the run goes in one folder: the learner's code as the grader processes
// bundle it (test/grader/bundle.ts), and vitest's own temporary files. They can be stopped before
// they tidy up (vitest ends its processes with SIGTERM, the watchdog with SIGKILL, Ctrl-C all of
// them), so the run removes the folder as it ends, however it ends. os.tmpdir() reads TMPDIR, or
// TEMP and TMP on Windows, in this process and in every process it starts.
const runTmp = mkdtempSync(join(tmpdir(), 'nnfs-grade-'));
process.env.TMPDIR = process.env.TEMP = process.env.TMP = runTmp;
process.on('exit', () => rmSync(runTmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + constants.signals[signal]));

const reporter = ['./test/grader/reporter.ts', { only, seed, jsonFile: process.env.GRADE_RESULTS_JSON, onResults }];
const vitest = await startVitest('test', only.map((id) => `test/${id}.test.ts`), {
  project: 'grade',
  watch,
  reporters: verbose ? [reporter, 'default'] : [reporter],
});

if (!watch) {
  if (typeCheck) reportTypeErrors(typeCheck, only, unloadable);
  await vitest?.close();
  process.exit(process.exitCode ?? 0);
}
