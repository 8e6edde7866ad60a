/**
 * `npm run hint` names what is wrong with its arguments in one line (exit code 2), never with a
 * stack trace of its own.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;

function hint(...args: string[]) {
  return spawnSync(process.execPath, ['--import', tsx, 'scripts/hint.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
}

it.each([
  [['', 'step'], 'name a chapter'],
  [['01', ''], 'name an exercise'],
  [['nope'], 'no chapter matches "nope"'],
  [['01', 'nope'], 'chapter 01-perceptron has no exercise "nope"'],
])('refuses %j with a usage error', (args, message) => {
  const r = hint(...args);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^npm run hint: /);
  expect(lines[0]).toContain(message);
});
