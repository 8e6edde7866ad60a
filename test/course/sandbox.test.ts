/**
 * The sandbox's contract, beyond the fault fixtures that verify runs through the whole report:
 * probes share the learner's module, results must be plain data, arguments come back so
 * mutation is visible, a missing export is a readable failure, what the learner throws arrives
 * as it was (an Error, or marked as not one) with the learner's own stack frames, a time-out
 * names the call and its input, and what a long call reports while it runs reaches the grader at
 * once (and, where asked, starts its deadline again).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LearnerChapter } from '../grader/chapter.ts';
import { ChapterSandbox, keepSpareWorker, type SandboxOptions } from '../grader/sandbox.ts';

const opened: ChapterSandbox[] = [];
afterAll(() => Promise.all(opened.map((s) => s.close())));

/** A sandbox for chapter `id` with `learner` standing in for it (GRADE_LEARNER is read when it opens). */
function open(id: string, learner: string, options: SandboxOptions = {}): ChapterSandbox {
  process.env.GRADE_LEARNER = learner;
  const sandbox = new ChapterSandbox(id, options);
  opened.push(sandbox);
  return sandbox;
}

const sandbox = open('00-getting-started', 'solutions', { probe: 'test/course/fixtures/probe.ts' });

describe('ChapterSandbox', () => {
  it('runs a probe inside the worker against the learner file', async () => {
    expect((await sandbox.probe('dotThroughCallback', [[1, 2], [3, 4]])).value).toBe(11);
  });

  it('returns the arguments as they were after the call', async () => {
    const result = await sandbox.call('dot', [[1, 2], [3, 4]]);
    expect(result).toEqual({ value: 11, args: [[1, 2], [3, 4]] });
  });

  it('turns a result that is not plain data into a failure that says so', async () => {
    await expect(sandbox.probe('leakFunction', [])).rejects.toMatchObject({ name: 'GradeFailure', message: expect.stringContaining('not plain data') });
  });

  it('passes what a call reports while it runs to onProgress, in order, before the call returns', async () => {
    const seen: unknown[] = [];
    const result = await sandbox.probe('reportProgress', [3, 10], { onProgress: (data) => seen.push(data) });
    expect(result.value).toBe(3);
    expect(seen).toEqual([{ step: 1 }, { step: 2 }, { step: 3 }]);
  });

  it('gives a call that keeps reporting progress its deadline again after each report, within its bound in all', async () => {
    // Five steps of 400 ms: 2 s in all, past a 1 s deadline, but never 1 s without a report.
    const moving = open('00-getting-started', 'solutions', { probe: 'test/course/fixtures/probe.ts' });
    expect((await moving.probe('reportProgress', [5, 400], { timeoutMs: 1000, progressExtendsUpToMs: 10_000 })).value).toBe(5);
    // The same call bounded at 1.5 s in all times out, with the time it was given.
    const bounded = open('00-getting-started', 'solutions', { probe: 'test/course/fixtures/probe.ts' });
    await expect(bounded.probe('reportProgress', [5, 400], { timeoutMs: 1000, progressExtendsUpToMs: 1500 })).rejects.toMatchObject({
      name: 'ExerciseTimeout',
      message: expect.stringContaining('did not return within 1.5 s'),
    });
  });

  it('names a missing export', async () => {
    await expect(sandbox.call('cross', [])).rejects.toMatchObject({
      name: 'GradeFailure',
      message: expect.stringContaining('solutions/00-getting-started.ts does not export a function named cross'),
    });
  });

  it('names what an export is when it is not a function', async () => {
    const odd = open('00-getting-started', 'test/course/fixtures/odd-values.ts');
    await expect(odd.call('dot', [[1], [2]])).rejects.toMatchObject({
      name: 'GradeFailure',
      message: 'test/course/fixtures/odd-values.ts exports dot as the number 5, not a function: write it as export function dot(…) { … }',
    });
  });

  it('fails a BigInt anywhere in a result with a sentence that names it, before any grader computes with it', async () => {
    const odd = new LearnerChapter(open('00-getting-started', 'test/course/fixtures/odd-values.ts'));
    await expect(odd.call('mean', [[1, 2]])).rejects.toMatchObject({
      name: 'GradeFailure',
      message: expect.stringMatching(/^mean\(\[1, 2\]\) returned the BigInt 5n; return a number/),
    });
    await expect(odd.call('pair', [])).rejects.toMatchObject({
      message: expect.stringMatching(/^pair\(\) returned \[1, 2n\], which holds the BigInt 2n at \[1\]; return a number/),
    });
    await expect(odd.call('throwsBigInt', [])).rejects.toMatchObject({ message: 'throwsBigInt() threw the BigInt 5n (not an Error)' });
    await expect(odd.call('bigIntIntoArgument', [[1, 2]])).rejects.toMatchObject({
      message: expect.stringContaining('bigIntIntoArgument([1, 2]) changed its first argument in place: it was [1, 2] and became [5n, 2]'),
    });
  });

  it("passes the learner's own Error through: the call, its name and message, and where it was thrown", async () => {
    await expect(sandbox.call('mean', [[]])).rejects.toMatchObject({
      name: 'LearnerError',
      thrown: { isError: true, name: 'Error', message: expect.stringContaining('empty array') },
      message: expect.stringMatching(/^mean\(\[\]\) threw Error: .*empty array\n {4}at mean \(solutions\/00-getting-started\.ts:\d+:\d+\)$/),
    });
  });

  it('marks a thrown string or plain object as not an Error, so a grader can tell', async () => {
    const strings = open('00-getting-started', 'test/mutants/00-getting-started/dot-throws-a-string.ts');
    await expect(strings.call('dot', [[1], [1, 2]])).rejects.toMatchObject({
      thrown: { isError: false, message: 'the string "dot: lengths 1 and 2 differ"' },
      message: expect.stringContaining('threw the string "dot: lengths 1 and 2 differ" (not an Error)'),
    });
    const objects = open('00-getting-started', 'test/mutants/00-getting-started/mean-throws-a-plain-object.ts');
    await expect(objects.call('mean', [[]])).rejects.toMatchObject({ thrown: { isError: false, message: expect.stringMatching(/^a plain object /) } });
  });

  it("shows only the learner's frames, across chapters: an error in chapter 0's dot names dot's line and the caller's", async () => {
    const chapter1 = open('01-perceptron', 'test/course/fixtures/frames');
    const error = await chapter1.call('weightedSum', [[1, 2], 0, [3, 4]]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LearnerError' });
    const { frames, stack } = error as { frames: string[]; stack: string };
    expect(frames[0]).toMatch(/^dot \(solutions\/00-getting-started\.ts:\d+:\d+\)$/);
    expect(frames[1]).toMatch(/^weightedSum \(test\/course\/fixtures\/frames\/01-perceptron\.ts:6:\d+\)$/);
    expect(frames.join('\n')).not.toMatch(/test\/grader|node_modules|node:/);
    // The stack vitest --verbose prints holds the same frames and nothing of the grader's.
    expect(stack).not.toMatch(/test\/grader|node_modules/);
  });

  it('names the call and its input when it times out, or the label it was given', async () => {
    const loops = open('00-getting-started', 'test/faults/infinite-loop-in-call.ts', { callTimeoutMs: 300 });
    await expect(loops.call('dot', [[1], [2]])).rejects.toMatchObject({
      name: 'ExerciseTimeout',
      message: expect.stringMatching(/^dot\(\[1\], \[2\]\) did not return within 0\.3 s/),
    });
    const labelled = open('00-getting-started', 'test/faults/infinite-loop-in-call.ts', { callTimeoutMs: 300 });
    await expect(labelled.call('dot', [[1], [2]], { label: 'dot on two one-number vectors' })).rejects.toMatchObject({
      message: expect.stringMatching(/^dot on two one-number vectors did not return within 0\.3 s/),
    });
  });

  it('gives the worker the call stack it is asked for: a recursion 10,000 deep fits in the default 4 MiB, not in 0.75 MiB', async () => {
    // Chapter 4's recursive topological sort, walking a chain of 10,000 additions.
    const recursive = 'test/mutants/04-computation-graphs/value-recursive-topological-sort.ts';
    const probe = 'test/probes/04-computation-graphs.ts';
    const roomy = open('04-computation-graphs', recursive, { probe });
    expect((await roomy.probe('chain', [10_000, 0])).value).toMatchObject({ overflow: false, leafGrad: 1 });
    const tight = open('04-computation-graphs', recursive, { probe, stackSizeMb: 0.75 });
    expect((await tight.probe('chain', [10_000, 0])).value).toMatchObject({ overflow: true, message: 'Maximum call stack size exceeded' });
  });

  it('calls a memory bomb out of memory, not a time-out, also when the heap fills more slowly than the deadline passes', async () => {
    // A loaded machine fills the heap slowly; a 0.1 s deadline stands in for it.
    const bomb = open('00-getting-started', 'test/faults/memory-bomb.ts', { callTimeoutMs: 100, heapMb: 128 });
    await expect(bomb.call('dot', [[1], [2]])).rejects.toMatchObject({
      name: 'ExerciseCrash',
      message: expect.stringMatching(/^dot\(\[1\], \[2\]\) ran out of memory/),
    });
    expect((await bomb.call('mean', [[2, 4, 9]])).value).toBe(5);
    // Not run again: on a busy machine another try would cost seconds more for the same verdict.
    await expect(bomb.call('dot', [[3], [4]])).rejects.toMatchObject({ name: 'ExerciseCrash', message: expect.stringContaining('(dot was not run again after that.)') });
  });

  it('fails a Promise returned where the stub returns a plain value, saying so', async () => {
    const asyncDot = open('00-getting-started', 'test/faults/async-export.ts');
    await expect(asyncDot.call('dot', [[1, 2], [3, 4]])).rejects.toMatchObject({
      name: 'GradeFailure',
      message: expect.stringMatching(/^dot\(\[1, 2\], \[3, 4\]\) returned a Promise.*not async/),
    });
    expect((await asyncDot.call('mean', [[2, 4, 9]])).value).toBe(5);
  });
});

describe("what the learner's code prints", () => {
  it('comes back with the call that printed it, what the top level printed first, and a call that timed out keeps what it printed', async () => {
    const logs = open('00-getting-started', 'test/faults/console-log.ts', { callTimeoutMs: 300 });
    expect((await logs.call('dot', [[1, 2], [3, 4]])).value).toBe(11);
    await expect(logs.call('mean', [[2, 4, 9]])).rejects.toMatchObject({ name: 'ExerciseTimeout' });
    expect(logs.takePrinted()).toEqual([
      { call: 'loading test/faults/console-log.ts', lines: ['loading my chapter 0'], more: 0, file: true },
      { call: 'dot([1, 2], [3, 4])', lines: ['i = 0 sum = 3', 'i = 1 sum = 11'], more: 0 },
      { call: 'mean([2, 4, 9])', lines: ['mean of [ 2, 4, 9 ]'], more: 0, stopped: true },
    ]);
    // Asked again, only what was printed since; a new worker loading the file again is not news.
    expect((await logs.call('dot', [[1], [2]])).value).toBe(2);
    expect(logs.takePrinted()).toEqual([{ call: 'dot([1], [2])', lines: ['i = 0 sum = 2'], more: 0 }]);
  });

  it('keeps a few lines of a call that prints in a loop and counts the rest', async () => {
    const logs = open('00-getting-started', 'test/faults/console-log.ts');
    const long = Array.from({ length: 50 }, (_, i) => i);
    await logs.call('dot', [long, long]);
    const [, printed] = logs.takePrinted();
    expect(printed.lines).toHaveLength(20);
    expect(printed.more).toBe(30);
  });
});

describe('an error thrown outside the call (20 runs of each, so a race would show)', () => {
  const runs = 20;

  it('a promise nobody awaited: reported on the call that made it, the next exercise graded normally', async () => {
    for (let run = 0; run < runs; run++) {
      const unawaited = open('00-getting-started', 'test/faults/unawaited-async-throw.ts');
      await expect(unawaited.call('dot', [[1, 2, 3], [4, 5]]).then(() => unawaited.afterCalls())).rejects.toMatchObject({
        name: 'ExerciseCrash',
        message: expect.stringMatching(
          /^dot\(\[1, 2, 3\], \[4, 5\]\) threw after returning.*Error: lengths 3 and 2 differ.*did you forget an await\?\n {4}at checkLengths \(test\/faults\/unawaited-async-throw\.ts:4:\d+\)/s,
        ),
      });
      expect((await unawaited.call('mean', [[2, 4, 9]])).value).toBe(5);
      await unawaited.afterCalls();
      await unawaited.close();
    }
  });

  it('a timer that throws: reported on the call that set it, found once the calls are done, and the exercise not run again', async () => {
    for (let run = 0; run < runs; run++) {
      const timer = open('00-getting-started', 'test/faults/timer-throws.ts');
      expect((await timer.call('dot', [[1, 2], [3, 4]])).value).toBe(11);
      await timer.afterCalls();
      await expect(timer.call('dot', [[1, 2, 3], [4, 5]]).then(() => timer.afterCalls())).rejects.toMatchObject({
        name: 'ExerciseCrash',
        message: expect.stringMatching(/^dot\(\[1, 2, 3\], \[4, 5\]\) threw after returning.*Error: lengths 3 and 2 differ.*did you forget an await\?/s),
      });
      await expect(timer.call('dot', [[1], [2]])).rejects.toMatchObject({ name: 'ExerciseCrash', message: expect.stringContaining('not run again') });
      expect((await timer.call('mean', [[2, 4, 9]])).value).toBe(5);
      await timer.close();
    }
  });

  it('a later timer: fails the check that made the call if it fires before the check ends; otherwise the exercise is not run again', async () => {
    const late = open('00-getting-started', 'test/course/fixtures/late-timer');
    const threw = { name: 'ExerciseCrash', message: expect.stringMatching(/^dot\(\[1, 2, 3\], \[4, 5\]\) threw after returning, from a timer/) };
    await late.call('dot', [[1, 2, 3], [4, 5]]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(() => late.afterCalls()).toThrow(expect.objectContaining(threw));
    const later = open('00-getting-started', 'test/course/fixtures/late-timer');
    await later.call('dot', [[1, 2, 3], [4, 5]]);
    later.afterCalls();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(() => later.afterCalls()).not.toThrow();
    await expect(later.call('dot', [[1], [2]])).rejects.toMatchObject({ ...threw, message: expect.stringContaining('(dot was not run again after that.)') });
    expect((await later.call('mean', [[2, 4, 9]])).value).toBe(5);
  });

  it('a promise rejected at the top level: the file could not load, saying why', async () => {
    for (let run = 0; run < runs; run++) {
      const topLevel = open('00-getting-started', 'test/faults/top-level-rejection.ts');
      await expect(topLevel.call('dot', [[1], [2]])).rejects.toMatchObject({
        name: 'ExerciseLoadError',
        message: expect.stringMatching(/^test\/faults\/top-level-rejection\.ts could not be loaded: .*promise nobody awaited.*Error: warm-up failed/s),
      });
      await topLevel.close();
    }
  });
});

// Last in the file: once this process keeps a spare, it keeps one.
describe('the spare worker a grading process keeps booted (keepSpareWorker)', () => {
  it('serves one sandbox only: each chapter still runs in a fresh worker, and one with other limits in its own', async () => {
    keepSpareWorker(true);
    const probe = 'test/course/fixtures/probe.ts';
    for (let i = 0; i < 3; i++) {
      const fresh = open('00-getting-started', 'solutions', { probe });
      // Its global object is new (so is everything the learner's code left in the last one), and
      // it stays its own for the sandbox's later calls.
      expect((await fresh.probe('countOnGlobal', [])).value).toBe(1);
      expect((await fresh.probe('countOnGlobal', [])).value).toBe(2);
    }
    // The spare has the default limits: a chapter that asks for a smaller stack is not given it.
    const recursive = 'test/mutants/04-computation-graphs/value-recursive-topological-sort.ts';
    const tight = open('04-computation-graphs', recursive, { probe: 'test/probes/04-computation-graphs.ts', stackSizeMb: 0.75 });
    expect((await tight.probe('chain', [10_000, 0])).value).toMatchObject({ overflow: true, message: 'Maximum call stack size exceeded' });
  });
});
