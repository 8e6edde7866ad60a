import { describe, expect, it } from 'vitest';
import {
  type ActivationName, activate, activationBackward, activationNames, elu, eluPrime, heaviside, heavisidePrime,
  leakyRelu, leakyReluPrime, linear, linearPrime, maxout, maxoutColumns, maxoutColumnsBackward, maxoutPrime,
  maxoutWinner, piecewiseLinear, piecewiseLinearPrime, relu, reluPrime, sigmoid, sigmoidPrime, sign, signPrime,
  softmax, softmaxColumns, softmaxJacobian, softplus, softplusPrime, tanh, tanhPrime,
} from '../../lib/activations.ts';
import { centralDifference, gradientCheck, numericalGradient, relativeError } from '../../lib/gradcheck.ts';
import { Matrix, colSums, mul, sum } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { randomMatrix } from './helpers.ts';

// Each scalar activation, its derivative, and where its kinks are (finite differences straddling
// a kink measure nothing, so sample points near one are skipped).
const scalar: [string, (z: number) => number, (z: number) => number, number[]][] = [
  ['heaviside', heaviside, heavisidePrime, [0]],
  ['sign', sign, signPrime, [0]],
  ['linear', linear, linearPrime, []],
  ['piecewiseLinear', piecewiseLinear, piecewiseLinearPrime, [-0.5, 0.5]],
  ['sigmoid', sigmoid, sigmoidPrime, []],
  ['tanh', tanh, tanhPrime, []],
  ['relu', relu, reluPrime, [0]],
  ['leakyRelu', (z) => leakyRelu(z, 0.1), (z) => leakyReluPrime(z, 0.1), [0]],
  ['softplus', softplus, softplusPrime, []],
  ['elu', (z) => elu(z, 0.7), (z) => eluPrime(z, 0.7), [0]],
];

describe('scalar activations', () => {
  it('take the documented values at and around 0', () => {
    expect([heaviside(-2), heaviside(0), heaviside(3)]).toEqual([0, 0.5, 1]);
    expect([sign(-2), sign(0), sign(3)]).toEqual([-1, 0, 1]);
    expect([piecewiseLinear(-1), piecewiseLinear(-0.5), piecewiseLinear(0), piecewiseLinear(0.25), piecewiseLinear(0.5), piecewiseLinear(2)])
      .toEqual([0, 0, 0.5, 0.75, 1, 1]);
    expect([sigmoid(0), tanh(0), relu(-1), relu(2), leakyRelu(-2), leakyRelu(-2, 0.1), elu(-Infinity)]).toEqual([0.5, 0, 0, 2, -0.02, -0.2, -1]);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect([reluPrime(0), leakyReluPrime(0, 0.1), eluPrime(0, 0.5)]).toEqual([0, 0.1, 0.5]);
  });

  it('stay finite and exact at |z| = 1000 (sigmoid(-1000) is 0, not NaN)', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoidPrime(-1000)).toBe(0);
    expect(sigmoidPrime(1000)).toBe(0);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplusPrime(1000)).toBe(1);
    expect([tanh(1000), tanh(-1000), tanhPrime(1000)]).toEqual([1, -1, 0]);
    expect(elu(-1000)).toBe(-1);
    expect(sigmoid(-40)).toBeGreaterThan(0); // the e^z / (1 + e^z) branch keeps tiny values instead of 0
  });

  it('use a(1 − a) for sigmoid and 1 − a² for tanh, not z(1 − z) or 1 − z²', () => {
    const z = 2;
    expect(sigmoidPrime(z)).toBeCloseTo(sigmoid(z) * (1 - sigmoid(z)), 15);
    expect(sigmoidPrime(z)).not.toBeCloseTo(z * (1 - z), 3);
    expect(tanhPrime(z)).toBeCloseTo(1 - Math.tanh(z) ** 2, 15);
    expect(softplusPrime(0.3)).toBe(sigmoid(0.3));
  });

  it.each(scalar)('%s: its derivative matches centred differences (relative error < 1e-7)', (_name, f, df, kinks) => {
    const random = createRandom(5);
    for (let t = 0; t < 200; t++) {
      const z = random.uniform(-4, 4); // beyond, saturated slopes (~1e-5) drown in rounding noise (~1e-11)
      if (kinks.some((k) => Math.abs(z - k) < 1e-3)) continue;
      expect(relativeError(df(z), centralDifference(f, z))).toBeLessThan(1e-7);
    }
  });
});

