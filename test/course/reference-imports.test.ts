/**
 * A learner file that imports the reference library still runs, and the report flags the
 * exercises it affects ("uses the reference library: lib/…"), as do the classroom formats. What
 * the stubs themselves import (the NotImplemented marker, seeded random numbers) is not flagged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allowedLibImports } from '../grader/bundle.ts';
import { repoRoot } from '../grader/learner.ts';

test('the stubs import nothing of lib/ but what the flag allows', () => {
  for (const file of readdirSync(join(repoRoot, 'exercises')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(repoRoot, 'exercises', file), 'utf8');
    for (const [, path] of text.matchAll(/from '\.\.\/(lib\/[^']+)'/g)) expect(allowedLibImports, `exercises/${file}`).toContain(path);
  }
});

test('a file that imports lib/ is graded, and every exercise it holds is flagged in the report and in the JSON grade', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-reference-'));
  try {
    const json = join(dir, 'grade.json');
    const output = execFileSync(process.execPath, ['scripts/grade.mjs', '00', '--format', 'json', '--out', json], {
      cwd: repoRoot,
      env: { ...process.env, GRADE_LEARNER: 'test/course/fixtures/uses-reference/00-getting-started.ts', GRADE_STATE_DIR: join(dir, 'state'), NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(output).toContain('uses the reference library: lib/vector.ts');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.exercises.map((e: { name: string; status: string; usesReference?: string[] }) => [e.name, e.status, e.usesReference])).toEqual([
      ['dot', 'passed', ['lib/vector.ts']],
      ['mean', 'passed', ['lib/vector.ts']],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the solved chapters, which import only the stubs' own lib/ files, are not flagged", () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-reference-'));
  try {
    const json = join(dir, 'grade.json');
    execFileSync(process.execPath, ['scripts/grade.mjs', '00', '06', '--format', 'json', '--out', json], {
      cwd: repoRoot,
      env: { ...process.env, GRADE_LEARNER: 'solutions', GRADE_STATE_DIR: join(dir, 'state') },
    });
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.exercises.filter((e: { usesReference?: string[] }) => e.usesReference)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
