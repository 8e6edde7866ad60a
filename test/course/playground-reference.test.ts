/**
 * With "Use my code" on, the training playground falls back, exercise by exercise, to
 * plain-network.ts: chapters 6 to 8's contracts computed by lib's kernels. Its numbers must be the
 * exercises' own, or a learner's correct function would look wrong beside it: on random networks
 * of the playground's kind they agree with the model solutions (solutions/), which the graders
 * hold to those contracts.
 */
import { describe, expect, test } from 'vitest';
import * as plain from '../../docs/.vitepress/theme/learner-code/plain-network.ts';
import type { Activation, PlainGradients, PlainLayer, Rows } from '../../docs/.vitepress/theme/learner-code/plain-network.ts';
import { createRandom, type Random } from '../../lib/random.ts';
import { forwardPropagation } from '../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../solutions/07-backpropagation.ts';
import { adamUpdate, miniBatches, momentumUpdate, sgdUpdate } from '../../solutions/08-training.ts';

const rows = (n: number, m: number, random: Random): Rows => Array.from({ length: n }, () => Array.from({ length: m }, () => random.gaussian()));

function expectClose(actual: unknown, expected: unknown, path = 'value'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    for (const [key, e] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], e, `${path}.${key}`);
  } else expect(actual, path).toEqual(expected);
}

/** A network of the playground's kind: 2 inputs, hidden layers of one activation, one sigmoid output. */
function network(seed: number, hidden: Activation) {
  const random = createRandom(seed);
  const sizes = [2, ...Array<number>(1 + (seed % 3)).fill(2 + (seed % 4)), 1];
  const layers: PlainLayer[] = sizes.slice(1).map((n, l) => ({ W: rows(n, sizes[l], random), b: rows(n, 1, random) }));
  const activations: Activation[] = [...Array<Activation>(sizes.length - 2).fill(hidden), 'sigmoid'];
  const m = 1 + (seed % 6);
  const X = rows(2, m, random);
  const Y = [Array.from({ length: m }, () => (random.next() < 0.5 ? 0 : 1))];
  const grads: PlainGradients[] = layers.map((layer) => ({ dW: rows(layer.W.length, layer.W[0].length, random), db: rows(layer.b.length, 1, random) }));
  return { layers, activations, X, Y, grads, random };
}

describe.each(['tanh', 'relu', 'sigmoid'] as const)('with %s hidden layers', (hidden) => {
  test.each([1, 2, 3, 4, 5, 6])('seed %i: forward, backward, the three updates and the batches agree with the solutions', (seed) => {
    const { layers, activations, X, Y, grads, random } = network(seed, hidden);
    const forward = plain.forwardPropagation(X, layers, activations);
    expectClose(forward, forwardPropagation(X, layers, activations), 'forwardPropagation');
    expectClose(plain.backwardPropagation(forward.AL, Y, forward.caches), backwardPropagation(forward.AL, Y, forward.caches), 'backwardPropagation');
    expectClose(plain.sgdUpdate(layers, grads, 0.3), sgdUpdate(layers, grads, 0.3), 'sgdUpdate');
    const velocities = grads.map((g) => ({ dW: g.dW.map((r) => r.map(() => random.gaussian())), db: g.db.map(() => [random.gaussian()]) }));
    expectClose(plain.momentumUpdate(layers, grads, velocities, 0.03, 0.9), momentumUpdate(layers, grads, velocities, 0.03, 0.9), 'momentumUpdate');
    const square = (g: PlainGradients) => ({ dW: g.dW.map((r) => r.map((x) => x * x)), db: g.db.map((r) => [r[0] * r[0]]) });
    const state = { t: seed, m: velocities, v: velocities.map(square) };
    expectClose(plain.adamUpdate(layers, grads, state, 0.03), adamUpdate(layers, grads, state, 0.03), 'adamUpdate');
    expectClose(plain.miniBatches(X, Y, 2, seed), miniBatches(X, Y, 2, seed), 'miniBatches');
  });
});
