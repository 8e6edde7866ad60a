/**
 * A digit network as the pad runs it: each layer's weights as one Float32Array, row by row, and
 * the forward pass for one image in plain loops (about 51,000 multiply-adds for 784-64-10, a
 * fraction of a millisecond). The networks arrive packed by ../../digits/digit-pad-plugin.ts.
 */

export type HiddenActivation = 'relu' | 'tanh' | 'sigmoid';

/** As the plugin sends it: float32 values in base64. */
export interface PackedNetwork {
  hiddenActivation: HiddenActivation;
  testAccuracy: number;
  savedAt: string;
  layers: { rows: number; cols: number; weights: string; bias: string }[];
}

/** A held-out test digit: its index in the test set, its label, its pixels as bytes (0–255) in base64. */
export interface PackedTestDigit {
  index: number;
  label: number;
  pixels: string;
}

export interface DigitNetwork {
  hiddenActivation: HiddenActivation;
  testAccuracy: number;
  savedAt: string;
  layers: { rows: number; cols: number; weights: Float32Array; bias: Float32Array }[];
}

function bytes(base64: string): Uint8Array {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

export function unpackNetwork(packed: PackedNetwork): DigitNetwork {
  return {
    ...packed,
    layers: packed.layers.map((layer) => ({ ...layer, weights: new Float32Array(bytes(layer.weights).buffer), bias: new Float32Array(bytes(layer.bias).buffer) })),
  };
}

/** A test digit's 784 pixels in [0, 1]. */
export function unpackDigit(digit: PackedTestDigit): Float32Array {
  return Float32Array.from(bytes(digit.pixels), (v) => v / 255);
}

const activations: Record<HiddenActivation, (z: number) => number> = {
  relu: (z) => (z > 0 ? z : 0),
  tanh: Math.tanh,
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
};

/** The ten probabilities for one image of 784 pixels: hidden layers, then softmax. */
export function probabilities(net: DigitNetwork, pixels: Float32Array): Float64Array {
  const g = activations[net.hiddenActivation];
  let a: Float32Array | Float64Array = pixels;
  let z = new Float64Array(0);
  net.layers.forEach(({ rows, cols, weights, bias }, l) => {
    z = new Float64Array(rows);
    for (let j = 0; j < rows; j++) {
      let sum = bias[j];
      const row = j * cols;
      for (let k = 0; k < cols; k++) sum += weights[row + k] * a[k];
      z[j] = l < net.layers.length - 1 ? g(sum) : sum;
    }
    a = z;
  });
  // Softmax, shifted by the largest score so that no exponential overflows.
  const top = Math.max(...z);
  let total = 0;
  for (let k = 0; k < z.length; k++) total += z[k] = Math.exp(z[k] - top);
  for (let k = 0; k < z.length; k++) z[k] /= total;
  return z;
}
