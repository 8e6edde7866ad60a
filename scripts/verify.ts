/**
 * `npm run verify`: the course proves itself consistent. Types; the reference library's tests;
 * the course checks (manifest, report rules, sandbox, grader deadlines, reset, and new-chapter run on a
 * scratch copy of the course); every grader passes on solutions/ and every check fails on the
 * untouched stubs; chapter 1 passes while chapter 0 is still the stub; every mutant is caught by
 * name (some with their shrunk counterexample); every fault fixture gets its status in bounded
 * time; the site builds. Ends with `verify: N passed, M failed in T` and exits non-zero when
 * anything failed.
 *
 * The steps run two at a time (this machine has two cores), each printing its block when it is
 * done, in the order below. The mutants are graded in one vitest run (test/grader/batch.ts), each
 * on the checks of its own exercise; the fault fixtures each get a real `npm test` process, as a
 * learner's run would.
 *
 * VERIFY_SKIP_SITE=1 leaves out the site build (for example while someone else is building the
 * docs in the same checkout), and the scratch copy's build in test/course/new-chapter.test.ts; the
 * summary then says it was skipped.
 *
 * `npm run verify -- 06 07` checks only those chapters, for someone working on them: types, the
 * library's tests, their graders on solutions and stubs, and their mutants. The course checks,
 * fault fixtures and site are left out, and the last line says so: only a full run proves the course.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { styleText } from 'node:util';
import { chapterId, chapters } from '../course.ts';
import { gradeBatch } from '../test/grader/batch.ts';
import type { ExerciseResult } from '../test/grader/reporter.ts';
import { faults } from '../test/faults/index.ts';
import { mutants } from '../test/mutants/index.ts';

const started = performance.now();
const only = process.argv.slice(2).map((query) => {
  const chapter = chapters.find((c) => chapterId(c) === query || c.slug === query || (/^\d+$/.test(query) && c.number === Number(query)));
  if (!chapter) {
    console.error(`verify: no chapter matches "${query}"; expected one of: ${chapters.map(chapterId).join(', ')}`);
    process.exit(2);
  }
  return chapterId(chapter);
});
const partial = only.length > 0;

const scratch = mkdtempSync(join(tmpdir(), 'nnfs-verify-'));
const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
process.once('exit', removeScratch);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const seed = process.env.GRADE_SEED ?? String(1 + Math.floor(Math.random() * 999_999));
let passed = 0;
let failed = 0;
let runs = 0;
const failures: string[] = [];

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const green = (s: string) => (tty ? styleText('green', s) : s);
const red = (s: string) => (tty ? styleText('red', s) : s);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What one step reports: its lines are printed together when the step is done. */
class Step {
  readonly lines: string[] = [];
  log(line: string) {
    this.lines.push(line);
  }
  pass(label: string) {
    passed++;
    this.log(`  ${green('✔')} ${label}`);
  }
  fail(label: string, why: string) {
    failed++;
    failures.push(label);
    this.log(`  ${red('✘')} ${label}\n      ${why.split('\n').join('\n      ')}`);
  }
  check(ok: boolean, label: string, why: string) {
    if (ok) this.pass(label);
    else this.fail(label, why);
  }
  skippedWhenPartial() {
    this.log(`  - skipped (only chapters ${only.join(', ')} are being verified)`);
  }
}

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

function run(command: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const bin = (name: string) => join('node_modules', '.bin', name);

/** Grades with scripts/grade.mjs (the learner's own command) and returns its JSON results. */
async function grade(learner: string, only: string[] = []): Promise<{ results: ExerciseResult[]; run: Run }> {
  const jsonFile = join(scratch, `grade-${runs++}.json`);
  const result = await run([process.execPath, 'scripts/grade.mjs', ...only, '--format', 'json', '--out', jsonFile], { GRADE_LEARNER: learner, GRADE_SEED: seed, GRADE_TYPECHECK: '0' });
  try {
    return { results: JSON.parse(readFileSync(jsonFile, 'utf8')).exercises, run: result };
  } catch {
    return { results: [], run: result };
  }
}

/** Runs a vitest project and counts its tests one by one. */
async function vitestProject(step: Step, project: string, label: string) {
  const jsonFile = join(scratch, `${project}.json`);
  const result = await run([bin('vitest'), 'run', '--project', project, '--reporter=json', `--outputFile=${jsonFile}`]);
  let report: { testResults: { name: string; startTime: number; endTime: number; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[] };
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    return step.fail(label, `vitest produced no results:\n${result.output.slice(-2000)}`);
  }
  let ok = 0;
  const slowest = [...report.testResults].sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime)).slice(0, 4);
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'passed') ok++;
      // VERIFY_SKIP_SITE skips the scratch copy's site build (it.skipIf); no other skip is allowed.
      else if ((test.status === 'skipped' || test.status === 'pending') && process.env.VERIFY_SKIP_SITE) continue;
      else if (test.status !== 'failed') step.fail(`${label}: ${test.fullName}`, `the test was ${test.status}, not run: no check may be skipped`);
      else step.fail(`${label}: ${test.fullName}`, test.failureMessages.join('\n').split('\n').slice(0, 6).join('\n'));
    }
  }
  passed += ok;
  step.log(`  ${green('✔')} ${label}: ${ok} passed (${result.seconds.toFixed(1)} s)`);
  // Where the time went, for whoever makes verify faster: the files that took longest.
  step.log(`  (slowest: ${slowest.map((f) => `${relative('.', f.name)} ${seconds(f.endTime - f.startTime)}`).join(', ')})`);
  if (result.code !== 0 && report.testResults.every((f) => f.assertionResults.every((t) => t.status === 'passed'))) {
    step.fail(label, `vitest exited with code ${result.code}:\n${result.output.slice(-1500)}`);
  }
}

