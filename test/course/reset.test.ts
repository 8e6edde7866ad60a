/**
 * npm run reset restores the original stub from git history, skipping the learner's own commits,
 * and backs the learner's file up first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

const file = 'exercises/01-perceptron.ts';

function run(cwd: string, command: string, args: string[]) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

it('restores the stub, skipping committed work, and backs up the current file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnfs-reset-'));
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

  // Run from the learner's folder, as npm run reset does; tsx is found in the course's node_modules.
  const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
  const out = run(dir, process.execPath, ['--import', tsx, join(repoRoot, 'scripts/reset.ts'), 'perceptron']);
  expect(out).toContain('back to its original stub');
  expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(repoRoot, file), 'utf8'));
  const backups = readdirSync(join(dir, 'exercises-backup'));
  expect(backups).toHaveLength(1);
  expect(readFileSync(join(dir, 'exercises-backup', backups[0]), 'utf8')).toBe('// work in progress\n');
});
