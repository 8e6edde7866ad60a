// beginner: the data checks of cost are copied without the label check.
import type { logisticGradients as right } from '../../../solutions/05-logistic-regression.ts';
import { summedGradients } from './shared/summed-gradients.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const logisticGradients: typeof right = (w, b, xs, ys) => {
  if (xs.length !== ys.length) throw new Error(`got ${xs.length} examples and ${ys.length} labels`);
  if (xs.length === 0) throw new Error('no examples');
  for (const x of xs) if (x.length !== w.length) throw new Error(`got ${w.length} weights and ${x.length} features`);
  const { dw, db } = summedGradients(w, b, xs, ys, (a, y) => a - y);
  return { dw: dw.map((g) => g / xs.length), db: db / xs.length };
};
