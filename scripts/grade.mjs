// `npm test [-- chapter…] [--verbose]` and `npm run watch [-- chapter…]`: grade the learner's
// exercises and print the grade report. Chapters can be named by number (01), slug (perceptron)
// or both (01-perceptron). `npm run grade -- --format json|junit|gradescope [--out FILE]` writes
// the grade for classroom tools too (test/grader/grade-formats.ts).
//
// Plain JavaScript on purpose: it reads the command, then compiles the grade runner and the
// graders (scripts/lib/compile-graders.mjs, kept until a source changes) and hands over to the
// runner (test/grader/runner/main.ts). A TypeScript loader would cost a third of a second first.
import { randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGraders } from './lib/compile-graders.mjs';
import { gradingProcessCount, startGradingProcess } from '../test/grader/runner/fork.mjs';
import { reportTypeErrors, startTypeCheck, typeCheckKey } from './lib/typecheck.mjs';


const formats = ['json', 'junit', 'gradescope'];
const usage = 'expected --verbose, --format json|junit|gradescope, --out FILE, or chapters such as 01 or perceptron';

// Options with a value take it as --format=junit or --format junit; everything else not an option is a chapter.
const args = process.argv.slice(2);
const flags = new Set();
const values = {};
const queries = [];
for (let i = 0; i < args.length; i++) {
  const [name, inline] = args[i].split(/=(.*)/s, 2);
  if (name === '--format' || name === '--out') {
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('--')) {
      console.error(`npm test: ${name} needs a value; ${usage}`);
      process.exit(2);
    }
    values[name.slice(2)] = value;
  } else if (args[i].startsWith('--')) flags.add(args[i]);
  else queries.push(args[i]);
}
const watch = flags.delete('--watch');
const verbose = flags.delete('--verbose');
if (flags.size > 0) {
  console.error(`npm test: unknown option ${[...flags].join(' ')}; ${usage}`);
  process.exit(2);
}
if (values.format !== undefined && !formats.includes(values.format)) {
  console.error(`npm test: --format must be one of ${formats.join(', ')}; got "${values.format}"`);
  process.exit(2);
}
if (values.out !== undefined && values.format === undefined) {
  console.error('npm test: --out names the file of a --format (json, junit or gradescope); add --format');
  process.exit(2);
}
if (values.format !== undefined && watch) {
  console.error('npm test: --format writes one grade; it does not go with --watch');
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
for (const query of queries) {
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
// A --format without --out writes to the standard output, which type warnings would corrupt.
const machineOutput = values.format !== undefined && values.out === undefined;
const typeCheck = watch || machineOutput || process.env.GRADE_TYPECHECK === '0' ? undefined : typeCheckKey();

// Chapters whose file could not load: their type errors are the same problem again, and
// "your code still ran" would not be true.
const unloadable = new Set();
const onResults = (results) => {
  for (const r of results) if (r.status === 'could not load') unloadable.add(r.chapter);
};
// Everything temporary of the run goes in one folder: the learner's code as the grader processes
// bundle it (test/grader/bundle.ts). The grading processes can be stopped before they tidy up (a
// file past its deadline is stopped with SIGKILL, Ctrl-C stops them all), so the run removes the
// folder as it ends, however it ends. os.tmpdir() reads TMPDIR, or
// TEMP and TMP on Windows, in this process and in every process it starts.
const runTmp = mkdtempSync(join(tmpdir(), 'nnfs-grade-'));
process.env.TMPDIR = process.env.TEMP = process.env.TMP = runTmp;
process.on('exit', () => rmSync(runTmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + constants.signals[signal]));

const runner = 'test/grader/runner/main.ts';
const child = 'test/grader/runner/child.ts';
const graders = chapterIds.map((id) => `test/${id}.test.ts`);
let urls;
try {
  urls = await compileGraders([runner, child, ...graders]);
} catch (error) {
  // The course's own files do not compile: a mistake of the course, not of the exercises.
  console.error(`npm test: the graders could not be compiled:\n${error.message}`);
  process.exit(2);
}
const childFile = fileURLToPath(urls[child]);
// The grading processes boot while this one loads the runner, rather than after.
const started = Array.from({ length: gradingProcessCount(only.length > 0 ? only.length : chapterIds.length) }, () => startGradingProcess(childFile));
const { runGrade } = await import(urls[runner]);
await runGrade({
  only,
  watch,
  verbose,
  seed,
  onResults,
  graderUrls: Object.fromEntries(chapterIds.map((id, i) => [id, urls[graders[i]]])),
  childFile,
  started,
  format: values.format && { kind: values.format, out: values.out },
});
if (typeCheck) {
  reportTypeErrors(typeCheck, only, unloadable);
  // Now, not before grading: the check would only have taken CPU from it (see typecheck.mjs).
  startTypeCheck(typeCheck);
}
process.exit(process.exitCode ?? 0);
