/**
 * Grading latency (DESIGN §8 budgets), as medians within one run:
 *  - a full `npm test` on the solved course, and `npm test -- 01` (one chapter), against two
 *    baselines: plain vitest running one trivial test (the floor the graders paid while vitest ran
 *    them, before the grade runner), and node starting and ending (the floor of any command);
 *  - the sandbox's cost per file (bundle + worker + load) and per call, against a direct call;
 *  - watch mode: time from saving an exercise file to the end of its re-grade.
 * Run with `npm run bench:grading`. It never loses a learner's work: the full grades append a
 * comment to exercises/00-getting-started.ts (a new type-check key, as an edit makes) and restore
 * it, and the watch measurement rewrites exercises/01-perceptron.ts with its own unchanged content.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeCheckKey } from '../scripts/lib/typecheck.mjs';
import { dot } from '../solutions/00-getting-started.ts';
import { ChapterSandbox } from '../test/grader/sandbox.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

/**
 * Waits for the type check a full `npm test` leaves running (it starts as grading ends and
 * outlives the run), so it does not share the cores with the next measurement: a learner's runs
 * are seconds apart, not back to back.
 */
async function typeCheckDone() {
  const file = join('node_modules', '.cache', 'nnfs', 'type-check.json');
  const key = typeCheckKey();
  for (let waited = 0; waited < 60_000; waited += 100) {
    try {
      if (JSON.parse(readFileSync(file, 'utf8')).key === key) return;
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wall time of a command that must succeed: a baseline that fails at startup measures nothing. */
function wall(command: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, ...env }, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} ended with ${result.status ?? result.signal}, not 0`);
  return performance.now() - started;
}

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (time nothing above 2)`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);

// 1. Full grade of the solved course vs plain vitest on one trivial test.
const dir = mkdtempSync(join(tmpdir(), 'nnfs-bench-'));
writeFileSync(join(dir, 'trivial.test.ts'), "import { it, expect } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\n");
// An empty config of its own: vitest 4 reads `--config false` as a file named "false" and fails.
writeFileSync(join(dir, 'vitest.config.mjs'), 'export default {};\n');
const vitestBin = join('node_modules', '.bin', 'vitest');
const runs = 5;
const full: number[] = [];
const noTypeCheck: number[] = [];
const oneChapter: number[] = [];
const baseline: number[] = [];
const nodeAlone: number[] = [];
// The learner's exercises/ change between runs (a save before each npm test), so the type check
// starts afresh every time: touch them to a new key, as an edit would.
const stub = 'exercises/00-getting-started.ts';
const stubText = readFileSync(stub, 'utf8');
try {
  for (let i = 0; i < runs; i++) {
    writeFileSync(stub, `${stubText}// bench ${i}\n`);
    full.push(wall([process.execPath, 'scripts/grade.mjs'], { GRADE_LEARNER: 'solutions', GRADE_SEED: '1' }));
    await typeCheckDone();
    noTypeCheck.push(wall([process.execPath, 'scripts/grade.mjs'], { GRADE_LEARNER: 'solutions', GRADE_SEED: '1', GRADE_TYPECHECK: '0' }));
    oneChapter.push(wall([process.execPath, 'scripts/grade.mjs', '01'], { GRADE_LEARNER: 'solutions', GRADE_SEED: '1' }));
    baseline.push(wall([vitestBin, 'run', '--root', dir, '--reporter=dot']));
    nodeAlone.push(wall([process.execPath, '-e', '0']));
  }
} finally {
  writeFileSync(stub, stubText);
  rmSync(dir, { recursive: true, force: true });
}
console.log(`full npm test, solved course (median of ${runs}): ${ms(median(full))}`);
console.log(`the same without the type check (median of ${runs}): ${ms(median(noTypeCheck))}; ratio ${(median(full) / median(noTypeCheck)).toFixed(2)} (1.00: it holds nothing)`);
console.log(`npm test -- 01, one chapter (median of ${runs}): ${ms(median(oneChapter))}`);
console.log(`plain vitest, one trivial test (median of ${runs}): ${ms(median(baseline))}`);
console.log(`node alone, starting and ending (median of ${runs}): ${ms(median(nodeAlone))}`);
console.log(`ratio grade/plain-vitest: full ${(median(full) / median(baseline)).toFixed(2)}, one chapter ${(median(oneChapter) / median(baseline)).toFixed(2)}`);

// 2. Sandbox cost per file and per call.
process.env.GRADE_LEARNER = 'solutions';
const opens: number[] = [];
let sandbox: ChapterSandbox | undefined;
for (let i = 0; i < 10; i++) {
  await sandbox?.close();
  sandbox = new ChapterSandbox('00-getting-started');
  const started = performance.now();
  await sandbox.call('dot', [[1], [2]]);
  opens.push(performance.now() - started);
}
const a = Array.from({ length: 10 }, (_, i) => i);
const calls: number[] = [];
for (let i = 0; i < 2000; i++) {
  const started = performance.now();
  await sandbox!.call('dot', [a, a]);
  calls.push(performance.now() - started);
}
await sandbox!.close();
const direct: number[] = [];
for (let i = 0; i < 2000; i++) {
  const started = performance.now();
  dot(a, a);
  direct.push(performance.now() - started);
}
console.log(`sandbox per file (bundle + worker + load + first call, median of 10): ${ms(median(opens))}`);
console.log(`sandbox per call (median of 2000): ${ms(median(calls))}; direct call: ${ms(median(direct))}`);

// 3. Watch mode: save → re-graded, timed to the line that ends each report.
const file = 'exercises/01-perceptron.ts';
const content = readFileSync(file, 'utf8');
const watcher = spawn(process.execPath, ['scripts/grade.mjs', '--watch', '01'], { env: { ...process.env, GRADE_LEARNER: 'exercises' }, stdio: ['ignore', 'pipe', 'inherit'] });
let wake: (() => void) | undefined;
let output = '';
watcher.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString();
  if (output.includes('Watching exercises/')) {
    output = '';
    wake?.();
  }
});
const nextReport = () => new Promise<void>((resolve) => (wake = resolve));
await nextReport();
const regrades: number[] = [];
for (let i = 0; i < 5; i++) {
  await new Promise((r) => setTimeout(r, 300));
  const report = nextReport();
  const saved = performance.now();
  writeFileSync(file, content); // the same bytes: only the modification time changes
  await report;
  regrades.push(performance.now() - saved);
}
watcher.kill();
console.log(`watch re-grade of one chapter after save (median of 5): ${ms(median(regrades))}`);
process.exit(0);
