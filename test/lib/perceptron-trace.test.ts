import { describe, expect, it } from 'vitest';
import { AND, XOR } from '../../lib/logic-gates.ts';
import { trainPerceptron } from '../../lib/perceptron.ts';
import { tracePerceptronTraining } from '../../lib/perceptron-trace.ts';

describe('tracePerceptronTraining', () => {
  it('records the same run as trainPerceptron, one step per example per epoch', () => {
    for (const [data, options] of [[AND(), {}], [XOR(), { maxEpochs: 7, eta: 0.3 }], [AND(), { w: [0.5, -1], b: 0.2 }]] as const) {
      const run = trainPerceptron(data.xs, data.ys, options);
      const steps = tracePerceptronTraining(data.xs, data.ys, options);
      expect(steps).toHaveLength(run.epochs * data.xs.length);
      const last = steps[steps.length - 1];
      expect(last.w).toEqual(run.w);
      expect(last.b).toBe(run.b);
      for (let epoch = 1; epoch <= run.epochs; epoch++) {
        const mistakes = steps.filter((s) => s.epoch === epoch && s.error !== 0).length;
        expect(mistakes).toBe(run.mistakesPerEpoch[epoch - 1]);
      }
    }
  });

  it('shows AND from zero: nothing moves until the first missed 1, at (1, 1) with z = 0', () => {
    const steps = tracePerceptronTraining(AND().xs, AND().ys);
    expect(steps.slice(0, 3).every((s) => s.error === 0 && s.b === 0)).toBe(true);
    expect(steps[3]).toMatchObject({ epoch: 1, example: 3, z: 0, yhat: 0, error: 1 });
    expect(steps[3].w).toEqual([0.1, 0.1]);
  });

  it('rejects mismatched and empty data', () => {
    expect(() => tracePerceptronTraining([[0]], [0, 1])).toThrow('1 examples and 2 labels');
    expect(() => tracePerceptronTraining([], [])).toThrow('at least one example');
  });
});
