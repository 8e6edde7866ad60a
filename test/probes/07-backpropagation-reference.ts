/**
 * Chapter 7's reference network, as plain data in and out: the forward caches, the cost and the
 * right gradients of a network given as nested arrays, all computed by lib/ (lib/network.ts's Mlp
 * for the forward caches, the cost and the backward pass).
 * Shared by the grader (test/07-backpropagation.test.ts) and the probe that runs the learner's
 * gradientCheck inside the sandbox (test/probes/07-backpropagation.ts): it imports nothing of the
 * learner's, so the grader's process may load it.
 *
 * The cost is the chapter's J = (1/m) Σ_examples loss: categorical cross-entropy for a softmax
 * output, binary cross-entropy summed over the outputs for a sigmoid one. lib averages the sigmoid
 * loss over all n·m entries instead, so for a sigmoid output lib's cost and gradients are scaled
 * by n here.
 */
import { Matrix } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';

export type Hidden = 'linear' | 'relu' | 'sigmoid' | 'tanh';
export type Output = 'softmax' | 'sigmoid';

export interface PlainLayer {
  W: number[][];
  b: number[][];
}

/** A network on a batch: the data, the targets and the parameters, as nested arrays. */
export interface Net {
  X: number[][];
  Y: number[][];
  layers: PlainLayer[];
  /** One per layer: hidden ones first, the output last. */
  activations: [...Hidden[], Output];
}

/** What chapter 6's denseForward keeps, as plain data. */
export interface PlainCache {
  aPrev: number[][];
  W: number[][];
  b: number[][];
  Z: number[][];
  A: number[][];
  activation: Hidden | Output;
}

export interface PlainGradients {
  dW: number[][];
  db: number[][];
}

const output = (net: Net): Output => net.activations[net.activations.length - 1] as Output;

function mlpOf(net: Net, layers: readonly PlainLayer[] = net.layers): Mlp {
  const sizes = [layers[0].W[0].length, ...layers.map((l) => l.W.length)];
  return Mlp.fromJSON({
    sizes,
    hidden: net.activations.slice(0, -1) as Hidden[],
    output: output(net),
    dropout: 0,
    weights: layers.map((l) => l.W),
    biases: layers.map((l) => l.b.map((row) => row[0])),
  });
}

/** lib averages a sigmoid output's loss over its n outputs too; the chapter sums them. */
const scaleOf = (net: Net) => (output(net) === 'sigmoid' ? net.Y.length : 1);

/**
 * J = (1/m) Σ loss as a function of the parameters, computed stably from the logits by one Mlp
 * whose weights are overwritten at each call (building a new one per call costs most of the time
 * of a gradient check).
 */
export function costOf(net: Net): (layers: readonly PlainLayer[]) => number {
  const mlp = mlpOf(net);
  const [X, Y, k] = [Matrix.from(net.X), Matrix.from(net.Y), scaleOf(net)];
  return (layers) => {
    mlp.dense.forEach((dense, l) => {
      dense.weight.value.data.set(layers[l].W.flat());
      dense.bias.value.data.set(layers[l].b.flat());
    });
    return mlp.loss(X, Y) * k;
  };
}

/** The right gradients of J, first layer first. */
export function gradients(net: Net): PlainGradients[] {
  const mlp = mlpOf(net);
  mlp.run(Matrix.from(net.X));
  mlp.backward(Matrix.from(net.Y));
  const k = scaleOf(net);
  return mlp.dense.map((layer) => ({
    dW: layer.weight.grad.toArray().map((row) => row.map((v) => v * k)),
    db: layer.bias.grad.toArray().map((row) => row.map((v) => v * k)),
  }));
}

/**
 * The forward pass: one cache per layer, as forwardPropagation returns them, read from lib's own
 * forward pass so that they agree with gradients() to the last bit. (A Z computed in another order
 * can round to 0 where lib's is 5e-17, and a ReLU's slope there is 0 in one and 1 in the other.)
 */
export function forward(net: Net): { AL: number[][]; caches: PlainCache[] } {
  const mlp = mlpOf(net);
  const AL = mlp.forward(Matrix.from(net.X)).toArray();
  const caches = mlp.dense.map((layer, l): PlainCache => {
    const cache = layer.cache!;
    return { aPrev: cache.input.toArray(), W: net.layers[l].W, b: net.layers[l].b, Z: cache.z.toArray(), A: cache.a.toArray(), activation: net.activations[l] };
  });
  return { AL, caches };
}
