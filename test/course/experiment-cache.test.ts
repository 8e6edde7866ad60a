/**
 * The site's trained experiments (docs/.vitepress/experiment-cache.ts) are trained once however
 * many processes want them at once: on a clean clone verify's site build, the new-chapter check's
 * scratch build and the figure modules' test all start cold, and each training its own copy of
 * chapter 10's reference network beside the others cost a cold verify half a minute on two cores.
 * A holder that died does not leave the others waiting for ever.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';
import { scratchFolders } from './scratch-folders.ts';

const folder = scratchFolders('nnfs-experiment-cache-');
const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
const cacheModule = pathToFileURL(join(repoRoot, 'docs/.vitepress/experiment-cache.ts')).href;

/**
 * A project folder with one input file and a script that asks for an experiment of it: the
 * experiment notes its process in runs.txt and takes `ms` of CPU, as training does.
 */
function project(ms: number): string {
  const root = folder();
  writeFileSync(join(root, 'input.txt'), 'settings the experiment depends on\n');
  writeFileSync(
    join(root, 'ask.ts'),
    [
      `import { appendFileSync } from 'node:fs';`,
      `import { cachedExperiment } from ${JSON.stringify(cacheModule)};`,
      `const result = cachedExperiment('probe', { ms: ${ms} }, ['input.txt'], () => {`,
      `  appendFileSync('runs.txt', process.pid + '\\n');`,
      `  const end = Date.now() + ${ms};`,
      `  while (Date.now() < end);`,
      `  return { by: process.pid };`,
      `});`,
      `console.log(JSON.stringify(result));`,
    ].join('\n'),
  );
  return root;
}

function ask(root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsx, 'ask.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const runs = (root: string) => readFileSync(join(root, 'runs.txt'), 'utf8').split('\n').filter(Boolean);
const cacheDir = (root: string) => join(root, 'node_modules', '.cache', 'nnfs-pages');

it('three processes that want the same missing result run it once, and all three get it', async () => {
  const root = project(1500);
  const answers = await Promise.all([ask(root), ask(root), ask(root)]);
  for (const answer of answers) expect(answer.code, answer.stderr).toBe(0);
  expect(runs(root)).toHaveLength(1);
  const [runner] = runs(root);
  for (const answer of answers) expect(JSON.parse(answer.stdout)).toEqual({ by: Number(runner) });
  // The lock is gone with its holder's run, and the result stays for the next build.
  expect(readdirSync(cacheDir(root))).toEqual([expect.stringMatching(/^probe-[0-9a-f]{16}\.json$/)]);
  const again = await ask(root);
  expect(JSON.parse(again.stdout)).toEqual({ by: Number(runner) });
  expect(runs(root)).toHaveLength(1);
}, 60_000);

it('a lock whose holder died is taken over, and a result that is not JSON is run again', async () => {
  const root = project(10);
  // Find the result's name from a first run, then leave a dead process's lock where it was.
  await ask(root);
  const [result] = readdirSync(cacheDir(root));
  const saved = readFileSync(join(cacheDir(root), result), 'utf8');
  writeFileSync(join(root, 'runs.txt'), '');
  const path = join(cacheDir(root), result);
  writeFileSync(`${path}.lock`, '2147483646');
  // A result cut to nothing, and a lock held by a process that is not there.
  writeFileSync(path, '');
  const answer = await ask(root);
  expect(answer.code, answer.stderr).toBe(0);
  expect(runs(root)).toHaveLength(1);
  expect(existsSync(`${path}.lock`)).toBe(false);
  expect(readFileSync(path, 'utf8')).toBe(saved.replace(/\d+/, runs(root)[0]));
}, 60_000);
