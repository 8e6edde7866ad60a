/**
 * The sandbox's contract, beyond the fault fixtures that verify runs through the whole report:
 * probes share the learner's module, results must be plain data, arguments come back so
 * mutation is visible, and a missing export is a readable failure.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ChapterSandbox } from '../grader/sandbox.ts';

process.env.GRADE_LEARNER = 'solutions';
const sandbox = new ChapterSandbox('00-getting-started', { probe: 'test/course/fixtures/probe.ts' });
afterAll(() => sandbox.close());

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

  it("passes the learner's own errors through with their name and location", async () => {
    await expect(sandbox.call('mean', [[]])).rejects.toMatchObject({
      name: 'Error',
      message: expect.stringMatching(/empty array \(at solutions\/00-getting-started\.ts:\d+:\d+\)/),
    });
  });
});
