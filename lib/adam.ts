/**
 * Adam (Kingma and Ba, 2015): momentum on the gradient plus a per-entry step size from a running
 * mean of the squared gradient, each average corrected for starting at zero.
 *
 *   m ← β₁ m + (1 − β₁) g            v ← β₂ v + (1 − β₂) g²          (entry by entry)
 *   m̂ = m / (1 − β₁ᵗ)                 v̂ = v / (1 − β₂ᵗ)                (t = 1, 2, … counts the steps)
 *   θ ← θ − η m̂ / (√v̂ + ε)
 *
 * Why the division by 1 − βᵗ: m starts at 0, so after t steps of a constant gradient g it holds
 * (1 − β₁ᵗ) g, too small early on; dividing undoes exactly that shrinkage.
 */
import type { Matrix } from './matrix.ts';
import type { Optimizer, Parameter } from './optim.ts';

export interface AdamOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** The defaults of the paper, which most libraries keep. */
export const ADAM_DEFAULTS = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

/**
 * One Adam step on one parameter, in place: updates the moment estimates m and v and the value.
 * `t` is the number of this step, counted from 1.
 */
export function adamUpdate(
  value: Matrix,
  grad: Matrix,
  m: Float64Array,
  v: Float64Array,
  t: number,
  learningRate: number,
  { beta1 = ADAM_DEFAULTS.beta1, beta2 = ADAM_DEFAULTS.beta2, epsilon = ADAM_DEFAULTS.epsilon }: AdamOptions = {},
): void {
  const n = value.data.length;
  if (value.rows !== grad.rows || value.cols !== grad.cols || m.length !== n || v.length !== n) {
    throw new RangeError(`adamUpdate: the parameter is ${value.shape}, its gradient ${grad.shape}, its moments have ${m.length} and ${v.length} entries`);
  }
  if (!Number.isInteger(t) || t < 1) throw new RangeError(`adamUpdate: the step number t counts from 1, got ${t}`);
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  const theta = value.data;
  const g = grad.data;
  for (let i = 0; i < n; i++) {
    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
    theta[i] -= (learningRate * (m[i] / correction1)) / (Math.sqrt(v[i] / correction2) + epsilon);
  }
}

/** Adam for every parameter of a network; the moments start at 0 and t at 1. */
export class Adam implements Optimizer {
  learningRate: number;
  readonly options: Required<AdamOptions>;
  /** Steps taken so far. */
  t = 0;
  private readonly moments = new WeakMap<Parameter, { m: Float64Array; v: Float64Array }>();
  constructor(learningRate = 0.001, options: AdamOptions = {}) {
    this.learningRate = learningRate;
    this.options = { ...ADAM_DEFAULTS, ...options };
  }
  /** The moment estimates m and v of a parameter (zeros before its first step). */
  momentsOf(parameter: Parameter): { m: Float64Array; v: Float64Array } {
    let state = this.moments.get(parameter);
    if (!state) {
      const n = parameter.value.data.length;
      state = { m: new Float64Array(n), v: new Float64Array(n) };
      this.moments.set(parameter, state);
    }
    return state;
  }
  step(parameters: readonly Parameter[]): void {
    this.t++;
    for (const p of parameters) {
      const { m, v } = this.momentsOf(p);
      adamUpdate(p.value, p.grad, m, v, this.t, this.learningRate, this.options);
    }
  }
}
