/**
 * `npm run capstone:record`: grades chapter 10 on solutions/ in a fresh state folder (so the
 * capstone trains, about a minute) and commits its outcome to test/capstone/solutions-outcome.json
 * under the key of the files it ran (test/grader/capstone-cache.ts). Run it after changing what the
 * solved capstone runs (solutions/ 06–10, lib/, the grader): until then a clean clone trains it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solutionsOutcomeFile } from '../test/grader/capstone-cache.ts';
import { repoRoot } from '../test/grader/learner.ts';

const state = mkdtempSync(join(tmpdir(), 'nnfs-capstone-record-'));
try {
  // The committed file would answer at once: record from a run that trains.
  const previous = (() => {
    try {
      return readFileSync(solutionsOutcomeFile, 'utf8');
    } catch {
      return undefined;
    }
  })();
  rmSync(solutionsOutcomeFile, { force: true });
  const run = spawnSync(process.execPath, ['scripts/grade.mjs', '10'], {
    cwd: repoRoot,
    env: { ...process.env, GRADE_LEARNER: 'solutions', GRADE_STATE_DIR: state, GRADE_TYPECHECK: '0' },
    stdio: 'inherit',
  });
  const entries = (() => {
    try {
      return JSON.parse(readFileSync(join(state, 'capstone.json'), 'utf8')) as { key: string; value: unknown }[];
    } catch {
      return [];
    }
  })();
  if (run.status !== 0 || entries.length !== 1) {
    if (previous !== undefined) writeFileSync(solutionsOutcomeFile, previous);
    console.error(`capstone:record: chapter 10 on solutions/ did not pass with one training run (exit ${run.status}); nothing recorded`);
    process.exit(1);
  }
  const [{ key, value }] = entries;
  writeFileSync(solutionsOutcomeFile, `${JSON.stringify({ key, outcome: value }, null, 2)}\n`);
  console.log(`capstone:record: wrote ${solutionsOutcomeFile}`);
} finally {
  rmSync(state, { recursive: true, force: true });
}
