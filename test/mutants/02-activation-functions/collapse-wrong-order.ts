// Mutant: W1 W2 instead of W2 W1.
import { collapseLinearLayers as right, type LinearLayer } from '../../../solutions/02-activation-functions.ts';
export * from '../../../solutions/02-activation-functions.ts';
export function collapseLinearLayers(W1: number[][], b1: number[], W2: number[][], b2: number[]): LinearLayer {
  const { b } = right(W1, b1, W2, b2);
  const W = W1.map((row) => W2[0].map((_, k) => row.reduce((s, a, j) => s + a * (W2[j]?.[k] ?? 0), 0)));
  return { W, b };
}
