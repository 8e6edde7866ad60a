/**
 * The sandbox's contract, beyond the fault fixtures that verify runs through the whole report:
 * probes share the learner's module, results must be plain data, arguments come back so
 * mutation is visible, a missing export is a readable failure, what the learner throws arrives
 * as it was (an Error, or marked as not one) with the learner's own stack frames, and a time-out
 * names the call and its input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LearnerChapter } from '../grader/chapter.ts';
import { ChapterSandbox, type SandboxOptions } from '../grader/sandbox.ts';

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
});