/** Runs tasks two at a time (this machine has two cores), reporting in the original order. */
async function inPairs<T>(items: T[], task: (item: T) => Promise<() => void>) {
  // Two at a time, the next starting as soon as either ends (not in rounds, where a quick one waited
  // for its slow partner); reported in the list's order.
  const reports: (() => void)[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      reports[i] = await task(items[i]);
    }
  };
  await Promise.all([lane(), lane()]);
  for (const report of reports) report();
}

const types = async (step: Step) => {
  const result = await run([bin('tsc'), '--noEmit', '-p', 'tsconfig.json']);
  step.check(result.code === 0, `tsc --noEmit (lib, exercises, solutions, graders, scripts, site) (${result.seconds.toFixed(1)} s)`, result.output.slice(0, 3000));
};

const library = (step: Step) => vitestProject(step, 'lib', 'lib tests');

const courseChecks = async (step: Step) => (partial ? step.skippedWhenPartial() : vitestProject(step, 'course', 'manifest, report rules, sandbox, grader deadlines, reset and new-chapter'));

const onSolutions = async (step: Step) => {
  const { results, run: r } = await grade('solutions', only);
  if (results.length === 0) return step.fail('graders on solutions', r.output.slice(-3000));
  for (const result of results) {
    const bad = result.checks.filter((c) => c.state !== 'passed');
    step.check(
      result.status === 'passed' && bad.length === 0,
      `${result.chapter} ${result.name}: ${result.checks.length} checks pass`,
      `${result.status}: ${result.message ?? ''} (checks not passing: ${bad.map((c) => c.title).join('; ')})`,
    );
  }
  step.log(`  (graded ${partial ? only.join(', ') : 'the whole solved course'} in ${r.seconds.toFixed(1)} s)`);
};

const onStubs = async (step: Step) => {
  const { results, run: r } = await grade('exercises', only);
  if (results.length === 0) return step.fail('graders on stubs', r.output.slice(-3000));
  step.check(r.code !== 0, 'npm test exits non-zero on the stubs', `exit code ${r.code}`);
  for (const result of results) {
    const passing = result.checks.filter((c) => c.state === 'passed');
    step.check(
      result.status === 'not started' && passing.length === 0 && result.checks.length > 0,
      `${result.chapter} ${result.name}: ${result.checks.length} checks fail on the stub`,
      `status ${result.status}; checks that pass on the stub: ${passing.map((c) => c.title).join('; ') || 'none'}`,
    );
  }
};

const chapterOnItsOwn = async (step: Step) => {
  if (partial) return step.skippedWhenPartial();
  // A learner may skip the warm-up: nothing in grading chapter 1 may depend on exercises/00.
  const fixtures = 'test/course/fixtures';
  // The fixtures stand in for chapters 0 and 1 only; a later chapter would find no file there.
  const firstTwo = ['00', '01'];
  const [skipped, imports] = await Promise.all([grade(`${fixtures}/skipped-warm-up`, firstTwo), grade(`${fixtures}/imports-warm-up`, firstTwo)]);
  const status = (results: ExerciseResult[]) => results.map((x) => `${x.name} ${x.status}`).join(', ') || 'no results';
  const chapter0 = chapters[0].exercises.map((e) => e.name);
  step.check(
    skipped.results.length > 0 &&
      skipped.results.every((x) => (chapter0.includes(x.name) ? x.status === 'not started' : x.status === 'passed')),
    `${fixtures}/skipped-warm-up: chapter 0 not started, every exercise of chapter 1 passed`,
    `${status(skipped.results)}\n${skipped.results.length === 0 ? skipped.run.output.slice(-2000) : ''}`,
  );
  // The hint's promise: import dot from chapter 0 and it must pass first, and the report says so.
  const weightedSum = imports.results.find((x) => x.name === 'weightedSum');
  step.check(
    weightedSum?.status === 'failing' && (weightedSum.message ?? '').includes('weightedSum calls dot, which is not implemented yet: do dot first'),
    `${fixtures}/imports-warm-up: weightedSum built on chapter 0's stub dot says to do dot first`,
    `${status(imports.results)}: ${weightedSum?.message ?? ''}`,
  );
};

