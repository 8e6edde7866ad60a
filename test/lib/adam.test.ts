import { describe, expect, it } from 'vitest';
import { Adam, adamUpdate } from '../../lib/adam.ts';
import { Matrix } from '../../lib/matrix.ts';
import type { Parameter } from '../../lib/optim.ts';

const param = (value: number[][], grad: number[][]): Parameter => ({ name: 'W', value: Matrix.from(value), grad: Matrix.from(grad) });

describe('adam', () => {
  it('takes a first step of about η against the sign of the gradient, whatever its size', () => {
    // After one step m̂ = g and v̂ = g², so the step is η g / (|g| + ε).
    for (const g of [1e-4, 0.3, 250]) {
      const p = param([[1, 1]], [[g, -g]]);
      new Adam(0.01).step([p]);
      expect(p.value.get(0, 0)).toBeCloseTo(1 - 0.01, 5);
      expect(p.value.get(0, 1)).toBeCloseTo(1 + 0.01, 5);
    }
  });

  it('corrects the bias: with a constant gradient, m̂ equals it at every step', () => {
    const m = new Float64Array(1);
    const v = new Float64Array(1);
    const value = Matrix.from([[0]]);
    const grad = Matrix.from([[2]]);
    for (let t = 1; t <= 5; t++) {
      adamUpdate(value, grad, m, v, t, 0.1, { beta1: 0.9, beta2: 0.999, epsilon: 0 });
      expect(m[0]).toBeCloseTo(2 * (1 - 0.9 ** t), 14);
      expect(m[0] / (1 - 0.9 ** t)).toBeCloseTo(2, 14);
      expect(value.get(0, 0)).toBeCloseTo(-0.1 * t, 12);
    }
  });

  it('matches the formulas of the paper step by step on a varying gradient', () => {
    const p = param([[0.5]], [[0]]);
    const adam = new Adam(0.05, { beta1: 0.8, beta2: 0.9, epsilon: 1e-8 });
    let [m, v, theta] = [0, 0, 0.5];
    for (let t = 1; t <= 6; t++) {
      const g = 2 * theta - Math.sin(t); // any sequence of gradients will do
      p.grad.set(0, 0, g);
      adam.step([p]);
      m = 0.8 * m + 0.2 * g;
      v = 0.9 * v + 0.1 * g * g;
      theta -= (0.05 * (m / (1 - 0.8 ** t))) / (Math.sqrt(v / (1 - 0.9 ** t)) + 1e-8);
      expect(p.value.get(0, 0)).toBeCloseTo(theta, 14);
    }
    expect(adam.t).toBe(6);
  });

  it('minimises a badly scaled bowl', () => {
    const p = param([[3, 3]], [[0, 0]]);
    const adam = new Adam(0.1);
    for (let k = 0; k < 500; k++) {
      p.grad.set(0, 0, p.value.get(0, 0));
      p.grad.set(0, 1, 100 * p.value.get(0, 1));
      adam.step([p]);
    }
    expect(Math.abs(p.value.get(0, 0))).toBeLessThan(0.05);
    expect(Math.abs(p.value.get(0, 1))).toBeLessThan(0.05);
  });

  it('throws on mismatched shapes and on a step number below 1', () => {
    const m = new Float64Array(2);
    expect(() => adamUpdate(new Matrix(1, 2), new Matrix(2, 1), m, m, 1, 0.1)).toThrow('the parameter is (1×2), its gradient (2×1)');
    expect(() => adamUpdate(new Matrix(1, 2), new Matrix(1, 2), m, m, 0, 0.1)).toThrow('counts from 1, got 0');
  });
});
