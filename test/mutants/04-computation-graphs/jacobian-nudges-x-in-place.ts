// Mutant: x itself is nudged up and down and never restored.
import { jacobianByColumns } from './shared/by-columns.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  return jacobianByColumns(x, (j) => {
    x[j] += h;
    const fUp = f([...x]);
    x[j] -= 2 * h;
    const fDown = f([...x]);
    return fUp.map((yi, i) => (yi - fDown[i]) / (2 * h));
  });
}
