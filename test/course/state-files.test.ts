/**
 * The learner's state files (the statuses remembered between runs, the last grade, the hints
 * revealed) only save work between runs. One that is truncated, `null`, a folder, or in a folder
 * that cannot be written costs one warning line: never a stack trace, never a different verdict
 * or exit code, and `npm run hint` still works. GRADE_STATE_DIR points both commands at a scratch
 * folder, so the course's own state is left alone.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

const files = ['statuses.json', 'last-grade.json', 'hints-revealed.json'];
const scratch = mkdtempSync(join(tmpdir(), 'nnfs-state-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;

function run(stateDir: string, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GRADE_STATE_DIR: stateDir, GRADE_LEARNER: 'solutions', GRADE_TYPECHECK: '0', GRADE_SEED: '1', NO_COLOR: '1' },
    timeout: 50_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  return { code: result.status, stdout: result.stdout, output, warnings: output.split('\n').filter((line) => line.startsWith('Warning: ')) };
}

const grade = (stateDir: string) => run(stateDir, ['scripts/grade.mjs', '00']);
const hint = (stateDir: string, ...args: string[]) => run(stateDir, ['--import', tsx, 'scripts/hint.ts', ...args]);

/** Nothing of the grader's own: no stack frames, no vitest error banner. */
function expectNoTrace(output: string) {
  expect(output).not.toMatch(/^\s+at |❯|Unhandled|Error:/m);
}

/** A broken file that can be replaced is, by the next save. */
function expectWrittenAfresh(file: string) {
  const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved, file).toBeTypeOf('object');
  expect(saved, file).not.toBeNull();
}

let count = 0;
/** A fresh state folder with every state file broken the same way. */
function broken(breakFile: (file: string) => void): string {
  const dir = join(scratch, `state-${count++}`);
  mkdirSync(dir);
  for (const file of files) breakFile(join(dir, file));
  return dir;
}

// The grade reads statuses.json and replaces last-grade.json without reading it: a broken last
// grade costs it a warning only when it cannot be replaced.
const corruptions: [string, (file: string) => void, string[]][] = [
  ['truncated', (file) => writeFileSync(file, '{"solutions": {"00-getting-started": {"key": "'), ['statuses.json']],
  ['null', (file) => writeFileSync(file, 'null\n'), ['statuses.json']],
  ['a folder', (file) => mkdirSync(file), ['statuses.json', 'last-grade.json']],
];

describe.each(corruptions)('every state file %s', (kind, breakFile, gradeWarnsAbout) => {
  it('grades as always (exit code 0, both passed), with one warning line for each broken file it uses', () => {
    const dir = broken(breakFile);
    const r = grade(dir);
    expectNoTrace(r.output);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('2/2 exercises passed');
    expect(r.warnings).toHaveLength(gradeWarnsAbout.length);
    for (const file of gradeWarnsAbout) expect(r.warnings.find((w) => w.includes(file)), file).toBeDefined();
    if (kind !== 'a folder') for (const file of ['statuses.json', 'last-grade.json']) expectWrittenAfresh(join(dir, file));
  });

  it('gives the next hint, with one warning line for each broken file it uses (the last grade, the hints revealed)', () => {
    const dir = broken(breakFile);
    const r = hint(dir, '00');
    expectNoTrace(r.output);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('Hints for dot (exercises/00-getting-started.ts), 1 of');
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings.find((w) => w.includes('last-grade.json'))).toBeDefined();
    expect(r.warnings.find((w) => w.includes('hints-revealed.json'))).toBeDefined();
    if (kind !== 'a folder') expectWrittenAfresh(join(dir, 'hints-revealed.json'));
  });
});

describe('a state folder that cannot be written (a file stands where it should be)', () => {
  const notAFolder = () => {
    const path = join(scratch, `state-${count++}`);
    writeFileSync(path, '');
    return path;
  };

  it('grades as always, with one warning line', () => {
    const r = grade(notAFolder());
    expectNoTrace(r.output);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('2/2 exercises passed');
    expect(r.warnings).toHaveLength(1);
  });

  it('still gives the hint, with one warning line', () => {
    const r = hint(notAFolder(), '00');
    expectNoTrace(r.output);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('Hints for dot');
    expect(r.warnings).toHaveLength(1);
  });
});
