/**
 * RMSProp (Hinton, 2012, lecture 6e of his Coursera course): every parameter gets its own step
 * size, its gradient divided by the root of a running mean of its recent squared gradients. It is
 * the bridge from momentum to Adam: Adam keeps this running mean (its v) and adds momentum's running
 * mean of the gradient itself (its m) and a correction for both starting at 0.
 */
import type { Matrix } from './matrix.ts';

/**
 * One RMSProp step, in place, entry by entry: s ← ρ s + (1 − ρ) g², then θ ← θ − η g / (√s + ε).
 * `meanSquare` is s, one entry per parameter entry, starting at 0 and never corrected for that
 * start: the first step is η / √(1 − ρ) in every entry whose gradient is not 0, whatever its size.
 */
export function rmspropUpdate(value: Matrix, grad: Matrix, meanSquare: Float64Array, learningRate: number, rho = 0.9, epsilon = 1e-8): void {
  if (value.rows !== grad.rows || value.cols !== grad.cols || meanSquare.length !== value.data.length) {
    throw new RangeError(`rmspropUpdate: the parameter is ${value.shape}, its gradient ${grad.shape}, its mean square has ${meanSquare.length} entries`);
  }
  const v = value.data;
  const g = grad.data;
  for (let i = 0; i < v.length; i++) {
    meanSquare[i] = rho * meanSquare[i] + (1 - rho) * g[i] * g[i];
    v[i] -= (learningRate * g[i]) / (Math.sqrt(meanSquare[i]) + epsilon);
  }
}
