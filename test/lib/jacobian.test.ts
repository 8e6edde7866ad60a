import { describe, expect, it } from 'vitest';
import { softmaxJacobian, softmax } from '../../lib/activations.ts';
import { relativeError } from '../../lib/gradcheck.ts';
import { numericalJacobian } from '../../lib/jacobian.ts';
import { createRandom } from '../../lib/random.ts';

/** Every entry of a within `tol` of b's, relative to max(1, |b|). */
function expectMatrixClose(a: number[][], b: number[][], tol: number) {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i].length);
    row.forEach((v, j) => expect(Math.abs(v - b[i][j])).toBeLessThan(tol * Math.max(1, Math.abs(b[i][j]))));
  });
}

describe('numericalJacobian', () => {
  it('gives W for the linear map x -> W x + b, with one row per output (non-square)', () => {
    const W = [
      [1, -2, 0.5],
      [3, 0, -1],
    ];
    const f = (x: number[]) => W.map((row, i) => row.reduce((s, w, j) => s + w * x[j], 0) + i);
    const J = numericalJacobian(f, [0.3, -1.2, 2]);
    expect(J.length).toBe(2);
    expectMatrixClose(J, W, 1e-9);
  });

  it('is diagonal for an element-wise function, with the derivative on the diagonal', () => {
    const x = [0.5, -1, 2];
    const J = numericalJacobian((p) => p.map(Math.sin), x);
    const want = x.map((xi, i) => x.map((_, j) => (i === j ? Math.cos(xi) : 0)));
    expectMatrixClose(J, want, 1e-9);
  });

  it("matches softmax's full Jacobian on random logits (relative error below 1e-7)", () => {
    const random = createRandom(4);
    for (let trial = 0; trial < 20; trial++) {
      const z = Array.from({ length: 1 + Math.floor(random.uniform(0, 6)) }, () => random.uniform(-3, 3));
      const J = numericalJacobian((p) => softmax(p), z);
      const want = softmaxJacobian(z);
      J.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - want[i][j])).toBeLessThan(1e-9)));
      // Entries away from 0 are also compared with the relative error of DESIGN §3.
      J.forEach((row, i) => row.forEach((v, j) => Math.abs(want[i][j]) > 1e-3 && expect(relativeError(v, want[i][j])).toBeLessThan(1e-7)));
    }
  });

  it('uses the step h it is given, centred on x, and calls f at x ± h e_j with new arrays', () => {
    const x = [1, 2];
    const calls: number[][] = [];
    const seen = new Set<number[]>();
    numericalJacobian(
      (p) => {
        expect(p).not.toBe(x);
        expect(seen.has(p)).toBe(false);
        seen.add(p);
        calls.push([...p]);
        return [p[0] * p[1]];
      },
      x,
      0.25,
    );
    expect(calls).toEqual([
      [1.25, 2],
      [0.75, 2],
      [1, 2.25],
      [1, 1.75],
    ]);
  });

  it('leaves x unchanged, and is right for an f that returns the array it was given', () => {
    const x = [0.5, -0.25, 4];
    expectMatrixClose(
      numericalJacobian((p) => p, x),
      x.map((_, i) => x.map((__, j) => (i === j ? 1 : 0))),
      1e-9,
    );
    expect(x).toEqual([0.5, -0.25, 4]);
  });

  it('gives [] for a function with no outputs', () => {
    expect(numericalJacobian(() => [], [1, 2])).toEqual([]);
  });

  it('throws for an empty x, and when f returns arrays of different lengths (naming both)', () => {
    expect(() => numericalJacobian((p) => p, [])).toThrow(/empty/);
    expect(() => numericalJacobian((p) => (p[0] > 1 ? [1, 2] : [1, 2, 3]), [1])).toThrow(/2 outputs at one point and 3/);
    expect(() => numericalJacobian((p) => (p[0] > 1 ? [1, 2, 3] : [1]), [1])).toThrow(/3 outputs at one point and 1/);
  });
});
