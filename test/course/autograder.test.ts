/**
 * Gradescope's autograder (autograder/run_autograder), run here in a scratch folder laid out as
 * Gradescope lays out /autograder: the course in source/, the learner's files in submission/,
 * results in results/results.json. The submission has one chapter solved, one whose first
 * exercise never returns, and one that does not parse; the chapters it left out keep their stubs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, expect, test } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

const root = mkdtempSync(join(tmpdir(), 'nnfs-autograder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('grades a submission into results/results.json: solved, endless loop, syntax error and not uploaded, each as it is', () => {
  // The course, as Gradescope unpacks it: everything linked but exercises/, which the script overwrites.
  const source = join(root, 'source');
  mkdirSync(source);
  for (const entry of readdirSync(repoRoot)) {
    if (entry === 'exercises' || entry === '.git') continue;
    symlinkSync(join(repoRoot, entry), join(source, entry));
  }
  cpSync(join(repoRoot, 'exercises'), join(source, 'exercises'), { recursive: true });

  // The learner uploaded three files, two of them inside an exercises/ folder.
  const submission = join(root, 'submission');
  mkdirSync(join(submission, 'exercises'), { recursive: true });
  cpSync(join(repoRoot, 'solutions', '00-getting-started.ts'), join(submission, '00-getting-started.ts'));
  const stub = readFileSync(join(repoRoot, 'exercises', '01-perceptron.ts'), 'utf8');
  const looping = stub.replace(/throw new NotImplemented\('weightedSum'\);/, 'for (;;) {}');
  expect(looping).not.toBe(stub);
  writeFileSync(join(submission, 'exercises', '01-perceptron.ts'), looping);
  writeFileSync(join(submission, 'exercises', '02-activation-functions.ts'), 'export function sigmoid(z: number): number {\n  return 1 / (1 + Math.exp(-z);\n}\n');

  const run = spawnSync('bash', [join(repoRoot, 'autograder', 'run_autograder')], {
    env: { ...process.env, AUTOGRADER_ROOT: root, GRADE_SEED: '3' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'gradescope-results.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.compile(schema);
  expect(valid(results), ajv.errorsText(valid.errors)).toBe(true);

  const test = (name: string) => results.tests.find((t: { name: string }) => t.name === name);
  expect(test('00-getting-started dot')).toMatchObject({ status: 'passed', score: 1 });
  expect(test('00-getting-started mean')).toMatchObject({ status: 'passed', score: 1 });
  expect(test('01-perceptron weightedSum')).toMatchObject({ status: 'failed', score: 0, output: expect.stringMatching(/^timed out: .*did not return within/) });
  expect(test('02-activation-functions sigmoid')).toMatchObject({ status: 'failed', score: 0, output: expect.stringMatching(/^could not load: [\s\S]*02-activation-functions\.ts:2/) });
  expect(test('03-derivatives forwardDifference')).toMatchObject({ status: 'failed', score: 0, output: expect.stringMatching(/^not started/) });
  expect(results.score).toBe(2);
  // The report a person reads in Gradescope's output is printed too.
  expect(run.stdout).toContain('Grade report');
}, 150_000);