describe('maxout', () => {
  it('takes the largest piece and sends the gradient to it alone', () => {
    expect(maxout([1, 5, -2])).toBe(5);
    expect(maxoutWinner([3, 3])).toBe(0);
    expect(maxoutPrime([1, 5, -2])).toEqual([0, 1, 0]);
    expect(() => maxout([])).toThrow(/at least one piece/);
  });

  it('groups rows of a matrix and passes a finite-difference check', () => {
    const random = createRandom(8);
    for (const [units, k, m] of [[3, 2, 1], [2, 3, 5], [1, 4, 2]]) {
      const z = randomMatrix(random, units * k, m);
      const r = randomMatrix(random, units, m);
      const { a, winners } = maxoutColumns(z, k);
      for (let i = 0; i < units; i++) {
        for (let j = 0; j < m; j++) {
          const pieces = Array.from({ length: k }, (_, p) => z.get(i * k + p, j));
          expect(a.get(i, j)).toBe(maxout(pieces));
        }
      }
      const analytic = maxoutColumnsBackward(r, winners, k);
      const check = gradientCheck((x: Matrix) => sum(mul(maxoutColumns(x, k).a, r)), z, analytic);
      expect(check.maxRelativeError).toBeLessThan(1e-7);
    }
    expect(() => maxoutColumns(new Matrix(5, 2), 2)).toThrow('(5×2) matrix cannot be split into groups of 2 rows');
  });
});

describe('softmax', () => {
  it('gives probabilities that sum to 1 and does not overflow at 1000', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(() => softmax([])).toThrow('at least one logit');
    expect(softmax([-1000, 0, 1000])).toEqual([0, 0, 1]);
    const s = softmax([1, 2, 3]);
    expect(s.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
    expect(s[2]).toBeCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), 15);
  });

  it('normalises each column (example) of a matrix, finite at ±1000', () => {
    const random = createRandom(2);
    const z = randomMatrix(random, 4, 7, -1000, 1000);
    z.set(0, 0, 1000);
    z.set(1, 0, 1000);
    const s = softmaxColumns(z);
    expect(s.data.every(Number.isFinite)).toBe(true);
    for (const total of colSums(s).data) expect(total).toBeCloseTo(1, 14);
    const small = Matrix.from([[1, 0], [2, 0], [3, 0]]);
    expect(softmaxColumns(small).column(0)).toEqual(softmax([1, 2, 3]));
  });

  it('has the full Jacobian, with −s_i s_j off the diagonal, matching centred differences', () => {
    const z = [0.3, -1.2, 2, 0.5];
    const s = softmax(z);
    const jacobian = softmaxJacobian(z);
    expect(jacobian[0][1]).toBeCloseTo(-s[0] * s[1], 15);
    expect(jacobian[2][2]).toBeCloseTo(s[2] * (1 - s[2]), 15);
    for (let i = 0; i < z.length; i++) {
      const numerical = numericalGradient((x: number[]) => softmax(x)[i], [...z]);
      for (let j = 0; j < z.length; j++) expect(relativeError(jacobian[i][j], numerical[j])).toBeLessThan(1e-7);
    }
  });
});

describe('matrix activations', () => {
  const random = createRandom(3);
  // Random shapes including a batch of one and non-square matrices.
  const shapes = [[1, 1], [3, 1], [1, 4], [4, 3], [2, 7], [6, 5]];

  it('apply the scalar functions entry by entry', () => {
    const z = randomMatrix(random, 3, 4, -3, 3);
    for (const name of activationNames) {
      if (name === 'softmax') continue;
      const a = activate(name, z);
      const f = { heaviside, sign, linear, piecewiseLinear, sigmoid, tanh, relu, leakyRelu, softplus, elu }[name];
      expect(Array.from(a.data)).toEqual(Array.from(z.data, (v) => f(v)));
    }
    expect(activate('leakyRelu', Matrix.from([[-1]]), undefined, 0.2).get(0, 0)).toBeCloseTo(-0.2, 15);
  });

  it.each(activationNames.filter((n) => n !== 'heaviside' && n !== 'sign').map((n) => [n]))(
    '%s: activationBackward matches centred differences on random shapes',
    (name) => {
      for (const [n, m] of shapes) {
        const z = randomMatrix(random, n, m, -3, 3);
        // Keep samples away from the kinks, where finite differences measure nothing.
        for (let i = 0; i < z.data.length; i++) {
          for (const kink of [0, 0.5, -0.5]) if (Math.abs(z.data[i] - kink) < 1e-3) z.data[i] += 0.01;
        }
        const r = randomMatrix(random, n, m); // a random upstream gradient: J(Z) = Σ r ⊙ g(Z)
        const alpha = 0.3;
        const a = activate(name as ActivationName, z, undefined, alpha);
        const analytic = activationBackward(name as ActivationName, z, a, r, undefined, alpha);
        const check = gradientCheck((x: Matrix) => sum(mul(activate(name as ActivationName, x, undefined, alpha), r)), z, analytic);
        expect(check.maxRelativeError, `${name} on (${n}×${m})`).toBeLessThan(1e-7);
      }
    },
  );

  it('can work in place', () => {
    const z = Matrix.from([[-1, 2]]);
    activate('relu', z, z);
    expect(z.toArray()).toEqual([[0, 2]]);
  });
});
