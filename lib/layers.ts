/**
 * Layers: a forward pass that remembers what its backward pass will need (the cache), and a
 * backward pass that turns the gradient of the cost with respect to the layer's output into the
 * gradients of its parameters and of its input. Examples are columns (DESIGN §4).
 *
 * Buffers: a layer keeps its outputs and caches in matrices it allocates once per batch size and
 * reuses, so training allocates nothing per batch. The matrix a forward or backward pass returns
 * therefore belongs to the layer and is overwritten by its next pass at the same batch size:
 * clone() it to keep it.
 */
import { type ActivationName, activate, activationBackward } from './activations.ts';
import { type InitName, initWeights } from './init.ts';
import {
  type SparseColumns, compressColumns, createSparseColumns, gemm, gemmSparseRight, gemmTransA, gemmTransB,
  gemmTransBSparseRight,
} from './kernels.ts';
import { Matrix } from './matrix.ts';
import type { Parameter } from './optim.ts';
import type { Random } from './random.ts';

export type { Parameter } from './optim.ts';

export interface Layer {
  /** The layer's output for a batch; `training` switches on what only happens while training (dropout). */
  forward(input: Matrix, training?: boolean): Matrix;
  /**
   * Given ∂cost/∂output for the batch of the last forward pass, fills the parameters' gradients
   * (overwriting them) and returns ∂cost/∂input, or nothing when `inputGradient` is false (the
   * first layer's input is the data, whose gradient nobody needs: skipping it saves a whole product).
   */
  backward(outputGradient: Matrix, inputGradient?: boolean): Matrix | undefined;
  /** The trainable parameters, each with its gradient. */
  parameters(): Parameter[];
}

/**
 * Below this fraction of nonzero inputs, the products skip zeros (kernels.ts: gemmSparseRight).
 * Both paths are exact; measured here, the sparse one wins below about a third.
 */
export const SPARSE_DENSITY = 1 / 3;

/**
 * The fraction of nonzero entries, estimated from at most about 256 evenly spaced ones: enough
 * to choose between two exact paths, and far cheaper than counting (an unpredictable branch per
 * entry costs more than the rest of the scan).
 */
function estimatedDensity(x: Float64Array): number {
  const stride = Math.max(1, Math.floor(x.length / 256));
  let seen = 0;
  let nonzero = 0;
  for (let i = 0; i < x.length; i += stride) {
    seen++;
    if (x[i] !== 0) nonzero++;
  }
  return seen === 0 ? 1 : nonzero / seen;
}

interface DenseCache {
  input: Matrix; // the last forward's input, by reference
  z: Matrix; // W X + b
  a: Matrix; // g(Z), the output
  dz: Matrix;
  dInput: Matrix;
  sparse: SparseColumns | undefined; // the input's nonzeros, allocated the first time it is sparse
  sparseInput: boolean; // whether the last forward took the sparse path
  scratch: { rows: Int32Array; values: Float64Array }; // for gemmTransBSparseRight
}

export interface DenseOptions {
  /** The activation g in A = g(W X + b); 'linear' (none) by default. */
  activation?: ActivationName;
  /** The slope or scale of leakyRelu (0.01) and elu (1). */
  alpha?: number;
  /** How W starts (biases start at 0): 'he' by default, which suits ReLU. */
  init?: InitName;
  /** Required unless init is 'zeros'. */
  random?: Random;
}

/**
 * A fully connected layer: Z = W X + b, A = g(Z), with W (outputs×inputs), b (outputs×1),
 * X (inputs×m). The activation lives in the layer so that bias and activation can share a pass.
 */
export class Dense implements Layer {
  readonly inputs: number;
  readonly outputs: number;
  readonly activation: ActivationName;
  readonly alpha: number | undefined;
  readonly weight: Parameter;
  readonly bias: Parameter;
  /**
   * Whether the products may skip zero inputs when the input is mostly zeros (kernels.ts:
   * gemmSparseRight). Exact either way; false forces the dense kernels, to compare.
   */
  skipZeros = true;
  private readonly caches = new Map<number, DenseCache>();
  private last: DenseCache | undefined;

  constructor(inputs: number, outputs: number, options: DenseOptions = {}) {
    const { activation = 'linear', alpha, init = 'he', random } = options;
    if (init !== 'zeros' && !random) throw new TypeError(`Dense: the "${init}" initialisation needs a random generator`);
    this.inputs = inputs;
    this.outputs = outputs;
    this.activation = activation;
    this.alpha = alpha;
    const w = init === 'zeros' ? new Matrix(outputs, inputs) : initWeights(init, outputs, inputs, random as Random);
    this.weight = { name: 'W', value: w, grad: new Matrix(outputs, inputs) };
    this.bias = { name: 'b', value: new Matrix(outputs, 1), grad: new Matrix(outputs, 1) };
  }

  parameters(): Parameter[] {
    return [this.weight, this.bias];
  }

  private cacheFor(input: Matrix): DenseCache {
    const m = input.cols;
    let cache = this.caches.get(m);
    if (!cache) {
      const { inputs: p, outputs: n } = this;
      cache = {
        input,
        z: new Matrix(n, m),
        a: new Matrix(n, m),
        dz: new Matrix(n, m),
        dInput: new Matrix(p, m),
        sparse: undefined,
        sparseInput: false,
        scratch: { rows: new Int32Array(n), values: new Float64Array(n) },
      };
      this.caches.set(m, cache);
    }
    return cache;
  }

