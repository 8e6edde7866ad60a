/**
 * Grading bundles the learner's code into a temporary folder (nnfs-grade-*), and vitest keeps
 * temporary files of its own: every run removes all of it, whether it ends by itself or is stopped
 * with Ctrl-C (SIGINT to the whole process group, as a terminal sends it) or SIGTERM. TMPDIR gives
 * each run here a temporary folder of its own, which must be empty afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';
import { scratchFolders } from './scratch-folders.ts';

const freshTmp = scratchFolders('nnfs-tmpdir-');

const env = (tmp: string, learner: string) => ({ ...process.env, TMPDIR: tmp, GRADE_LEARNER: learner, GRADE_TYPECHECK: '0', GRADE_SEED: '1' });
function left(tmp: string): string[] {
  try {
    return readdirSync(tmp, { recursive: true }) as string[];
  } catch {
    return ['(a folder vanished while it was listed: still tidying up)'];
  }
}

it('leaves nothing behind after a run', () => {
  const tmp = freshTmp();
  const run = spawnSync(process.execPath, ['scripts/grade.mjs', '00', '01'], { cwd: repoRoot, env: env(tmp, 'solutions'), encoding: 'utf8', timeout: 50_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(left(tmp)).toEqual([]);
});

/** Starts grading a chapter whose dot never returns, waits until the learner's code is bundled, then sends `signal`. */
async function interrupted(signal: NodeJS.Signals, toGroup: boolean) {
  const tmp = freshTmp();
  const child = spawn(process.execPath, ['scripts/grade.mjs', '00'], {
    cwd: repoRoot,
    env: env(tmp, 'test/faults/infinite-loop-in-call.ts'),
    detached: true, // a process group of its own, as a terminal gives a command
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const bundled = () => left(tmp).some((path) => /nnfs-grade-.*chapter-.*\.mjs$/.test(path));
  for (let waited = 0; !bundled() && waited < 40_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(bundled(), 'the learner code was never bundled').toBe(true);
  process.kill(toGroup ? -child.pid! : child.pid!, signal);
  // 128 + the signal's number, as a shell reports a command the signal stopped.
  expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
  // The grader's own processes may take a moment longer to stop.
  for (let waited = 0; left(tmp).length > 0 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  return left(tmp);
}

it('leaves nothing behind after Ctrl-C in the middle of a run', async () => {
  expect(await interrupted('SIGINT', true)).toEqual([]);
});

it('leaves nothing behind after SIGTERM to the grading command alone', async () => {
  expect(await interrupted('SIGTERM', false)).toEqual([]);
});
