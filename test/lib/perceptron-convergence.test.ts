import { describe, expect, it } from 'vitest';
import { AND, OR, XOR } from '../../lib/logic-gates.ts';
import { trainPerceptron } from '../../lib/perceptron.ts';
import { extendedMargin, mistakeBound, radiusOfExtendedInputs } from '../../lib/perceptron-convergence.ts';
import { createRandom } from '../../lib/random.ts';

const totalMistakes = (run: { mistakesPerEpoch: number[] }) => run.mistakesPerEpoch.reduce((s, m) => s + m, 0);

describe('the convergence theorem', () => {
  it('computes R and γ by hand for AND with u ∝ (2, 2, -3): R = √3, γ = 1/√17, bound 51', () => {
    expect(radiusOfExtendedInputs(AND().xs)).toBeCloseTo(Math.sqrt(3), 14);
    const { margin, bound } = mistakeBound([2, 2], -3, AND().xs, AND().ys);
    expect(margin).toBeCloseTo(1 / Math.sqrt(17), 14);
    expect(bound).toBeCloseTo(51, 10);
  });

  it('bounds the mistakes actually made, for every learning rate and order tried', () => {
    const random = createRandom(7);
    for (const [data, w, b] of [[AND(), [2, 2], -3], [OR(), [2, 2], -1]] as const) {
      const { bound } = mistakeBound(w, b, data.xs, data.ys);
      for (const eta of [0.01, 0.1, 1, 7]) {
        const order = random.shuffle([0, 1, 2, 3]);
        const run = trainPerceptron(order.map((i) => data.xs[i]), order.map((i) => data.ys[i]), { eta });
        expect(run.converged).toBe(true);
        expect(totalMistakes(run)).toBeLessThanOrEqual(bound);
      }
    }
  });

  it('finds no positive margin where there is none', () => {
    expect(extendedMargin([1, 1], -1.5, XOR().xs, XOR().ys)).toBeLessThan(0);
    expect(() => mistakeBound([1, 1], -1.5, XOR().xs, XOR().ys)).toThrow('positive margin');
    expect(() => extendedMargin([0, 0], 0, AND().xs, AND().ys)).toThrow('non-zero');
  });
});
