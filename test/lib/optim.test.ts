import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../lib/gradcheck.ts';
import { heInit, initWeights, smallRandomInit, xavierInit, zerosInit } from '../../lib/init.ts';
import { Matrix } from '../../lib/matrix.ts';
import { Momentum, type Parameter, SGD, exponentialDecay, inverseTimeDecay, momentumUpdate, sgdUpdate } from '../../lib/optim.ts';
import { createRandom } from '../../lib/random.ts';
import { addPenaltyGradient, l1Gradient, l1Penalty, l2Gradient, l2Penalty, penalty } from '../../lib/regularization.ts';
import { randomMatrix } from './helpers.ts';

const random = createRandom(53);
const param = (value: number[][], grad: number[][]): Parameter => ({ name: 'W', value: Matrix.from(value), grad: Matrix.from(grad) });

describe('optimisers', () => {
  it('SGD steps against the gradient, in place', () => {
    const p = param([[1, 2]], [[0.5, -1]]);
    const value = p.value;
    new SGD(0.1).step([p]);
    expect(p.value).toBe(value);
    expect(p.value.toArray()).toEqual([[0.95, 2.1]]);
    expect(() => sgdUpdate(new Matrix(1, 2), new Matrix(2, 1), 0.1)).toThrow('the parameter is (1×2) but its gradient is (2×1)');
  });

  it('momentum accumulates a velocity v ← βv + g and steps θ ← θ − ηv', () => {
    const p = param([[0]], [[1]]);
    const optimizer = new Momentum(0.1, 0.9);
    optimizer.step([p]);
    expect(p.value.get(0, 0)).toBeCloseTo(-0.1, 15);
    optimizer.step([p]);
    expect(optimizer.velocity(p)[0]).toBeCloseTo(1.9, 15);
    expect(p.value.get(0, 0)).toBeCloseTo(-0.1 - 0.19, 15);
    const v = new Float64Array([2]);
    const w = Matrix.from([[1]]);
    momentumUpdate(w, Matrix.from([[1]]), v, 0.5, 0.5);
    expect([v[0], w.get(0, 0)]).toEqual([2, 0]);
  });

  it('momentum reaches the bottom of a long narrow valley faster than SGD', () => {
    // f(x, y) = x²/2 + 50 y²: steep across, shallow along.
    const run = (optimizer: SGD | Momentum) => {
      const p = param([[10, 1]], [[0, 0]]);
      for (let t = 0; t < 100; t++) {
        p.grad.data.set([p.value.data[0], 100 * p.value.data[1]]);
        optimizer.step([p]);
      }
      return Math.hypot(...p.value.data);
    };
    expect(run(new Momentum(0.01, 0.9))).toBeLessThan(run(new SGD(0.01)) / 10);
  });

  it('decays the learning rate as documented', () => {
    expect(inverseTimeDecay(0.1, 0.5, 0)).toBe(0.1);
    expect(inverseTimeDecay(0.1, 0.5, 2)).toBeCloseTo(0.05, 15);
    expect(exponentialDecay(0.1, 0.5, 3)).toBeCloseTo(0.0125, 15);
  });
});

describe('regularisation', () => {
  const w1 = Matrix.from([[1, -2], [0, 3]]);
  const w2 = Matrix.from([[-1]]);

  it('computes the penalties with the λ/2m (L2) and λ/m (L1) conventions', () => {
    expect(l2Penalty([w1, w2], 0.5, 5)).toBeCloseTo((0.5 / 10) * 15, 15);
    expect(l1Penalty([w1, w2], 0.5, 5)).toBeCloseTo((0.5 / 5) * 7, 15);
    expect(l2Gradient(w1, 0.5, 5).toArray()).toEqual([[0.1, -0.2], [0, 0.30000000000000004]]);
    expect(l1Gradient(w1, 0.5, 5).toArray()).toEqual([[0.1, -0.1], [0, 0.1]]);
    expect(() => l2Penalty([w1], 1, 0)).toThrow('must be positive, got 0');
  });

  it('has gradients that match centred differences', () => {
    for (const [rows, cols] of [[1, 1], [3, 5], [4, 2]]) {
      const w = randomMatrix(random, rows, cols);
      expect(gradientCheck((x: Matrix) => l2Penalty([x], 0.7, 3), w, l2Gradient(w, 0.7, 3)).maxRelativeError).toBeLessThan(1e-7);
      expect(gradientCheck((x: Matrix) => l1Penalty([x], 0.7, 3), w, l1Gradient(w, 0.7, 3)).maxRelativeError).toBeLessThan(1e-7);
    }
  });

  it('adds the penalty gradient in place', () => {
    const grad = Matrix.filled(2, 2, 1);
    addPenaltyGradient('l2', grad, w1, 1, 1);
    expect(grad.toArray()).toEqual([[2, -1], [1, 4]]);
    addPenaltyGradient('l1', grad, w1, 1, 1);
    expect(grad.toArray()).toEqual([[3, -2], [1, 5]]);
    expect(penalty('l1', [w2], 1, 1)).toBe(1);
  });
});

describe('initialisation', () => {
  const std = (m: Matrix) => Math.sqrt(m.data.reduce((s, v) => s + v * v, 0) / m.data.length);

  it('scales the spread to the layer size: He 2/fanIn, Xavier 2/(fanIn + fanOut)', () => {
    const he = heInit(200, 300, random);
    expect(he.shape).toBe('(200×300)');
    expect(std(he) / Math.sqrt(2 / 300)).toBeCloseTo(1, 1);
    expect(std(xavierInit(200, 300, random)) / Math.sqrt(2 / 500)).toBeCloseTo(1, 1);
    expect(std(smallRandomInit(100, 100, random)) / 0.01).toBeCloseTo(1, 1);
    expect(zerosInit(2, 3).data.every((v) => v === 0)).toBe(true);
  });

  it('is reproducible from the seed and dispatches by name', () => {
    expect(initWeights('he', 3, 4, createRandom(9)).data).toEqual(heInit(3, 4, createRandom(9)).data);
    expect(initWeights('xavier', 3, 4, createRandom(9)).data).toEqual(xavierInit(3, 4, createRandom(9)).data);
    expect(() => initWeights('nope' as 'he', 1, 1, random)).toThrow('unknown scheme "nope"');
  });
});
