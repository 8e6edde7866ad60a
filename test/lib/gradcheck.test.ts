import { describe, expect, it } from 'vitest';
import { centralDifference, forwardDifference, gradientCheck, numericalGradient, relativeError, normRelativeError } from '../../lib/gradcheck.ts';
import { Matrix } from '../../lib/matrix.ts';

describe('finite differences', () => {
  it('nudges like the notes: the slope of a² at 5 and a³ at 2', () => {
    expect(forwardDifference((a) => a * a, 5, 0.001)).toBeCloseTo(10.001, 9); // 5.001² = 25.010001
    expect(centralDifference((a) => a ** 3, 2, 0.001)).toBeCloseTo(12.000001, 9);
    expect(centralDifference(Math.log, 2)).toBeCloseTo(0.5, 10);
  });

  it('centred differences are far more accurate than forward ones', () => {
    const exact = Math.cos(1);
    expect(Math.abs(centralDifference(Math.sin, 1, 1e-3) - exact)).toBeLessThan(1e-6);
    expect(Math.abs(forwardDifference(Math.sin, 1, 1e-3) - exact)).toBeGreaterThan(1e-4);
  });
});

describe('relativeError', () => {
  it('is |a − b| / max(|a|, |b|, 1e-12)', () => {
    expect(relativeError(1, 1.1)).toBeCloseTo(0.1 / 1.1, 15);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(1e-13, 0)).toBe(0.1);
    expect(relativeError(-2, 2)).toBe(2);
  });
});

describe('gradientCheck', () => {
  const f = (x: Matrix) => x.data.reduce((s, v, i) => s + (i + 1) * v * v, 0);
  const x = Matrix.from([[1, -2], [0.5, 3]]);
  const exact = new Float64Array([2, -8, 3, 24]);

  it('accepts a correct gradient and leaves the input as it was', () => {
    const check = gradientCheck(f, x, exact);
    expect(check.ok).toBe(true);
    expect(check.maxRelativeError).toBeLessThan(1e-9);
    expect(x.toArray()).toEqual([[1, -2], [0.5, 3]]);
  });

  it('rejects a wrong one and says where', () => {
    const wrong = exact.slice();
    wrong[2] = -3;
    const check = gradientCheck(f, x, wrong);
    expect(check.ok).toBe(false);
    expect([check.worst, check.analytic]).toEqual([2, -3]);
    expect(check.numerical).toBeCloseTo(3, 8);
  });

  it('works on plain arrays and Float64Arrays', () => {
    expect(Array.from(numericalGradient((v: number[]) => v[0] * v[1], [3, 4]), (g) => Math.round(g * 1e6) / 1e6)).toEqual([4, 3]);
    expect(gradientCheck((v: Float64Array) => v[0] ** 2, new Float64Array([3]), [6]).ok).toBe(true);
    expect(() => gradientCheck((v: number[]) => v[0], [1, 2], [1])).toThrow('1 entries but the input has 2');
  });
});

describe('normRelativeError', () => {
  it('is ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) over all entries: 0 for equal gradients and for all zeros, 1 against zeros, and scale-free', () => {
    expect(normRelativeError([3, 4], [3, 4])).toBe(0);
    expect(normRelativeError([0, 0], [0, 0])).toBe(0);
    expect(normRelativeError([3, 4], [0, 0])).toBe(1);
    // ‖(0, 1)‖ / (‖(3, 4)‖ + ‖(3, 5)‖)
    expect(normRelativeError([3, 4], [3, 5])).toBeCloseTo(1 / (5 + Math.sqrt(34)), 15);
    expect(normRelativeError([3e-6, 4e-6], [3e-6, 5e-6])).toBeCloseTo(normRelativeError([3, 4], [3, 5]), 12);
  });

  it('unlike the worst entry, is not dominated by one tiny entry', () => {
    const analytic = [1, 1e-9];
    const numerical = [1, 3e-9];
    expect(Math.max(...analytic.map((a, i) => relativeError(a, numerical[i])))).toBeGreaterThan(0.5);
    expect(normRelativeError(analytic, numerical)).toBeLessThan(1e-8);
  });

  it('refuses gradients of different lengths, naming both', () => {
    expect(() => normRelativeError([1, 2], [1])).toThrow('2 analytic entries against 1 numerical ones');
  });
});
