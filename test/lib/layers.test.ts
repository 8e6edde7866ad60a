import { describe, expect, it } from 'vitest';
import { type ActivationName, activationNames } from '../../lib/activations.ts';
import { gradientCheck } from '../../lib/gradcheck.ts';
import { Dense, Dropout, SPARSE_DENSITY } from '../../lib/layers.ts';
import { Matrix, addBias, matmul, mul, sum } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { maxAbsDiff, randomMatrix } from './helpers.ts';

const random = createRandom(31);
// (inputs, outputs, batch): non-square layers and a batch of one.
const shapes = [[3, 2, 1], [2, 5, 4], [4, 4, 3], [6, 1, 2], [1, 3, 5]];
const smooth = activationNames.filter((n) => n !== 'heaviside' && n !== 'sign');

/** Shifts a row's bias while any of its Z sits on a kink, where finite differences measure nothing. */
function offKinks(layer: Dense, x: Matrix): void {
  const m = x.cols;
  for (let tries = 0; tries < 100; tries++) {
    const z = layer.forward(x) && layer.cache!.z;
    const bad = z.data.findIndex((v) => [0, 0.5, -0.5].some((k) => Math.abs(v - k) < 1e-3));
    if (bad < 0) return;
    layer.bias.value.data[Math.floor(bad / m)] += 0.01;
  }
}

describe('Dense', () => {
  it('computes g(W X + b) with W of shape (outputs×inputs)', () => {
    const layer = new Dense(3, 2, { activation: 'relu', random });
    expect(layer.weight.value.shape).toBe('(2×3)');
    expect(layer.bias.value.shape).toBe('(2×1)');
    layer.bias.value.data.set([0.5, -100]);
    const x = randomMatrix(random, 3, 4);
    const expected = addBias(matmul(layer.weight.value, x), layer.bias.value).data.map((v) => Math.max(v, 0));
    expect(maxAbsDiff(layer.forward(x).data, expected)).toBeLessThan(1e-15);
    expect(layer.cache?.z.shape).toBe('(2×4)');
  });

  it('names the shapes when the batch does not fit', () => {
    const layer = new Dense(3, 2, { random });
    expect(() => layer.forward(new Matrix(4, 5))).toThrow('a layer with 3 inputs cannot take a (4×5) batch');
    expect(() => new Dense(3, 2, { init: 'zeros' }).backward(new Matrix(2, 1))).toThrow(/call forward first/);
    layer.forward(new Matrix(3, 5));
    expect(() => layer.backward(new Matrix(2, 4))).toThrow('the last forward gave a (2×5) output, but the gradient is (2×4)');
  });

  it.each(smooth.map((n) => [n]))('%s: dW, db and dX match centred differences on random shapes', (activation) => {
    for (const [inputs, outputs, m] of shapes) {
      const name = activation as ActivationName;
      const layer = new Dense(inputs, outputs, { activation: name, alpha: 0.2, init: 'xavier', random });
      for (let i = 0; i < outputs; i++) layer.bias.value.data[i] = random.uniform(-0.5, 0.5);
      const x = randomMatrix(random, inputs, m, -2, 2);
      offKinks(layer, x);
      const r = randomMatrix(random, outputs, m); // J = Σ r ⊙ A, so ∂J/∂A = r
      const f = () => sum(mul(layer.forward(x), r));
      f();
      const dx = layer.backward(r)!.clone();
      const dw = layer.weight.grad.clone();
      const db = layer.bias.grad.clone();
      const where = `${activation} (${inputs}→${outputs}, batch ${m})`;
      expect(gradientCheck(f, layer.weight.value, dw).maxRelativeError, `dW, ${where}`).toBeLessThan(1e-7);
      expect(gradientCheck(f, layer.bias.value, db).maxRelativeError, `db, ${where}`).toBeLessThan(1e-7);
      expect(gradientCheck(f, x, dx).maxRelativeError, `dX, ${where}`).toBeLessThan(1e-7);
    }
  });

  it('gives the same forward and gradients on sparse inputs (the zero-skipping path) as on dense ones', () => {
    const layer = new Dense(40, 7, { activation: 'tanh', random });
    const x = randomMatrix(random, 40, 9);
    for (let i = 0; i < x.data.length; i++) if (random.next() < 0.85) x.data[i] = 0;
    expect(x.data.filter((v) => v !== 0).length).toBeLessThan(SPARSE_DENSITY * x.data.length);
    const r = randomMatrix(random, 7, 9);
    const out = layer.forward(x).clone();
    const dx = layer.backward(r)!.clone();
    const dw = layer.weight.grad.clone();
    // The same numbers pushed through the dense path: one tiny nonzero per entry makes x dense.
    const dense = x.clone();
    for (let i = 0; i < dense.data.length; i++) if (dense.data[i] === 0) dense.data[i] = 1e-300;
    expect(maxAbsDiff(layer.forward(dense).data, out.data)).toBeLessThan(1e-14);
    layer.backward(r);
    expect(maxAbsDiff(layer.weight.grad.data, dw.data)).toBeLessThan(1e-14);
    layer.forward(x);
    expect(gradientCheck(() => sum(mul(layer.forward(x), r)), layer.weight.value, dw).maxRelativeError).toBeLessThan(1e-7);
    expect(gradientCheck(() => sum(mul(layer.forward(x), r)), x, dx).maxRelativeError).toBeLessThan(1e-7);
  });

  it('skips the input gradient when asked, and reuses its buffers', () => {
    const layer = new Dense(3, 2, { random });
    const x = randomMatrix(random, 3, 4);
    const a = layer.forward(x);
    expect(layer.backward(Matrix.filled(2, 4, 1), false)).toBeUndefined();
    expect(layer.forward(randomMatrix(random, 3, 4))).toBe(a);
    expect(layer.forward(randomMatrix(random, 3, 1))).not.toBe(a);
  });
});

describe('Dropout', () => {
  it('keeps about 1 − rate of the units, scales them by 1/keep, and is the identity at test time', () => {
    const dropout = new Dropout(0.25, createRandom(4));
    const x = Matrix.filled(50, 40, 2);
    expect(dropout.forward(x)).toBe(x);
    const y = dropout.forward(x, true);
    const mask = dropout.mask!;
    const kept = mask.data.filter((v) => v !== 0);
    expect(kept.every((v) => v === 1 / 0.75)).toBe(true);
    expect(Math.abs(kept.length / mask.data.length - 0.75)).toBeLessThan(0.03);
    expect(Array.from(y.data)).toEqual(Array.from(mask.data, (v) => 2 * v));
    expect(Math.abs(sum(y) / y.data.length - 2)).toBeLessThan(0.1); // the expected value is unchanged
  });

  it('lets the gradient through exactly where the forward pass let values through', () => {
    const dropout = new Dropout(0.5, createRandom(6));
    const x = randomMatrix(random, 4, 3);
    dropout.forward(x, true);
    const dOut = randomMatrix(random, 4, 3);
    const dx = dropout.backward(dOut)!;
    expect(Array.from(dx.data)).toEqual(Array.from(dOut.data, (g, i) => g * dropout.mask!.data[i]));
    // With the mask held fixed (same seed every call), dropout is linear: check it numerically too.
    const f = (input: Matrix) => sum(mul(new Dropout(0.5, createRandom(6)).forward(input, true), dOut));
    expect(gradientCheck(f, x, dx).maxRelativeError).toBeLessThan(1e-7);
  });

  it('refuses a rate outside [0, 1)', () => {
    expect(() => new Dropout(1, random)).toThrow('a probability in [0, 1), got 1');
  });
});
