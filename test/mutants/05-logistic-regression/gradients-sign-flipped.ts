// Mutant: dz = y - a (the loss's derivative with the wrong sign), so every gradient points the other way.
import { logisticGradients as right } from '../../../solutions/05-logistic-regression.ts';
import { summedGradients } from './shared/summed-gradients.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const logisticGradients: typeof right = (w, b, xs, ys) => {
  right(w, b, xs, ys); // the solution's checks of the data (its gradients are not used)
  const { dw, db } = summedGradients(w, b, xs, ys, (a, y) => y - a);
  return { dw: dw.map((g) => g / xs.length), db: db / xs.length };
};
