/**
 * Every dW and db times k. A backward pass wrong by one constant factor at the output (a sign, a
 * 1/m too many or too few) is the right pass scaled: each step below is linear in the output's dZ.
 */
import type { LayerGradients } from '../../../../solutions/07-backpropagation.ts';

const times = (k: number, m: number[][]) => m.map((row) => row.map((v) => k * v));

export const scaleGradients = (grads: LayerGradients[], k: number): LayerGradients[] => grads.map(({ dW, db }) => ({ dW: times(k, dW), db: times(k, db) }));
