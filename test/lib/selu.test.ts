import { describe, expect, it } from 'vitest';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { SELU_ALPHA, SELU_LAMBDA, SELU_SATURATION, alphaDropout, alphaDropoutAffine, selu } from '../../lib/selu.ts';

/** E[h(Z)] for Z ~ N(0, 1), by Simpson's rule on [−12, 12]. */
function gaussianMean(h: (z: number) => number): number {
  const n = 24000;
  const step = 24 / n;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    const z = -12 + k * step;
    const weight = k === 0 || k === n ? 1 : k % 2 ? 4 : 2;
    sum += weight * h(z) * Math.exp(-z * z / 2);
  }
  return (sum * step) / 3 / Math.sqrt(2 * Math.PI);
}

const stats = (v: ArrayLike<number>) => {
  const mean = Array.from(v).reduce((s, x) => s + x, 0) / v.length;
  return { mean, variance: Array.from(v).reduce((s, x) => s + (x - mean) ** 2, 0) / v.length };
};

describe('selu', () => {
  it('is λ z above 0 and λ α (eᶻ − 1) below, continuous at 0, tending to −λα', () => {
    expect(selu(2)).toBeCloseTo(2 * SELU_LAMBDA, 14);
    expect(selu(-1)).toBeCloseTo(SELU_LAMBDA * SELU_ALPHA * (Math.exp(-1) - 1), 14);
    expect(selu(0)).toBe(0);
    expect(selu(-50)).toBeCloseTo(SELU_SATURATION, 12);
  });

  it('maps a standard normal z to mean 0 and variance 1: the constants are the fixed point', () => {
    expect(Math.abs(gaussianMean(selu))).toBeLessThan(1e-9);
    expect(gaussianMean((z) => selu(z) ** 2)).toBeCloseTo(1, 9);
  });
});

describe('alpha dropout', () => {
  it('has the affine correction of the paper: mean 0 and variance 1 kept exactly', () => {
    for (const q of [0.5, 0.8, 0.95]) {
      const { a, b } = alphaDropoutAffine(q);
      // x of mean 0 and variance 1, kept with probability q, else the saturation value.
      const mean = a * (1 - q) * SELU_SATURATION + b;
      const secondMoment = a * a * (q * 1 + (1 - q) * SELU_SATURATION ** 2) + 2 * a * b * (1 - q) * SELU_SATURATION + b * b;
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(secondMoment).toBeCloseTo(1, 12);
    }
    const none = alphaDropoutAffine(1);
    expect(none.a).toBe(1);
    expect(Math.abs(none.b)).toBe(0);
  });

  it('keeps a large sample of standard normals at mean 0 and variance 1', () => {
    const random = createRandom(5);
    const x = new Matrix(200, 500);
    for (let i = 0; i < x.data.length; i++) x.data[i] = random.gaussian();
    const { mean, variance } = stats(alphaDropout(x, 0.8, createRandom(6)).data);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
  });

  it('refuses a keep probability outside (0, 1], NaN included', () => {
    for (const q of [0, -0.5, 1.5, Number.NaN]) expect(() => alphaDropoutAffine(q)).toThrow(/keepProb must be in \(0, 1\]/);
  });
});
