import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../lib/activations.ts';
import {
  type TracedLayerParameters,
  halfSquaredError,
  squaredErrorNetworkOutput,
  traceSquaredErrorBackprop,
} from '../../lib/backprop-trace.ts';
import { gradientCheck } from '../../lib/gradcheck.ts';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { randomMatrix } from './helpers.ts';

/** The 2-2-2 sigmoid network of Matt Mazur's "A Step by Step Backpropagation Example" (2015). */
const published: TracedLayerParameters[] = [
  { W: Matrix.from([[0.15, 0.2], [0.25, 0.3]]), b: Matrix.column([0.35, 0.35]), activation: 'sigmoid' },
  { W: Matrix.from([[0.4, 0.45], [0.5, 0.55]]), b: Matrix.column([0.6, 0.6]), activation: 'sigmoid' },
];
const x = Matrix.column([0.05, 0.1]);
const t = Matrix.column([0.01, 0.99]);

describe('traceSquaredErrorBackprop on the published 2-2-2 example', () => {
  const trace = traceSquaredErrorBackprop(published, x, t, 0.5);
  const [hidden, output] = trace.layers;

  it('gives the published forward pass and total error', () => {
    expect(hidden.z.data[0]).toBeCloseTo(0.3775, 12);
    expect(hidden.a.data[0]).toBeCloseTo(0.593269992, 9);
    expect(hidden.a.data[1]).toBeCloseTo(0.596884378, 9);
    expect(output.z.data[0]).toBeCloseTo(1.105905967, 9);
    expect(output.a.data[0]).toBeCloseTo(0.75136507, 8);
    expect(output.a.data[1]).toBeCloseTo(0.772928465, 9);
    expect(trace.error).toBeCloseTo(0.298371109, 9);
  });

  it('gives the published gradients and updated weights (w5 … w8, w1 … w4)', () => {
    expect(output.dW.data[0]).toBeCloseTo(0.082167041, 9);
    expect(Array.from(output.updatedW.data)).toEqual([0.35891648, 0.408666186, 0.51130127, 0.561370121].map((v) => expect.closeTo(v, 8)));
    expect(hidden.dW.data[0]).toBeCloseTo(0.000438568, 9);
    expect(Array.from(hidden.updatedW.data)).toEqual([0.149780716, 0.19956143, 0.24975114, 0.29950229].map((v) => expect.closeTo(v, 8)));
  });

  it('keeps δ = dA ⊙ g′(Z), with g′ = a(1 − a) for the sigmoid, and lowers the error', () => {
    for (const layer of trace.layers) {
      layer.dZ.data.forEach((d, i) => expect(d).toBeCloseTo(layer.dA.data[i] * layer.a.data[i] * (1 - layer.a.data[i]), 15));
    }
    expect(trace.errorAfter).toBeLessThan(trace.error);
  });

  it('does not modify its inputs', () => {
    expect(published[0].W.toArray()).toEqual([[0.15, 0.2], [0.25, 0.3]]);
    expect(x.toArray()).toEqual([[0.05], [0.1]]);
  });
});

describe('traceSquaredErrorBackprop against centred differences (relative error < 1e-7)', () => {
  const random = createRandom(7);
  const cases: [number[], ActivationName[]][] = [
    [[3, 4, 2], ['tanh', 'sigmoid']],
    [[2, 3, 3, 1], ['sigmoid', 'tanh', 'linear']],
    [[4, 2], ['tanh']],
  ];
  for (const [sizes, activations] of cases) {
    for (const m of [1, 4]) {
      it(`[${sizes.join('-')}] ${activations.join('/')}, batch of ${m}`, () => {
        const parameters = activations.map((activation, l) => ({
          W: randomMatrix(random, sizes[l + 1], sizes[l]),
          b: randomMatrix(random, sizes[l + 1], 1),
          activation,
        }));
        const input = randomMatrix(random, sizes[0], m);
        const target = randomMatrix(random, sizes.at(-1)!, m);
        const trace = traceSquaredErrorBackprop(parameters, input, target, 0.1);
        const cost = () => halfSquaredError(squaredErrorNetworkOutput(parameters, input), target);
        parameters.forEach((p, l) => {
          expect(gradientCheck(cost, p.W, trace.layers[l].dW).maxRelativeError, `dW of layer ${l + 1}`).toBeLessThan(1e-7);
          expect(gradientCheck(cost, p.b, trace.layers[l].db).maxRelativeError, `db of layer ${l + 1}`).toBeLessThan(1e-7);
        });
        expect(gradientCheck(cost, input, trace.layers[0].dInput).maxRelativeError, 'dX').toBeLessThan(1e-7);
      });
    }
  }

  it('throws on mismatched shapes, naming them', () => {
    const W = Matrix.from([[1, 2]]);
    expect(() => traceSquaredErrorBackprop([{ W, b: Matrix.column([1, 2]), activation: 'tanh' }], x, t, 0.1)).toThrow(/\(1×1\), got \(2×1\)/);
    expect(() => halfSquaredError(Matrix.column([1]), t)).toThrow(/same shape/);
  });
});
