// Mutant: the forward difference (f(x + h e_j) − f(x)) / h instead of the centred one.
import { jacobianByColumns } from './shared/by-columns.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  return jacobianByColumns(x, (j) => {
    const up = [...x];
    up[j] += h;
    const fUp = f(up);
    const fHere = f([...x]);
    return fUp.map((yi, i) => (yi - fHere[i]) / h);
  });
}
