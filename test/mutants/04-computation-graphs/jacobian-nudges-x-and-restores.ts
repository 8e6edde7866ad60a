// Mutant: (beginner) x is nudged in place and restored, and passed to f itself, so f's result aliases x.
import { jacobianByColumns } from './shared/by-columns.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  return jacobianByColumns(x, (j) => {
    const saved = x[j];
    x[j] = saved + h;
    const fUp = f(x);
    x[j] = saved - h;
    const fDown = f(x);
    x[j] = saved;
    return fUp.map((yi, i) => (yi - fDown[i]) / (2 * h));
  });
}
