/**
 * Backpropagation written out: every forward and backward quantity of a small network trained on
 * the squared error E = (1/m) Σ_examples ½ Σ_outputs (t − o)², and one step of gradient descent.
 * Chapter 7's worked example (the 2-2-2 sigmoid network of the well-known published walk-through)
 * and its backprop stepper print these numbers, so they are computed by the same Dense layers that
 * train every other network in lib, and kept, layer by layer, instead of being overwritten.
 *
 * With one example (m = 1), E is ½ Σ (t − o)², the error of that walk-through.
 */
import { type ActivationName, activationBackward } from './activations.ts';
import { Dense } from './layers.ts';
import { Matrix } from './matrix.ts';

/** One layer of the network: W (n_l × n_{l−1}), b (n_l × 1) and its activation. */
export interface TracedLayerParameters {
  W: Matrix;
  b: Matrix;
  activation: ActivationName;
}

/** Everything one layer computed, forward and backward, and its parameters after the step. */
export interface LayerTrace {
  /** A^[l−1], the layer's input (X for the first layer). */
  input: Matrix;
  /** Z^[l] = W A^[l−1] + b. */
  z: Matrix;
  /** A^[l] = g(Z^[l]). */
  a: Matrix;
  /** ∂E/∂A^[l], what arrived from above (from the error itself at the output layer). */
  dA: Matrix;
  /** g'(Z^[l]), entry by entry. */
  slope: Matrix;
  /** δ^[l] = ∂E/∂Z^[l] = dA ⊙ g'(Z^[l]). */
  dZ: Matrix;
  /** ∂E/∂W^[l] = δ^[l] A^[l−1]ᵀ (the 1/m is already in dA). */
  dW: Matrix;
  /** ∂E/∂b^[l] = δ^[l] summed over the batch. */
  db: Matrix;
  /** ∂E/∂A^[l−1] = W^[l]ᵀ δ^[l], passed down to the layer below. */
  dInput: Matrix;
  /** W − η dW and b − η db. */
  updatedW: Matrix;
  updatedB: Matrix;
}

export interface SquaredErrorTrace {
  layers: LayerTrace[];
  /** E before the step. */
  error: number;
  /** E with the updated parameters, on the same examples. */
  errorAfter: number;
  learningRate: number;
}

/** E = (1/m) Σ_examples ½ Σ_outputs (t − o)², for outputs and targets with one example per column. */
export function halfSquaredError(output: Matrix, target: Matrix): number {
  if (output.rows !== target.rows || output.cols !== target.cols) {
    throw new RangeError(`halfSquaredError: outputs and targets must have the same shape, got ${output.shape} and ${target.shape}`);
  }
  let s = 0;
  for (let i = 0; i < output.data.length; i++) s += (output.data[i] - target.data[i]) ** 2;
  return s / (2 * output.cols);
}

function denseLayers(parameters: readonly TracedLayerParameters[]): Dense[] {
  if (parameters.length === 0) throw new RangeError('traceSquaredErrorBackprop: the network needs at least one layer');
  return parameters.map(({ W, b, activation }, l) => {
    if (b.rows !== W.rows || b.cols !== 1) {
      throw new RangeError(`traceSquaredErrorBackprop: layer ${l + 1} has W ${W.shape}, so b must be (${W.rows}×1), got ${b.shape}`);
    }
    if (l > 0 && W.cols !== parameters[l - 1].W.rows) {
      throw new RangeError(`traceSquaredErrorBackprop: layer ${l + 1} has W ${W.shape} but layer ${l} has ${parameters[l - 1].W.rows} outputs`);
    }
    const layer = new Dense(W.cols, W.rows, { activation, init: 'zeros' });
    layer.weight.value.data.set(W.data);
    layer.bias.value.data.set(b.data);
    return layer;
  });
}

/** The network's output for X (examples as columns), with the given parameters. */
export function squaredErrorNetworkOutput(parameters: readonly TracedLayerParameters[], x: Matrix): Matrix {
  let a = x;
  for (const layer of denseLayers(parameters)) a = layer.forward(a).clone();
  return a;
}

/**
 * One forward pass, the backward pass of E, and one step W ← W − η dW, b ← b − η db on every layer,
 * with every intermediate quantity kept. Does not modify its inputs.
 */
export function traceSquaredErrorBackprop(
  parameters: readonly TracedLayerParameters[],
  x: Matrix,
  target: Matrix,
  learningRate: number,
): SquaredErrorTrace {
  const layers = denseLayers(parameters);
  const forward: { input: Matrix; z: Matrix; a: Matrix }[] = [];
  let a = x;
  for (const layer of layers) {
    const input = a;
    a = layer.forward(input).clone();
    forward.push({ input, z: layer.cache!.z.clone(), a });
  }
  const error = halfSquaredError(a, target);

  // ∂E/∂A at the output: (A − T)/m. Dense.backward takes it through g' and W from there.
  const m = target.cols;
  let dA = new Matrix(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) dA.data[i] = (a.data[i] - target.data[i]) / m;
  const traces: LayerTrace[] = new Array(layers.length);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const { input, z, a: out } = forward[l];
    const dInput = (layer.backward(dA, true) as Matrix).clone();
    const ones = Matrix.filled(z.rows, z.cols, 1);
    const slope = activationBackward(layer.activation, z, out, ones, undefined, layer.alpha);
    const dW = layer.weight.grad.clone();
    const db = layer.bias.grad.clone();
    const step = (value: Matrix, grad: Matrix) => new Matrix(value.rows, value.cols, value.data.map((v, i) => v - learningRate * grad.data[i]));
    traces[l] = {
      input,
      z,
      a: out,
      dA,
      slope,
      dZ: layer.cache!.dz.clone(),
      dW,
      db,
      dInput,
      updatedW: step(layer.weight.value, dW),
      updatedB: step(layer.bias.value, db),
    };
    dA = dInput;
  }
  const updated = parameters.map((p, l) => ({ W: traces[l].updatedW, b: traces[l].updatedB, activation: p.activation }));
  return { layers: traces, error, errorAfter: halfSquaredError(squaredErrorNetworkOutput(updated, x), target), learningRate };
}
