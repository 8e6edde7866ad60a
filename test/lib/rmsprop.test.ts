import { describe, expect, it } from 'vitest';
import { Matrix } from '../../lib/matrix.ts';
import { rmspropUpdate } from '../../lib/rmsprop.ts';

describe('rmspropUpdate', () => {
  it('takes hand-checked steps: s = 0.1 g², then 0.9 s + 0.1 g²', () => {
    const theta = Matrix.from([[1], [1]]);
    const s = new Float64Array(2);
    rmspropUpdate(theta, Matrix.from([[2], [-0.5]]), s, 0.1, 0.9, 0);
    expect(s[0]).toBeCloseTo(0.4, 15);
    expect(s[1]).toBeCloseTo(0.025, 15);
    // The first step is η / √(1 − ρ) = 0.1 / √0.1 in both entries, against the gradient's sign.
    expect(theta.data[0]).toBeCloseTo(1 - 0.1 / Math.sqrt(0.1), 14);
    expect(theta.data[1]).toBeCloseTo(1 + 0.1 / Math.sqrt(0.1), 14);
    rmspropUpdate(theta, Matrix.from([[1], [0]]), s, 0.1, 0.9, 0);
    expect(s[0]).toBeCloseTo(0.9 * 0.4 + 0.1, 14);
    expect(s[1]).toBeCloseTo(0.9 * 0.025, 14);
    expect(theta.data[0]).toBeCloseTo(1 - 0.1 / Math.sqrt(0.1) - 0.1 / Math.sqrt(0.46), 14);
    expect(theta.data[1]).toBeCloseTo(1 + 0.1 / Math.sqrt(0.1), 14);
  });

  it('takes the same steps when every gradient is 100 times larger (ε aside)', () => {
    const run = (scale: number) => {
      const theta = Matrix.from([[0.3, -0.2]]);
      const s = new Float64Array(2);
      for (const g of [[1, -3], [0.5, 2], [-2, 1]]) rmspropUpdate(theta, Matrix.from([g.map((v) => v * scale)]), s, 0.01, 0.9, 0);
      return Array.from(theta.data);
    };
    run(100).forEach((v, i) => expect(v).toBeCloseTo(run(1)[i], 14));
  });

  it('names the shapes that do not fit', () => {
    expect(() => rmspropUpdate(new Matrix(2, 1), new Matrix(1, 2), new Float64Array(2), 0.1)).toThrow(/the parameter is \(2×1\), its gradient \(1×2\)/);
    expect(() => rmspropUpdate(new Matrix(2, 1), new Matrix(2, 1), new Float64Array(3), 0.1)).toThrow(/its mean square has 3 entries/);
  });
});
