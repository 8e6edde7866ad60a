import { describe, expect, it } from 'vitest';
import { activate, softmaxColumns } from '../../lib/activations.ts';
import { gradientCheck } from '../../lib/gradcheck.ts';
import {
  binaryCrossEntropy, binaryCrossEntropyGradient, categoricalCrossEntropy, categoricalCrossEntropyGradient,
  meanSquaredError, meanSquaredErrorGradient, sigmoidCrossEntropy, sigmoidCrossEntropyGradient, softmaxCrossEntropy,
  softmaxCrossEntropyGradient,
} from '../../lib/losses.ts';
import { Matrix, oneHot } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { randomMatrix } from './helpers.ts';

const random = createRandom(17);
// (outputs × batch) shapes, including a batch of one and non-square ones.
const shapes = [[1, 1], [1, 6], [3, 1], [4, 5], [10, 3]];
const labels = (classes: number, m: number) => oneHot(Array.from({ length: m }, () => random.int(0, classes - 1)), classes);

describe('worked values', () => {
  it('computes each loss on a small example by hand', () => {
    const yHat = Matrix.from([[0.9, 0.2]]);
    const y = Matrix.from([[1, 0]]);
    expect(meanSquaredError(yHat, y)).toBeCloseTo((0.01 + 0.04) / 2, 15);
    expect(binaryCrossEntropy(yHat, y)).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 15);
    const probs = Matrix.from([[0.7, 0.1], [0.2, 0.3], [0.1, 0.6]]);
    expect(categoricalCrossEntropy(probs, oneHot([0, 2], 3))).toBeCloseTo(-(Math.log(0.7) + Math.log(0.6)) / 2, 15);
  });

  it('clips so that a certain wrong answer costs a finite amount', () => {
    const loss = binaryCrossEntropy(Matrix.from([[0, 1]]), Matrix.from([[1, 0]]));
    expect(loss).toBeCloseTo(-Math.log(1e-12), 4); // 1 − 1e-12 is not exact in float64
    expect(binaryCrossEntropyGradient(Matrix.from([[0]]), Matrix.from([[1]])).data.every(Number.isFinite)).toBe(true);
    expect(categoricalCrossEntropy(Matrix.from([[0], [1]]), oneHot([0], 2))).toBeCloseTo(-Math.log(1e-12), 6);
  });

  it('has the plus sign on the second term of the binary cross-entropy gradient', () => {
    // y = 0: the gradient must push ŷ down, so it is positive: (1 − y)/(1 − ŷ) = 1/0.6.
    expect(binaryCrossEntropyGradient(Matrix.from([[0.4]]), Matrix.from([[0]])).get(0, 0)).toBeCloseTo(1 / 0.6, 15);
    expect(binaryCrossEntropyGradient(Matrix.from([[0.4]]), Matrix.from([[1]])).get(0, 0)).toBeCloseTo(-1 / 0.4, 15);
  });

  it('computes the fused losses from logits without overflow', () => {
    const z = Matrix.from([[1000, -1000], [1000, 1000]]);
    expect(softmaxCrossEntropy(z, oneHot([0, 0], 2))).toBeCloseTo((Math.LN2 + 2000) / 2, 9);
    expect(sigmoidCrossEntropy(Matrix.from([[-1000, 1000]]), Matrix.from([[1, 1]]))).toBe(500);
  });

  it('agrees with softmax then cross-entropy, and sigmoid then binary cross-entropy', () => {
    const z = randomMatrix(random, 5, 4, -3, 3);
    const y = labels(5, 4);
    expect(softmaxCrossEntropy(z, y)).toBeCloseTo(categoricalCrossEntropy(softmaxColumns(z), y), 12);
    const t = Matrix.from([[1, 0, 1, 0]]);
    const zs = randomMatrix(random, 1, 4, -3, 3);
    expect(sigmoidCrossEntropy(zs, t)).toBeCloseTo(binaryCrossEntropy(activate('sigmoid', zs), t), 12);
  });

  it('names both shapes when predictions and targets differ', () => {
    expect(() => meanSquaredError(new Matrix(2, 3), new Matrix(3, 2))).toThrow(
      'meanSquaredError: predictions and targets must have the same shape, got (2×3) and (3×2)',
    );
  });
});

describe('gradients against centred differences (relative error < 1e-7)', () => {
  it.each(shapes)('on (%i×%i)', (n, m) => {
    const y01 = randomMatrix(random, n, m).data.map((v) => (v > 0 ? 1 : 0));
    const target = new Matrix(n, m, y01);
    const yHat = randomMatrix(random, n, m, 0.05, 0.95);
    const check = (f: (x: Matrix) => number, x: Matrix, g: Matrix) => gradientCheck(f, x, g).maxRelativeError;

    expect(check((x) => meanSquaredError(x, target), yHat, meanSquaredErrorGradient(yHat, target))).toBeLessThan(1e-7);
    expect(check((x) => binaryCrossEntropy(x, target), yHat, binaryCrossEntropyGradient(yHat, target))).toBeLessThan(1e-7);

    const y = labels(n, m);
    expect(check((x) => categoricalCrossEntropy(x, y), yHat, categoricalCrossEntropyGradient(yHat, y))).toBeLessThan(1e-7);

    // The fused gradients are taken with respect to the logits, through softmax / sigmoid.
    const z = randomMatrix(random, n, m, -3, 3);
    expect(check((x) => softmaxCrossEntropy(x, y), z, softmaxCrossEntropyGradient(softmaxColumns(z), y))).toBeLessThan(1e-7);
    expect(check((x) => categoricalCrossEntropy(softmaxColumns(x), y), z, softmaxCrossEntropyGradient(softmaxColumns(z), y))).toBeLessThan(1e-7);
    expect(check((x) => sigmoidCrossEntropy(x, target), z, sigmoidCrossEntropyGradient(activate('sigmoid', z), target))).toBeLessThan(1e-7);
  });
});
