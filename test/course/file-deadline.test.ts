/**
 * A fault that escapes the sandbox (here a grader stuck in a synchronous loop) costs one file:
 * the grade runner stops its process at the file's deadline and the report marks its exercises
 * crashed, while the queue goes on in a new process. A file whose
 * point is a long run asks for more time, and gets it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

it('stops a hung grader file at its deadline and reports it as crashed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-deadline-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const json = join(dir, 'results.json');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/course/fixtures/run-hung-grader.ts', json], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 45_000,
  });
  const seconds = (performance.now() - started) / 1000;
  expect(run.status, run.stderr).toBe(1);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  expect(report.exercises.find((e: { name: string }) => e.name === 'dot')).toMatchObject({
    status: 'crashed',
    message: expect.stringContaining('ran past its deadline'),
  });
  // The deadline is 1.5 s; the rest is compiling the fixture and starting its process.
  expect(seconds).toBeLessThan(30);
});

it('gives a file that asked for more time (allowFileTime, as the capstone does) that time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-deadline-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const json = join(dir, 'results.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/course/fixtures/run-hung-grader.ts', json, 'long-grader'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 45_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  // Its 3 s loop outlives the 1.5 s file deadline, within the 8 s it asked for.
  expect(report.exercises.map((e: { name: string; status: string }) => [e.name, e.status])).toEqual([
    ['dot', 'passed'],
    ['mean', 'passed'],
  ]);
});
