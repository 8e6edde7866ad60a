/**
 * The capstone's training time (DESIGN §8, capstone budget), as the learner meets it: `npm test --
 * 10` in a fresh state folder (so nothing is cached), once for solutions/ and once for the plain
 * beginner-style learner of test/capstone/plain-learner/ (matmul as three nested loops, map and
 * reduce everywhere). Each prints the training call's own time (from the report: "trained in …"),
 * the held-out accuracy, the whole grade's wall time, and the load average before and after: a
 * figure taken above a load of 2 is not a figure of record. Single runs: each takes half a
 * minute to minutes. `npm run bench:capstone`; not part of verify.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);

const learners = [
  { name: 'solutions/', path: 'solutions' },
  { name: 'plain learner (test/capstone/plain-learner/)', path: 'test/capstone/plain-learner' },
];

let failed = false;
for (const { name, path } of learners) {
  const state = mkdtempSync(join(tmpdir(), 'nnfs-bench-capstone-'));
  const results = join(state, 'results.json');
  const before = load();
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/grade.mjs', '10', '--format', 'json', '--out', results], {
    env: { ...process.env, GRADE_LEARNER: path, GRADE_STATE_DIR: state, GRADE_SEED: '1', GRADE_TYPECHECK: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  try {
    const report = JSON.parse(readFileSync(results, 'utf8')) as { exercises: { name: string; status: string; message?: string; details?: string[] }[] };
    const train = report.exercises.find((e) => e.name === 'trainDigitClassifier')!;
    const details = train.details ?? [];
    const trained = details.find((line) => line.startsWith('trained in'))?.match(/^trained in ([^(]+)/)?.[1]?.trim() ?? '(not trained)';
    const epochs = (run.stdout.match(/epoch \d+\/\d+ .*$/gm) ?? []).map((line) => `    ${line}`);
    console.log(`\n${name}: training ${trained}, trainDigitClassifier ${train.status}; npm test -- 10 took ${wall.toFixed(1)} s`);
    console.log(`  load average before ${before}, after ${load()}`);
    console.log(epochs.join('\n'));
    console.log(`  ${details.find((line) => line.startsWith('Most confused')) ?? ''}`);
    if (train.status !== 'passed') {
      failed = true;
      console.log(`  ${train.message ?? ''}`);
    }
  } catch {
    failed = true;
    console.log(`\n${name}: no results (exit ${run.status}):\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
