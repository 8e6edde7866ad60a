// Mutant: (beginner) an empty x returns [] instead of throwing.
export { gradJ, Value } from '../../../solutions/04-computation-graphs.ts';

/**
 * The Jacobian of f at x by centred differences: J[i][j] = ∂f_i/∂x_j ≈ (f(x + h e_j)_i −
 * f(x − h e_j)_i) / 2h, where e_j is 1 at input j and 0 elsewhere. One row per output and one
 * column per input: f from n numbers to m numbers gives m rows of n entries (and [] when f
 * returns []).
 *
 * Calls f 2n times, each time with a new array of length n (a copy of x with entry j moved by
 * ±h), so f may keep or return the array it is given. Does not modify x.
 * Throws an Error when x is empty, and when f returns arrays of different lengths at different
 * points (the message names both lengths).
 */
export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  if (x.length === 0) return [];
  // columns[j] holds ∂f/∂x_j for every output: nudging one input moves every output at once.
  const columns: number[][] = [];
  let outputs = -1;
  const evaluate = (point: number[]): number[] => {
    // Copy the result: an f that returns its own argument would otherwise hand back an array
    // that the next nudge changes.
    const y = [...f(point)];
    if (outputs === -1) outputs = y.length;
    else if (y.length !== outputs) throw new Error(`f returned ${outputs} outputs at one point and ${y.length} at another`);
    return y;
  };
  for (let j = 0; j < x.length; j++) {
    // A fresh copy per call leaves x as it was, even if f keeps or changes what it is given.
    const up = [...x];
    up[j] += h;
    const down = [...x];
    down[j] -= h;
    const fUp = evaluate(up);
    const fDown = evaluate(down);
    // Centred, not forward: (f(x + h) − f(x)) / h is off by about h·f''/2; the centred
    // difference's error is about h²·f'''/6.
    columns.push(fUp.map((yi, i) => (yi - fDown[i]) / (2 * h)));
  }
  // Rows are outputs: J[i][j] is column j's entry i.
  return Array.from({ length: outputs }, (_, i) => columns.map((column) => column[i]));
}
