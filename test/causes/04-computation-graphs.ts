/**
 * Chapter 4's diagnoses (test/grader/cause.ts): the usual wrong local derivatives of x.pow(n),
 * n · x^(n−1).
 */
import { diagnosis } from '../grader/cause.ts';

/** [n, x] of the grader's single-operation checks of pow, where n ≠ 0 (x^0 is a constant). */
export const powPoints: readonly (readonly [number, number])[] = [[2, 1.7], [3, -1.3], [-1, 2.5], [0.5, 1.44], [2, -2]];

export const powLocalDerivative = diagnosis({
  title: "x.pow(n)'s local derivative",
  right: ([n, x]: readonly [number, number]) => n * x ** (n - 1),
  readings: {
    'without n': ([n, x]) => x ** (n - 1),
    'power not lowered': ([n, x]) => n * x ** n,
  },
  // The chapter's tolerance for a few float operations (TOL in the grader).
  tolerance: (predicted) => 1e-9 * Math.max(1, Math.abs(predicted)),
  probes: powPoints,
  show: ([n, x]) => `x.pow(${n}) at x = ${x}`,
});
