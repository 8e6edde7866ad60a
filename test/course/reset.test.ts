/**
 * npm run reset restores the original stub from git history, skipping the learner's own commits,
 * and backs the learner's file up first. Given several chapters it resets them all, or refuses
 * and changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';
import { scratchFolders } from './scratch-folders.ts';

const file = 'exercises/01-perceptron.ts';

const courseFolder = scratchFolders('nnfs-reset-');

function run(cwd: string, command: string, args: string[]) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Run from the learner's folder, as npm run reset does; tsx is found in the course's node_modules.
const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
const reset = (dir: string, ...chapters: string[]) => run(dir, process.execPath, ['--import', tsx, join(repoRoot, 'scripts/reset.ts'), ...chapters]);

it('restores the stub, skipping committed work, and backs up the current file', () => {
  const dir = courseFolder();
  const git = (...args: string[]) => run(dir, 'git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
  git('init', '-q');
  mkdirSync(join(dir, 'exercises'));
  copyFileSync(join(repoRoot, file), join(dir, file));
  git('add', '.');
  git('commit', '-qm', 'the course');
  // The learner commits finished work, then keeps editing without committing.
  copyFileSync(join(repoRoot, 'solutions/01-perceptron.ts'), join(dir, file));
  git('commit', '-qam', 'my perceptron');
  writeFileSync(join(dir, file), '// work in progress\n');

  const out = reset(dir, 'perceptron');
  expect(out).toContain('back to its original stub');
  expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(repoRoot, file), 'utf8'));
  const backups = readdirSync(join(dir, 'exercises-backup'));
  expect(backups).toHaveLength(1);
  expect(readFileSync(join(dir, 'exercises-backup', backups[0]), 'utf8')).toBe('// work in progress\n');
});

const two = ['exercises/01-perceptron.ts', 'exercises/02-activation-functions.ts'];

/** A course folder with the stubs of chapters 1 and 2 committed, then both solved (not committed). */
function solvedTwo(): string {
  const dir = courseFolder();
  const git = (...args: string[]) => run(dir, 'git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
  git('init', '-q');
  mkdirSync(join(dir, 'exercises'));
  for (const f of two) copyFileSync(join(repoRoot, f), join(dir, f));
  git('add', '.');
  git('commit', '-qm', 'the course');
  for (const f of two) copyFileSync(join(repoRoot, f.replace('exercises/', 'solutions/')), join(dir, f));
  return dir;
}

it('resets every chapter it is given', () => {
  const dir = solvedTwo();
  const out = reset(dir, '01', '02');
  for (const f of two) {
    expect(out).toContain(`${f} is back to its original stub`);
    expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(repoRoot, f), 'utf8'));
  }
  expect(readdirSync(join(dir, 'exercises-backup'))).toHaveLength(2);
});

it('refuses all of them, changing nothing, when one chapter is unknown', () => {
  const dir = solvedTwo();
  let failure: { status: number; stderr: string } | undefined;
  try {
    reset(dir, '01', '02', 'nope');
  } catch (error) {
    failure = error as { status: number; stderr: string };
  }
  expect(failure?.status).toBe(2);
  expect(failure?.stderr).toContain('no chapter matches "nope"');
  expect(failure?.stderr).toContain('nothing was changed');
  for (const f of two) expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(repoRoot, f.replace('exercises/', 'solutions/')), 'utf8'));
  expect(existsSync(join(dir, 'exercises-backup'))).toBe(false);
});
