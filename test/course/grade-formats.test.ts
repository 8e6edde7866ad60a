/**
 * `npm run grade -- --format json|junit|gradescope --out FILE`: each output is checked against its
 * documented shape (schemas/ for the two JSON forms; the JUnit XML parsed and read as a CI would),
 * on a chapter where one exercise times out and the other passes: a time-out is never a pass.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

const dir = mkdtempSync(join(tmpdir(), 'nnfs-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the grade of chapter 0 on a file whose dot loops for ever, in one format; resolves with the file it wrote and the exit code. */
function grade(format: string): Promise<{ text: string; code: number | null; stdout: string }> {
  const out = join(dir, format, 'results');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/grade.mjs', '00', '--format', format, '--out', out], {
      cwd: repoRoot,
      env: { ...process.env, GRADE_LEARNER: 'test/faults/infinite-loop-in-call.ts', GRADE_STATE_DIR: join(dir, format, 'state'), GRADE_SEED: '7' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ text: readFileSync(out, 'utf8'), code, stdout }));
  });
}

const runs: Record<string, { text: string; code: number | null; stdout: string }> = {};
beforeAll(async () => {
  const formats = ['json', 'junit', 'gradescope'];
  const done = await Promise.all(formats.map(grade));
  formats.forEach((format, i) => (runs[format] = done[i]));
}, 60_000);

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });

describe('--format json', () => {
  test('is the report, valid against schemas/grade-report.schema.json, with the time-out as "timed out"', () => {
    const report = JSON.parse(runs.json.text);
    const valid = ajv.compile(schema('grade-report.schema.json'));
    expect(valid(report), ajv.errorsText(valid.errors)).toBe(true);
    expect(report.exercises.map((e: { name: string; status: string; earned: number }) => [e.name, e.status, e.earned])).toEqual([
      ['dot', 'timed out', 0],
      ['mean', 'passed', 1],
    ]);
    expect(runs.json.code).toBe(1);
    // With --out, the person at the terminal still gets the report.
    expect(runs.json.stdout).toContain('Grade report');
  });
});

describe('--format gradescope', () => {
  test("is Gradescope's results.json, valid against schemas/gradescope-results.schema.json, the time-out failed with 0 points", () => {
    const results = JSON.parse(runs.gradescope.text);
    const valid = ajv.compile(schema('gradescope-results.schema.json'));
    expect(valid(results), ajv.errorsText(valid.errors)).toBe(true);
    expect(results.tests.map((t: { name: string; status: string; score: number; max_score: number }) => [t.name, t.status, t.score, t.max_score])).toEqual([
      ['00-getting-started dot', 'failed', 0, 1],
      ['00-getting-started mean', 'passed', 1, 1],
    ]);
    expect(results.score).toBe(1);
    expect(results.tests[0].output).toContain('did not return within 2 s');
  });
});

describe('--format junit', () => {
  test('is well-formed JUnit XML in which the time-out is a <failure>, never a pass', () => {
    const problems: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(runs.junit.text, 'text/xml');
    expect(problems).toEqual([]);
    const root = xml.documentElement!;
    expect(root.tagName).toBe('testsuites');
    expect(root.getAttribute('tests')).toBe('2');
    expect(root.getAttribute('failures')).toBe('1');
    const suites = Array.from(root.getElementsByTagName('testsuite'));
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['00-getting-started']);
    const cases = Array.from(suites[0].getElementsByTagName('testcase'));
    const verdicts = cases.map((c) => [c.getAttribute('name'), c.getElementsByTagName('failure')[0]?.getAttribute('type') ?? 'pass']);
    expect(verdicts).toEqual([
      ['dot', 'timed out'],
      ['mean', 'pass'],
    ]);
    expect(cases[0].getElementsByTagName('failure')[0].getAttribute('message')).toContain('did not return within 2 s');
  });
});

test('a --format without --out writes only the machine-readable form to the standard output', async () => {
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/grade.mjs', '00', '--format=json'], {
      cwd: repoRoot,
      env: { ...process.env, GRADE_LEARNER: 'solutions', GRADE_STATE_DIR: join(dir, 'stdout-state') },
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  expect(JSON.parse(stdout)).toMatchObject({ earned: 2, points: 2 });
});
