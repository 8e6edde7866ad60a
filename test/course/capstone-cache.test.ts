/**
 * The capstone's cache: an unchanged learner is not trained again ("cached from …"), a changed
 * chapter 7 is, and a cache file that cannot be read costs one warning line and a training run,
 * never a different verdict. The training is kept small (GRADE_CAPSTONE_TRAIN_COUNT: 200 digits),
 * so this file takes seconds, not the capstone's minute; the grade also writes the trained network
 * in the shape the site's digit pad reads.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from './scratch-folders.ts';

const folder = scratchFolders('nnfs-capstone-cache-');
const root = resolve('.');
const learner = folder();
const state = folder();
mkdirSync(learner, { recursive: true });
// The solved course, as a learner's folder of its own that this test can change.
for (const file of readdirSync('solutions')) {
  writeFileSync(join(learner, file), readFileSync(join('solutions', file), 'utf8').replaceAll("from '../", `from '${root}/`));
}

interface Graded {
  status: string;
  message?: string;
  details: string[];
  stderr: string;
}

function gradeChapter10(): Graded {
  const results = join(state, 'results.json');
  const run = spawnSync(process.execPath, ['scripts/grade.mjs', '10', '--format', 'json', '--out', results], {
    env: { ...process.env, GRADE_LEARNER: learner, GRADE_STATE_DIR: state, GRADE_CAPSTONE_TRAIN_COUNT: '200', GRADE_SEED: '1', GRADE_TYPECHECK: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const report = JSON.parse(readFileSync(results, 'utf8')) as { exercises: { name: string; status: string; message?: string; details?: string[] }[] };
  const train = report.exercises.find((e) => e.name === 'trainDigitClassifier')!;
  return { status: train.status, message: train.message, details: train.details ?? [], stderr: run.stderr };
}

const trained = (g: Graded) => g.details.some((line) => line.startsWith('trained in'));
const cached = (g: Graded) => g.details.some((line) => line.startsWith('cached from'));

describe('the capstone cache', () => {
  let first: Graded;

  it('trains the first time, and saves the trained network in the shape the digit pad reads', () => {
    first = gradeChapter10();
    expect(trained(first), first.details.join('\n')).toBe(true);
    expect(first.details.some((line) => line.startsWith('Confusion matrix'))).toBe(true);
    const network = JSON.parse(readFileSync(join(state, 'digits-network.json'), 'utf8'));
    expect(Object.keys(network).sort()).toEqual(['hiddenActivation', 'layers', 'savedAt', 'testAccuracy']);
    expect(network.hiddenActivation).toBe('relu');
    expect(network.testAccuracy).toBeGreaterThan(0.1);
    expect(network.layers.map((l: { W: number[][]; b: number[][] }) => [l.W.length, l.W[0].length, l.b.length, l.b[0].length])).toEqual([
      [64, 784, 64, 1],
      [10, 64, 10, 1],
    ]);
  });

  it('does not train again while nothing it runs has changed: the report says "cached from", with the same verdict', () => {
    const again = gradeChapter10();
    expect(cached(again), again.details.join('\n')).toBe(true);
    expect(trained(again)).toBe(false);
    expect([again.status, again.message]).toEqual([first.status, first.message]);
  });

  it('trains again when chapter 7 changes', () => {
    appendFileSync(join(learner, '07-backpropagation.ts'), '\n// an edit\n');
    const changed = gradeChapter10();
    expect(trained(changed), changed.details.join('\n')).toBe(true);
    expect(cached(changed)).toBe(false);
  });

  it('treats a cache it cannot read as absent: one warning line, a training run, the same verdict', () => {
    writeFileSync(join(state, 'capstone.json'), '{"cut short');
    const garbled = gradeChapter10();
    expect(trained(garbled), garbled.details.join('\n')).toBe(true);
    expect([garbled.status, garbled.message]).toEqual([first.status, first.message]);
    expect(garbled.stderr.match(/capstone\.json is not valid JSON/g) ?? [], garbled.stderr).toHaveLength(1);
    expect(existsSync(join(state, 'capstone.json'))).toBe(true);
  });
});
