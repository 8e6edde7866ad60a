// Mutant: (beginner) only a longer later result is caught, not a shorter one.
import { jacobianByColumns } from './shared/by-columns.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  let outputs: number | undefined;
  const evaluate = (point: number[]) => {
    const y = [...f(point)];
    outputs ??= y.length;
    if (y.length > outputs) throw new Error(`f returned ${outputs} outputs at one point and ${y.length} at another`);
    return y;
  };
  return jacobianByColumns(x, (j) => {
    const fUp = evaluate(x.map((xi, k) => (k === j ? xi + h : xi)));
    const fDown = evaluate(x.map((xi, k) => (k === j ? xi - h : xi)));
    return fUp.map((yi, i) => (yi - fDown[i]) / (2 * h));
  });
}
