// Mutant: the sum over the examples, without the 1/m.
import { predictProba } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';
function check(w: number[], xs: number[][], ys: number[]): void {
  if (xs.length !== ys.length) throw new Error(`got ${xs.length} examples and ${ys.length} labels`);
  if (xs.length === 0) throw new Error('no examples');
  for (let i = 0; i < xs.length; i++) {
    if (xs[i].length !== w.length) throw new Error(`example ${i}: got ${w.length} weights and ${xs[i].length} features`);
    if (ys[i] !== 0 && ys[i] !== 1) throw new Error(`labels are 0 or 1, got ${ys[i]}`);
  }
}
export function logisticGradients(w: number[], b: number, xs: number[][], ys: number[]) {
  check(w, xs, ys);
  const m = xs.length;
  const dw = w.map(() => 0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const a = predictProba(w, b, xs[i]);
    const dz = a - ys[i];
    for (let j = 0; j < dw.length; j++) dw[j] += dz * xs[i][j];
    db += dz;
  }
  return { dw: dw.map((g) => g), db: db };
}
