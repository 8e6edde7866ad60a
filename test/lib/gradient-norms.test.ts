import { describe, expect, it } from 'vitest';
import { numericalGradient } from '../../lib/gradcheck.ts';
import { frobeniusNorm, gradientNorms } from '../../lib/gradient-norms.ts';
import { Matrix, oneHot } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';
import { randomMatrix } from './helpers.ts';

describe('gradientNorms', () => {
  it('frobeniusNorm is the length of the entries taken as one vector', () => {
    expect(frobeniusNorm(Matrix.from([[3, 0], [0, -4]]))).toBe(5);
    expect(frobeniusNorm(new Matrix(2, 3))).toBe(0);
  });

  it('gives the norm of each layer’s ∂J/∂W, first layer first, as centred differences of the cost do', () => {
    const random = createRandom(3);
    const net = new Mlp({ sizes: [3, 5, 4, 2], hidden: ['tanh', 'sigmoid'], random });
    const x = randomMatrix(random, 3, 4, -2, 2);
    const y = oneHot([0, 1, 1, 0], 2);
    const norms = gradientNorms(net, x, y);
    expect(norms).toHaveLength(3);
    net.dense.forEach((layer, l) => {
      const numerical = numericalGradient(() => net.loss(x, y), layer.weight.value);
      const want = Math.hypot(...numerical);
      expect(Math.abs(norms[l] - want) / want).toBeLessThan(1e-7);
    });
  });

  it('shrinks towards the input in a deep sigmoid network and not with ReLU and He initialisation', () => {
    const sizes = [8, ...Array(8).fill(16), 4];
    const random = createRandom(5);
    const x = randomMatrix(random, 8, 32, -1, 1);
    const y = oneHot(Array.from({ length: 32 }, (_, j) => j % 4), 4);
    const sigmoid = gradientNorms(new Mlp({ sizes, hidden: 'sigmoid', init: 'xavier', random }), x, y);
    const relu = gradientNorms(new Mlp({ sizes, hidden: 'relu', init: 'he', random }), x, y);
    const span = (norms: number[]) => norms[norms.length - 1] / norms[0];
    expect(span(sigmoid)).toBeGreaterThan(100);
    expect(span(relu)).toBeLessThan(10);
  });
});
