/**
 * npm run train:digits trains the reference digit classifier with lib/ and chapter 10's recipe,
 * reaches the capstone's 92% on the held-out digits, saves the network in the shape every digit
 * network is saved in (the digit pad reads it), and ends with exactly `test accuracy: X`. The
 * full run: lib/ trains it in seconds.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { type DigitsNetworkFile, digitsNetworkFileProblem } from '../../lib/digit-classifier.ts';
import { repoRoot } from '../grader/learner.ts';
import { scratchFolders } from './scratch-folders.ts';

const folder = scratchFolders('nnfs-train-digits-');
const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
const trainDigits = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', tsx, join(repoRoot, 'scripts/train-digits.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

it('trains to at least 92% on the test digits, saves the network, and ends with "test accuracy: X"', () => {
  const out = join(folder(), 'digits-network.json');
  const lines = trainDigits('--out', out).trimEnd().split('\n');
  const last = lines.at(-1)!;
  expect(last).toMatch(/^test accuracy: (0|1|0\.\d+)$/);
  const accuracy = Number(last.slice('test accuracy: '.length));
  expect(accuracy).toBeGreaterThanOrEqual(0.92);
  expect(lines.filter((line) => /^epoch \d+\/5: cost /.test(line))).toHaveLength(5);
  expect(lines.filter((line) => /^ {4}\d {2}/.test(line)), 'one report line per digit').toHaveLength(10);

  const saved = JSON.parse(readFileSync(out, 'utf8')) as DigitsNetworkFile;
  expect(digitsNetworkFileProblem(saved)).toBeUndefined();
  expect(Object.keys(saved).sort()).toEqual(['hiddenActivation', 'layers', 'savedAt', 'testAccuracy']);
  expect(saved.hiddenActivation).toBe('relu');
  expect(saved.layers.map((l) => [l.W.length, l.W[0].length, l.b.length, l.b[0].length])).toEqual([[64, 784, 64, 1], [10, 64, 10, 1]]);
  expect(saved.testAccuracy).toBe(accuracy);
  expect(Date.now() - Date.parse(saved.savedAt)).toBeLessThan(10 * 60_000);
}, 180_000);

it('refuses an --epochs that is not a whole number of at least 1, saying why', () => {
  expect(() => trainDigits('--epochs', '0', '--out', join(folder(), 'x.json'))).toThrow(/--epochs must be a whole number of at least 1, got "0"/);
});

it('says whether a file holds a digit network, and what is wrong when it does not', () => {
  const layer = (rows: number, cols: number) => ({ W: Array.from({ length: rows }, () => Array(cols).fill(0)), b: Array.from({ length: rows }, () => [0]) });
  const good = { savedAt: new Date(0).toISOString(), testAccuracy: 0.9, hiddenActivation: 'relu', layers: [layer(3, 784), layer(10, 3)] };
  expect(digitsNetworkFileProblem(good)).toBeUndefined();
  expect(digitsNetworkFileProblem({ ...good, layers: [layer(3, 784), layer(9, 3)] })).toBe('the last layer has 9 outputs, not 10');
  expect(digitsNetworkFileProblem({ ...good, layers: [layer(3, 783), layer(10, 3)] })).toMatch(/layer 1's W is not 3 × 784/);
  expect(digitsNetworkFileProblem({ ...good, layers: [layer(3, 784), layer(10, 4)] })).toMatch(/layer 2's W is not 10 × 3/);
  expect(digitsNetworkFileProblem({ ...good, hiddenActivation: 'elu' })).toMatch(/hiddenActivation/);
  expect(digitsNetworkFileProblem({ ...good, testAccuracy: 1.5 })).toMatch(/testAccuracy/);
  expect(digitsNetworkFileProblem({ ...good, savedAt: 'yesterday' })).toMatch(/savedAt/);
  const nan = layer(10, 3);
  nan.W[2][1] = Number.NaN;
  expect(digitsNetworkFileProblem({ ...good, layers: [layer(3, 784), nan] })).toMatch(/layer 2's W/);
});