const builtOnAFailingOne = async (step: Step) => {
  if (partial) return step.skippedWhenPartial();
  // The solved course in a scratch folder, except that chapter 7's backwardPropagation returns
  // every gradient negated: trainMlp then climbs the cost, and its report must blame chapter 7.
  const stack = join(scratch, 'blocked-stack');
  mkdirSync(stack);
  for (const file of readdirSync('solutions')) {
    const text = readFileSync(join('solutions', file), 'utf8').replaceAll("from '../", `from '${resolve('.')}/`);
    writeFileSync(join(stack, file), text);
  }
  const solution = resolve('solutions/07-backpropagation.ts');
  writeFileSync(
    join(stack, '07-backpropagation.ts'),
    [
      `export * from '${solution}';`,
      `import { backwardPropagation as right } from '${solution}';`,
      'const negated = (m: number[][]) => m.map((row) => row.map((v) => -v));',
      'export const backwardPropagation: typeof right = (...args) => right(...args).map(({ dW, db }) => ({ dW: negated(dW), db: negated(db) }));',
    ].join('\n'),
  );
  const blocked = (results: ExerciseResult[]) => results.find((x) => x.name === 'trainMlp');
  const expected = 'blocked by 07 backwardPropagation (failing): trainMlp runs your backwardPropagation';
  const both = await grade(stack, ['07', '08']);
  const backward = both.results.find((x) => x.name === 'backwardPropagation');
  step.check(
    backward?.status === 'failing' && blocked(both.results)?.status === 'blocked' && (blocked(both.results)?.message ?? '').startsWith(expected),
    'graded together: backwardPropagation failing, trainMlp "blocked by 07 backwardPropagation (failing)"',
    `backwardPropagation ${backward?.status}; trainMlp ${blocked(both.results)?.status}: ${blocked(both.results)?.message}\n${both.results.length === 0 ? both.run.output.slice(-2000) : ''}`,
  );
  // Chapter 8 alone: chapter 7's status comes from the cache of the run above (same files).
  const alone = await grade(stack, ['08']);
  step.check(
    blocked(alone.results)?.status === 'blocked' && (blocked(alone.results)?.message ?? '').startsWith(expected),
    'chapter 8 alone: the same, from the status remembered for unchanged files',
    `trainMlp ${blocked(alone.results)?.status}: ${blocked(alone.results)?.message}\n${alone.results.length === 0 ? alone.run.output.slice(-2000) : ''}`,
  );
};

const mutantsCaught = async (step: Step) => {
  const chosen = partial ? mutants.filter((m) => only.includes(m.chapter)) : mutants;
  const t = performance.now();
  const graded = await gradeBatch(
    chosen.map((m) => ({ chapter: m.chapter, learner: join('test/mutants', m.file), exercise: m.exercise })),
    { seed: Number(seed) },
  );
  graded.forEach(({ result: target, strays }, i) => {
    const mutant = chosen[i];
    const shrunk = mutant.shrunk ? ' (a random input, shrunk)' : '';
    const matches = typeof mutant.expect === 'string' ? (target?.message ?? '').includes(mutant.expect) : mutant.expect.test(target?.message ?? '');
    step.check(
      target?.status === 'failing' && matches && strays.length === 0,
      `${mutant.file} fails ${mutant.exercise} with ${typeof mutant.expect === 'string' ? `"${mutant.expect.split('\n')[0]}"` : mutant.expect}${shrunk}`,
      !target ? `no result for ${mutant.exercise}` : strays.length > 0 ? `the checks of ${strays.join(', ')} ran too` : `got ${target.status}: ${target.message}`,
    );
  });
  step.log(`  (${chosen.length} mutants graded in one run in ${seconds(performance.now() - t)})`);
};

const faultFixtures = (step: Step) =>
  inPairs(partial ? [] : faults, async (fault) => {
    const { results, run: r } = await grade(`test/faults/${fault.file}`, ['00']);
    return () => {
      const problems: string[] = [];
      for (const [name, want] of Object.entries(fault.expect)) {
        const got = results.find((x) => x.name === name);
        if (!got) problems.push(`no result for ${name}`);
        else if (got.status !== want.status) problems.push(`${name}: expected ${want.status}, got ${got.status} (${got.message})`);
        else if (want.message && !(got.message ?? '').includes(want.message)) problems.push(`${name}: message "${got.message}" lacks "${want.message}"`);
      }
      // Learner deadlines are 2 s per call; the rest is starting the grader.
      if (r.seconds > 30) problems.push(`took ${r.seconds.toFixed(1)} s, more than 30 s`);
      step.check(
        problems.length === 0,
        `${fault.file}: ${Object.entries(fault.expect).map(([n, w]) => `${n} ${w.status}`).join(', ')} (${r.seconds.toFixed(1)} s)`,
        problems.join('\n') || r.output.slice(-1500),
      );
    };
  });

