/**
 * `npm run classroom:workflow`: writes .github/workflows/classroom.yml, the GitHub Classroom
 * autograding workflow, from the manifest: one test per chapter, worth the chapter's points, that
 * passes when `npm test -- NN` does. A course test (test/course/workflows.test.ts) fails when the
 * file and the manifest disagree, so a new chapter cannot be left out of a classroom's grade.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chapterId, chapters } from '../course.ts';

export const classroomWorkflowFile = fileURLToPath(new URL('../.github/workflows/classroom.yml', import.meta.url));

export function classroomWorkflow(): string {
  const tests = chapters.map((chapter) => {
    const id = chapterId(chapter);
    return { step: `chapter-${id.slice(0, 2)}`, name: `${chapter.number}. ${chapter.title}`, number: id.slice(0, 2), points: chapter.exercises.reduce((s, e) => s + e.points, 0), capstone: chapter.number === 10 };
  });
  const lines = [
    '# Generated from course.ts by `npm run classroom:workflow`: edit the manifest, not this file.',
    '# GitHub Classroom autograding: one test per chapter, worth its points, passing when',
    '# `npm test -- NN` passes (every exercise of the chapter).',
    'name: Autograding',
    'on:',
    '  push:',
    '  repository_dispatch:',
    'permissions:',
    '  checks: write',
    '  actions: read',
    '  contents: read',
    'jobs:',
    '  run-autograding-tests:',
    '    runs-on: ubuntu-latest',
    "    if: github.actor != 'github-classroom[bot]'",
    '    steps:',
    '      - name: Check out the submission',
    '        uses: actions/checkout@v4',
    '      - name: Set up Node 20',
    '        uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '          cache: npm',
    '      - name: Install',
    '        run: npm ci --no-audit --no-fund',
  ];
  for (const t of tests) {
    lines.push(
      `      - name: ${JSON.stringify(t.name)}`,
      `        id: ${t.step}`,
      '        uses: classroom-resources/autograding-command-grader@v1',
      '        with:',
      `          test-name: ${JSON.stringify(t.name)}`,
      "          setup-command: ''",
      `          command: npm test -- ${t.number}`,
      // The capstone trains a network on 8,000 digits: minutes, not seconds.
      `          timeout: ${t.capstone ? 15 : 5}`,
      `          max-score: ${t.points}`,
    );
  }
  lines.push(
    '      - name: Report the grade',
    '        uses: classroom-resources/autograding-grading-reporter@v1',
    '        env:',
    // The reporter reads each runner's result from <RUNNER ID IN CAPITALS>_RESULTS, hyphens kept.
    ...tests.map((t) => `          ${t.step.toUpperCase()}_RESULTS: \${{ steps.${t.step}.outputs.result }}`),
    '        with:',
    `          runners: ${tests.map((t) => t.step).join(',')}`,
  );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(classroomWorkflowFile, classroomWorkflow());
  console.log(`wrote ${classroomWorkflowFile}`);
}
