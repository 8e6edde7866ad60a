import { describe, expect, it } from 'vitest';
import { AND, OR, XOR } from '../../lib/logic-gates.ts';
import { perceptronPredict, perceptronUpdate, step, trainPerceptron, weightedSum } from '../../lib/perceptron.ts';

describe('perceptron', () => {
  it('does not fire at z = 0', () => {
    expect(step(0)).toBe(0);
    expect(step(1e-300)).toBe(1);
    expect(step(-1e-300)).toBe(0);
  });

  it('applies the worked update of the notes with eta = 0.1: Δw = (0.1, 0, 0.1)', () => {
    const w = [0.2, -0.4, 0.1];
    const x = [1, 0, 1];
    expect(weightedSum(w, -0.5, x)).toBeCloseTo(-0.2, 12);
    expect(perceptronPredict(w, -0.5, x)).toBe(0);
    const next = perceptronUpdate(w, -0.5, x, 1, 0.1);
    expect(next.w.map((wi, i) => wi - w[i])).toEqual([expect.closeTo(0.1, 12), 0, expect.closeTo(0.1, 12)]);
    expect(next.b).toBeCloseTo(-0.4, 12);
    expect(w).toEqual([0.2, -0.4, 0.1]); // not mutated
  });

  it('leaves a correctly classified example alone', () => {
    expect(perceptronUpdate([1, 1], 0, [1, 1], 1, 0.1)).toEqual({ w: [1, 1], b: 0 });
  });

  it('learns AND and OR perfectly and reports XOR as not converged', () => {
    for (const gate of [AND(), OR()]) {
      const model = trainPerceptron(gate.xs, gate.ys);
      expect(model.converged).toBe(true);
      expect(gate.xs.map((x) => perceptronPredict(model.w, model.b, x))).toEqual(gate.ys);
    }
    const xor = trainPerceptron(XOR().xs, XOR().ys, { maxEpochs: 100 });
    expect(xor.converged).toBe(false);
    expect(xor.epochs).toBe(100);
    expect(Math.min(...xor.mistakesPerEpoch)).toBeGreaterThan(0);
  });

  it('rejects mismatched examples and labels', () => {
    expect(() => trainPerceptron([[0, 0]], [0, 1])).toThrow('1 examples and 2 labels');
  });
});
