/**
 * Optimisers: how a parameter moves once its gradient is known. Each updates the parameters in
 * place (no new matrices per step). Learning-rate schedules are plain functions of the epoch.
 */
import type { Matrix } from './matrix.ts';

/** A trainable matrix and the gradient of the cost with respect to it (same shape). */
export interface Parameter {
  name: string;
  value: Matrix;
  grad: Matrix;
}

export interface Optimizer {
  /** The step size; a schedule may change it between epochs. */
  learningRate: number;
  /** Moves every parameter using its current gradient. */
  step(parameters: readonly Parameter[]): void;
}

/** θ ← θ − η ∇θ, in place. */
export function sgdUpdate(value: Matrix, grad: Matrix, learningRate: number): void {
  if (value.rows !== grad.rows || value.cols !== grad.cols) {
    throw new RangeError(`sgdUpdate: the parameter is ${value.shape} but its gradient is ${grad.shape}`);
  }
  const v = value.data;
  const g = grad.data;
  for (let i = 0; i < v.length; i++) v[i] -= learningRate * g[i];
}

/** Plain (mini-batch) gradient descent: θ ← θ − η ∇θ. */
export class SGD implements Optimizer {
  learningRate: number;
  constructor(learningRate = 0.1) {
    this.learningRate = learningRate;
  }
  step(parameters: readonly Parameter[]): void {
    for (const p of parameters) sgdUpdate(p.value, p.grad, this.learningRate);
  }
}

/**
 * One momentum step, in place: v ← β v + ∇θ, then θ ← θ − η v. The velocity v is a running,
 * decaying sum of past gradients: steps grow along directions the gradient keeps pointing to and
 * cancel out where it zig-zags. (Written v ← β v − η ∇θ, θ ← θ + v elsewhere: the same steps for a
 * constant η.)
 */
export function momentumUpdate(value: Matrix, grad: Matrix, velocity: Float64Array, learningRate: number, beta: number): void {
  if (value.rows !== grad.rows || value.cols !== grad.cols || velocity.length !== value.data.length) {
    throw new RangeError(`momentumUpdate: the parameter is ${value.shape}, its gradient ${grad.shape}, its velocity has ${velocity.length} entries`);
  }
  const v = value.data;
  const g = grad.data;
  for (let i = 0; i < v.length; i++) {
    velocity[i] = beta * velocity[i] + g[i];
    v[i] -= learningRate * velocity[i];
  }
}

/** Gradient descent with momentum β (0.9 by default); each parameter's velocity starts at 0. */
export class Momentum implements Optimizer {
  learningRate: number;
  readonly beta: number;
  private readonly velocities = new WeakMap<Parameter, Float64Array>();
  constructor(learningRate = 0.1, beta = 0.9) {
    this.learningRate = learningRate;
    this.beta = beta;
  }
  /** The velocity of a parameter (zeros before its first step). */
  velocity(parameter: Parameter): Float64Array {
    let v = this.velocities.get(parameter);
    if (!v) {
      v = new Float64Array(parameter.value.data.length);
      this.velocities.set(parameter, v);
    }
    return v;
  }
  step(parameters: readonly Parameter[]): void {
    for (const p of parameters) momentumUpdate(p.value, p.grad, this.velocity(p), this.learningRate, this.beta);
  }
}

/** Inverse-time decay: η_epoch = η₀ / (1 + decay · epoch), epochs counted from 0. */
export function inverseTimeDecay(initial: number, decay: number, epoch: number): number {
  return initial / (1 + decay * epoch);
}

/** Exponential decay: η_epoch = η₀ · rate^epoch, e.g. rate 0.95 takes 5% off every epoch. */
export function exponentialDecay(initial: number, rate: number, epoch: number): number {
  return initial * rate ** epoch;
}