  /** A = g(W X + b). Returns the layer's own buffer (see the top of this file). */
  forward(input: Matrix, _training = false): Matrix {
    if (input.rows !== this.inputs) {
      throw new RangeError(
        `Dense.forward: a layer with ${this.inputs} inputs cannot take a ${input.shape} batch: it needs ${this.inputs} rows, one per input`,
      );
    }
    const cache = this.cacheFor(input);
    cache.input = input;
    const w = this.weight.value.data;
    const b = this.bias.value.data;
    // Z = W X + b: the bias initialises each row of Z, so it costs no extra pass.
    cache.sparseInput = this.skipZeros && estimatedDensity(input.data) <= SPARSE_DENSITY;
    if (cache.sparseInput) {
      cache.sparse ??= createSparseColumns(this.inputs, input.cols);
      compressColumns(input.data, cache.sparse);
      gemmSparseRight(w, cache.sparse, cache.z.data, this.outputs, b);
    } else {
      gemm(w, input.data, cache.z.data, this.outputs, this.inputs, input.cols, b);
    }
    activate(this.activation, cache.z, cache.a, this.alpha);
    this.last = cache;
    return cache.a;
  }

  /** Backward from ∂cost/∂A: first through the activation (dZ = dA ⊙ g'(Z)), then through W X + b. */
  backward(outputGradient: Matrix, inputGradient = true): Matrix | undefined {
    const cache = this.lastCache('backward', outputGradient);
    activationBackward(this.activation, cache.z, cache.a, outputGradient, cache.dz, this.alpha);
    return this.backwardFromZ(cache.dz, inputGradient);
  }

  /**
   * Backward from ∂cost/∂Z directly: what the network uses at the output layer, where softmax or
   * sigmoid with cross-entropy gives dZ = (Ŷ − Y)/m without going through the activation.
   *   dW = dZ Xᵀ     db = dZ summed over the batch (each example used the same b)     dX = Wᵀ dZ
   */
  backwardFromZ(dz: Matrix, inputGradient = true): Matrix | undefined {
    const cache = this.lastCache('backwardFromZ', dz);
    const { outputs: n, inputs: p } = this;
    const m = dz.cols;
    if (cache.sparseInput) gemmTransBSparseRight(dz.data, cache.sparse as SparseColumns, this.weight.grad.data, n, cache.scratch);
    else gemmTransB(dz.data, cache.input.data, this.weight.grad.data, n, m, p);
    const db = this.bias.grad.data;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = i * m; j < (i + 1) * m; j++) s += dz.data[j];
      db[i] = s;
    }
    if (!inputGradient) return undefined;
    gemmTransA(this.weight.value.data, dz.data, cache.dInput.data, p, n, m);
    return cache.dInput;
  }

  /**
   * The cache of the last forward pass (its input X, pre-activation Z and output A) and the
   * ∂cost/∂Z that backward() computed from it (backwardFromZ is given its dZ instead), for inspection.
   */
  get cache(): { readonly input: Matrix; readonly z: Matrix; readonly a: Matrix; readonly dz: Matrix } | undefined {
    return this.last;
  }

  private lastCache(op: string, gradient: Matrix): DenseCache {
    const cache = this.last;
    if (!cache) throw new Error(`Dense.${op}: call forward first; backward needs the cache of a forward pass`);
    if (gradient.rows !== this.outputs || gradient.cols !== cache.a.cols) {
      throw new RangeError(`Dense.${op}: the last forward gave a ${cache.a.shape} output, but the gradient is ${gradient.shape}`);
    }
    return cache;
  }
}

/**
 * Inverted dropout. While training, each unit is kept with probability keep = 1 − rate and
 * scaled by 1/keep, or set to 0; at test time the layer does nothing. Scaling at training time
 * keeps every unit's expected value unchanged, so the trained network needs no correction later.
 * The backward pass lets the gradient through exactly where the forward pass let values through,
 * with the same 1/keep.
 */
export class Dropout implements Layer {
  readonly rate: number;
  private readonly random: Random;
  private readonly masks = new Map<number, { mask: Matrix; out: Matrix; dInput: Matrix }>();
  private last: { mask: Matrix; out: Matrix; dInput: Matrix } | undefined;
  private active = false;

  constructor(rate: number, random: Random) {
    if (!(rate >= 0 && rate < 1)) throw new RangeError(`Dropout: the rate is a probability in [0, 1), got ${rate}`);
    this.rate = rate;
    this.random = random;
  }

  parameters(): Parameter[] {
    return [];
  }

  /** The mask of the last training pass: 0 for dropped units, 1/keep for kept ones. */
  get mask(): Matrix | undefined {
    return this.active ? this.last?.mask : undefined;
  }

  forward(input: Matrix, training = false): Matrix {
    this.active = training && this.rate > 0;
    if (!this.active) return input;
    const key = input.rows * 1e6 + input.cols;
    let buffers = this.masks.get(key);
    if (!buffers) {
      const like = () => new Matrix(input.rows, input.cols);
      buffers = { mask: like(), out: like(), dInput: like() };
      this.masks.set(key, buffers);
    }
    const keep = 1 - this.rate;
    const { mask, out } = buffers;
    for (let i = 0; i < input.data.length; i++) {
      mask.data[i] = this.random.next() < keep ? 1 / keep : 0;
      out.data[i] = input.data[i] * mask.data[i];
    }
    this.last = buffers;
    return out;
  }

  backward(outputGradient: Matrix, inputGradient = true): Matrix | undefined {
    if (!inputGradient) return undefined;
    if (!this.active) return outputGradient;
    const { mask, dInput } = this.last as { mask: Matrix; dInput: Matrix };
    if (outputGradient.rows !== mask.rows || outputGradient.cols !== mask.cols) {
      throw new RangeError(`Dropout.backward: the last forward gave a ${mask.shape} output, but the gradient is ${outputGradient.shape}`);
    }
    for (let i = 0; i < mask.data.length; i++) dInput.data[i] = outputGradient.data[i] * mask.data[i];
    return dInput;
  }
}
