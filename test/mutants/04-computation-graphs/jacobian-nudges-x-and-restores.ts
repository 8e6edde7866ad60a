// Mutant: (beginner) x is nudged in place and restored, and passed to f itself, so f's result aliases x.
import { jacobianByColumns } from './shared/by-columns.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  return jacobianByColumns(x, (j) => {
    const saved = x[j];
    const at = (xj: number) => {
      x[j] = xj;
      return f(x);
    };
    const fUp = at(saved + h);
    const fDown = at(saved - h);
    x[j] = saved;
    return fUp.map((yi, i) => (yi - fDown[i]) / (2 * h));
  });
}
