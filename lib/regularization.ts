/**
 * Weight penalties against overfitting. Conventions (as in the chapter): with m the number of
 * training examples (the whole set, also in mini-batch training, so that every batch's cost
 * estimates the same regularised cost whatever the batch size),
 *   L2: penalty (λ / 2m) Σ W², gradient (λ / m) W      ("weight decay": shrinks every weight)
 *   L1: penalty (λ / m) Σ |W|,  gradient (λ / m) sign(W) (pushes small weights to exactly 0)
 * Only weights are penalised, never biases. A penalty added to the cost must also be added to the
 * gradient, or it changes the number printed and nothing else.
 */
import { Matrix } from './matrix.ts';

export type Regularizer = 'l1' | 'l2';

function checkM(op: string, m: number): void {
  if (!(m > 0)) throw new RangeError(`${op}: m (the number of examples) must be positive, got ${m}`);
}

/** (λ / 2m) Σ_l ‖W[l]‖², over all the given weight matrices. */
export function l2Penalty(weights: readonly Matrix[], lambda: number, m: number): number {
  checkM('l2Penalty', m);
  let s = 0;
  for (const w of weights) for (let i = 0; i < w.data.length; i++) s += w.data[i] * w.data[i];
  return (lambda / (2 * m)) * s;
}

/** (λ / m) W, the gradient of l2Penalty with respect to W. */
export function l2Gradient(w: Matrix, lambda: number, m: number): Matrix {
  checkM('l2Gradient', m);
  const g = new Matrix(w.rows, w.cols);
  for (let i = 0; i < w.data.length; i++) g.data[i] = (lambda / m) * w.data[i];
  return g;
}

/** (λ / m) Σ_l Σ |W[l]|. */
export function l1Penalty(weights: readonly Matrix[], lambda: number, m: number): number {
  checkM('l1Penalty', m);
  let s = 0;
  for (const w of weights) for (let i = 0; i < w.data.length; i++) s += Math.abs(w.data[i]);
  return (lambda / m) * s;
}

/** (λ / m) sign(W), taking sign(0) = 0 (a subgradient: |w| has no slope at 0). */
export function l1Gradient(w: Matrix, lambda: number, m: number): Matrix {
  checkM('l1Gradient', m);
  const g = new Matrix(w.rows, w.cols);
  for (let i = 0; i < w.data.length; i++) g.data[i] = (lambda / m) * Math.sign(w.data[i]);
  return g;
}

/** grad += the penalty's gradient for W, in place: how a training step applies regularisation. */
export function addPenaltyGradient(kind: Regularizer, grad: Matrix, w: Matrix, lambda: number, m: number): void {
  if (grad.rows !== w.rows || grad.cols !== w.cols) {
    throw new RangeError(`addPenaltyGradient: the gradient is ${grad.shape} but the weights are ${w.shape}`);
  }
  checkM('addPenaltyGradient', m);
  const k = lambda / m;
  const g = grad.data;
  const v = w.data;
  if (kind === 'l2') for (let i = 0; i < v.length; i++) g[i] += k * v[i];
  else for (let i = 0; i < v.length; i++) g[i] += k * Math.sign(v[i]);
}

/** The penalty of a given kind, by name. */
export function penalty(kind: Regularizer, weights: readonly Matrix[], lambda: number, m: number): number {
  return kind === 'l2' ? l2Penalty(weights, lambda, m) : l1Penalty(weights, lambda, m);
}