const site = async (step: Step) => {
  if (partial) return step.skippedWhenPartial();
  if (process.env.VERIFY_SKIP_SITE) return step.log('  - skipped (VERIFY_SKIP_SITE is set)');
  const result = await run([bin('vitepress'), 'build', 'docs']);
  step.check(result.code === 0, `vitepress build docs, with a TeX error failing it (${result.seconds.toFixed(1)} s)`, result.output.slice(-3000));
};

/**
 * The steps, in the order they are printed. Two run at a time; `after` names a step that must end
 * first: the grade runs share the status cache in node_modules/.cache, and "chapter 8 alone"
 * relies on what the run before it remembered, so they run one after another.
 */
const steps: { title: string; body: (step: Step) => Promise<void>; after?: string }[] = [
  { title: 'Course checks', body: courseChecks },
  { title: 'Types', body: types },
  { title: 'Reference library', body: library },
  { title: 'Graders on solutions/ (every check must pass)', body: onSolutions },
  { title: 'Graders on the untouched stubs (every check must fail, as "not started")', body: onStubs, after: 'Graders on solutions/ (every check must pass)' },
  {
    title: 'A chapter on its own (chapter 1 passes while chapter 0 is the untouched stub)',
    body: chapterOnItsOwn,
    after: 'Graders on the untouched stubs (every check must fail, as "not started")',
  },
  {
    title: 'A chapter built on a failing one (chapter 8 on a backwardPropagation with every sign flipped)',
    body: builtOnAFailingOne,
    after: 'A chapter on its own (chapter 1 passes while chapter 0 is the untouched stub)',
  },
  { title: 'Mutants (known-wrong code must be caught, by name)', body: mutantsCaught },
  { title: 'Fault fixtures (each gets its status; the run stays bounded)', body: faultFixtures },
  { title: 'Site', body: site },
];

console.log(`verify: seed ${seed} (GRADE_SEED=${seed} npm run verify repeats the graders' inputs)`);

const finished = new Map<string, Promise<Step>>();
let printed = 0;
const reports: (Step | undefined)[] = steps.map(() => undefined);
/** Prints every finished step whose predecessors in the list are printed. */
function printReady() {
  while (printed < steps.length && reports[printed]) {
    const step = reports[printed]!;
    console.log(`\n${steps[printed].title}\n${step.lines.join('\n')}`);
    printed++;
  }
}
/**
 * The order the steps start in, which is not the order they print in: the course checks take about
 * as long as all the rest on the other core, so the site build (the longest of the rest, and one
 * that cannot be split) starts early rather than last, where it would run alone after the course
 * checks ended. A step with `after` starts after the step it names.
 */
const startsEarly = ['Course checks', 'Types', 'Reference library', 'Site'];
const startOrder = [...startsEarly.map((title) => steps.findIndex((s) => s.title === title)), ...steps.flatMap((s, i) => (startsEarly.includes(s.title) ? [] : [i]))];
let next = 0;
async function worker() {
  while (next < startOrder.length) {
    const i = startOrder[next++];
    const { title, body, after } = steps[i];
    const promise = (async () => {
      if (after) await finished.get(after);
      const step = new Step();
      const t = performance.now();
      await body(step).catch((error: Error) => step.fail(title, `the step itself failed: ${error.stack ?? error}`));
      // The start shows the lanes: which steps ran side by side, and what waited for what.
      step.log(`  (${seconds(performance.now() - t)}, started ${seconds(t - started)} into verify)`);
      return step;
    })();
    finished.set(title, promise);
    reports[i] = await promise;
    printReady();
  }
}
await Promise.all([worker(), worker()]);

console.log(`\nChapters: ${partial ? `${only.join(', ')} only (a partial run: the course checks, fault fixtures and site were not run)` : chapters.map(chapterId).join(', ')}`);
// CI keeps only the end of a long log: name what failed where it will be read, with the seed to repeat it.
if (failures.length > 0) console.log(`\nFailed (repeat with GRADE_SEED=${seed} npm run verify):\n${failures.map((f) => `  ${red('✘')} ${f}`).join('\n')}`);
const elapsed = (performance.now() - started) / 1000;
console.log(`verify: ${passed} passed, ${failed} failed in ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s`);
process.exit(failed > 0 ? 1 : 0);
