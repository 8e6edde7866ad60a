/**
 * The Jacobian of a vector function, estimated by nudging: the matrix of every partial derivative
 * ∂f_i/∂x_j, one row per output and one column per input. It is what the vector chain rule
 * multiplies, and the check for any hand-written one (softmax's, a layer's).
 */

/**
 * J[i][j] = ∂f_i/∂x_j at x, by centred differences (f(x + h e_j) − f(x − h e_j)) / 2h, where e_j
 * is 1 at input j and 0 elsewhere. Rows are outputs, columns are inputs, so a function from n
 * numbers to m numbers gives m rows of n; a function with no outputs gives [].
 *
 * f is called 2n times, each time with a new array (a copy of x with entry j moved by ±h), so f
 * may keep or return the array it is given; x itself is never modified.
 *
 * Throws when x is empty (there is nothing to differentiate with respect to), and when f returns
 * arrays of different lengths at different points (the message names both lengths).
 */
export function numericalJacobian(f: (x: number[]) => number[], x: readonly number[], h = 1e-5): number[][] {
  if (x.length === 0) throw new Error('numericalJacobian needs at least one input: x is empty');
  const n = x.length;
  const columns: number[][] = [];
  let m = -1;
  // Each call gets its own copy, so neither an f that keeps its argument nor one that returns it
  // can see (or alias) a later nudge.
  const at = (j: number, step: number): number[] => {
    const point = [...x];
    point[j] += step;
    const y = f(point);
    if (m < 0) m = y.length;
    else if (y.length !== m) throw new Error(`numericalJacobian: f returned ${m} outputs at one point and ${y.length} at another`);
    return [...y];
  };
  for (let j = 0; j < n; j++) {
    const up = at(j, h);
    const down = at(j, -h);
    columns.push(up.map((u, i) => (u - down[i]) / (2 * h)));
  }
  // Column j holds ∂f/∂x_j; the Jacobian's rows are the outputs, so turn columns into rows.
  return Array.from({ length: m }, (_, i) => columns.map((column) => column[i]));
}
