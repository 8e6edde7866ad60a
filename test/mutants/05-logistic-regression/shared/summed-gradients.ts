/**
 * Σ dz·x and Σ dz over the examples for a given dz(a, y), with a = σ(w · x + b): the sums whose mean
 * logisticGradients returns. A mutant's mistake is its dz, or what it does with the sums.
 */
import { predictProba } from '../../../../solutions/05-logistic-regression.ts';

export function summedGradients(w: number[], b: number, xs: number[][], ys: number[], dz: (a: number, y: number) => number): { dw: number[]; db: number } {
  const dw = w.map(() => 0);
  let db = 0;
  xs.forEach((x, i) => {
    const d = dz(predictProba(w, b, x), ys[i]);
    x.forEach((xj, j) => (dw[j] += d * xj));
    db += d;
  });
  return { dw, db };
}
