/**
 * The "blocked by" rule (test/grader/dependencies.ts): an exercise that fails while something it
 * is built on fails is reported as blocked by the root cause, not as a failure of its own.
 */
import { describe, expect, it } from 'vitest';
import { applyDependencies, type ExerciseInfo, type GradedExercise } from '../grader/dependencies.ts';
import type { Status } from '../grader/status.ts';

const manifest = new Map<string, ExerciseInfo>([
  ['forwardPropagation', { chapter: '06-forward-propagation', builtOn: [] }],
  ['denseBackward', { chapter: '07-backpropagation', builtOn: [] }],
  ['backwardPropagation', { chapter: '07-backpropagation', builtOn: ['denseBackward'] }],
  ['miniBatches', { chapter: '08-training', builtOn: [] }],
  ['trainMlp', { chapter: '08-training', builtOn: ['forwardPropagation', 'backwardPropagation', 'miniBatches'] }],
]);
const link = (chapter: string, name: string) => `http://localhost:5173/${chapter}#${name}`;
const result = (name: string, status: Status, message?: string): GradedExercise => ({
  chapter: manifest.get(name)!.chapter,
  name,
  status,
  ...(message ? { message, hint: 'a hint for its own failure' } : {}),
});
const none = () => undefined;

describe('applyDependencies', () => {
  it('reports a failing exercise as blocked by the failing exercise it runs, with a link and what its grader saw', () => {
    const results = [result('backwardPropagation', 'failing', 'dW of layer 2 is 4 times too large'), result('trainMlp', 'failing', 'XOR: 50% accuracy')];
    applyDependencies(results, manifest, none, link);
    expect(results[1]).toMatchObject({ status: 'blocked' });
    expect(results[1].message).toMatch(/^blocked by 07 backwardPropagation \(failing\): trainMlp runs your backwardPropagation/);
    expect(results[1].message).toContain('npm test -- 07; http://localhost:5173/07-backpropagation#backwardPropagation');
    expect(results[1].message).toContain('(What its grader saw: XOR: 50% accuracy)');
    expect(results[1].hint).toBeUndefined();
    expect(results[0].status).toBe('failing');
  });

  it('follows the chain to the root cause', () => {
    const results = [result('denseBackward', 'failing', 'db not summed'), result('backwardPropagation', 'failing', 'x'), result('trainMlp', 'timed out', 'y')];
    applyDependencies(results, manifest, none, link);
    expect(results[1].message).toMatch(/^blocked by 07 denseBackward \(failing\):/);
    expect(results[2].status).toBe('blocked');
    expect(results[2].message).toMatch(/^blocked by 07 denseBackward \(failing\), through backwardPropagation:/);
  });

  it('uses a remembered status for a chapter this run did not grade, and says so when there is none', () => {
    const remembered = (chapter: string, name: string) => (name === 'forwardPropagation' ? 'passed' : name === 'backwardPropagation' ? 'not started' : undefined);
    const blocked = [result('trainMlp', 'failing', 'z')];
    applyDependencies(blocked, manifest, remembered, link);
    expect(blocked[0].message).toMatch(/^blocked by 07 backwardPropagation \(not started\)/);

    const unknown = [result('miniBatches', 'passed'), result('trainMlp', 'failing', 'z')];
    applyDependencies(unknown, manifest, none, link);
    expect(unknown[1].status).toBe('failing');
    expect(unknown[1].message).toBe('z\nIt builds on forwardPropagation and backwardPropagation, which this run did not grade: npm test -- 06 07 says whether they pass.');
  });

  it('leaves passing, not-started and unloadable exercises as they are, and failures whose dependencies pass', () => {
    const results = [
      result('forwardPropagation', 'passed'),
      result('denseBackward', 'failing', 'a'),
      result('backwardPropagation', 'not started'),
      result('miniBatches', 'passed'),
      result('trainMlp', 'could not load', 'syntax error'),
    ];
    applyDependencies(results, manifest, none, link);
    expect(results.map((r) => r.status)).toEqual(['passed', 'failing', 'not started', 'passed', 'could not load']);
    const alone = [result('forwardPropagation', 'passed'), result('backwardPropagation', 'passed'), result('miniBatches', 'passed'), result('trainMlp', 'failing', 'its own bug')];
    applyDependencies(alone, manifest, none, link);
    expect(alone[3]).toMatchObject({ status: 'failing', message: 'its own bug', hint: 'a hint for its own failure' });
  });
});
