/**
 * Universal approximation made visible (Nielsen's argument, *Neural Networks and Deep Learning*,
 * chapter 4): a sigmoid with a large weight is nearly a step, two steps of opposite sign make a
 * bump, and a row of bumps whose heights follow a function draws that function. The result is an
 * ordinary one-hidden-layer network (sigmoid hidden units, linear output) that lib's Mlp can run,
 * so a figure shows what a network computes, not what a formula promises.
 */
import type { MlpJson } from './network.ts';

export interface BumpNetworkOptions {
  /** How many bumps, each of them two hidden units. */
  bumps: number;
  /** The weight w of every hidden unit: σ(w (x − s)) rises from 0.02 to 0.98 over 8 / w around s. */
  steepness: number;
  /** The interval [a, b] to approximate the function on (default [0, 1]). */
  interval?: readonly [number, number];
}

/**
 * The network x ↦ Σₖ hₖ [σ(w (x − sₖ)) − σ(w (x − sₖ₊₁))] with 2 · bumps sigmoid units: bump k
 * covers [sₖ, sₖ₊₁], the k-th of `bumps` equal pieces of the interval, at the height hₖ = f(its
 * midpoint). The outermost steps sit 10 / w outside the interval, so the ends of the interval get
 * the full height (σ(10) > 0.9999) rather than half of it.
 */
export function bumpNetwork(f: (x: number) => number, { bumps, steepness, interval = [0, 1] }: BumpNetworkOptions): MlpJson {
  if (!Number.isInteger(bumps) || bumps < 1) throw new RangeError(`bumpNetwork: bumps must be a whole number, 1 or more, got ${bumps}`);
  if (!(steepness > 0) || !Number.isFinite(steepness)) throw new RangeError(`bumpNetwork: steepness must be a positive number, got ${steepness}`);
  const [a, b] = interval;
  if (!(a < b)) throw new RangeError(`bumpNetwork: the interval must have a < b, got [${a}, ${b}]`);
  const width = (b - a) / bumps;
  const margin = 10 / steepness;
  const edge = (k: number) => (k === 0 ? a - margin : k === bumps ? b + margin : a + k * width);
  const weights: number[][] = [];
  const biases: number[] = [];
  const out: number[] = [];
  for (let k = 0; k < bumps; k++) {
    const height = f(a + (k + 0.5) * width);
    if (!Number.isFinite(height)) throw new RangeError(`bumpNetwork: f is ${height} at x = ${a + (k + 0.5) * width}`);
    // σ(w x − w s) is the step at s: the weight is w and the bias −w s.
    for (const [s, sign] of [[edge(k), 1], [edge(k + 1), -1]] as const) {
      weights.push([steepness]);
      biases.push(-steepness * s);
      out.push(sign * height);
    }
  }
  return {
    sizes: [1, 2 * bumps, 1],
    hidden: ['sigmoid'],
    output: 'linear',
    dropout: 0,
    weights: [weights, [out]],
    biases: [biases, [0]],
  };
}
