/**
 * Why matrix multiplication dominates, in numbers: the multiply-adds of one training step of the
 * digits network counted exactly, and timings taken while the page is built, on the machine that
 * builds it (the page says which). Each timing is the fastest of repeated runs of a few
 * milliseconds, so the whole measurement takes about a second.
 */
import { cpus } from 'node:os';
import { Matrix, matmul, matmulTransA, matmulTransB } from '../../../lib/matrix.ts';
import { Mlp } from '../../../lib/network.ts';
import { SGD } from '../../../lib/optim.ts';
import { createRandom } from '../../../lib/random.ts';

/** The capstone's network and batch (chapter 10). */
export const shape = { sizes: [784, 64, 10], batch: 32 } as const;

/**
 * Multiply-adds per example of one forward and backward pass. Each dense layer (n_out × n_in)
 * costs n_out·n_in in the forward product, as much again for dW and, above the first layer, for
 * dA_prev. Everything else (biases, activations, softmax, their derivatives) is a few operations
 * per unit.
 */
export function operationCounts(sizes: readonly number[]) {
  let products = 0;
  let elementwise = 0;
  for (let l = 1; l < sizes.length; l++) {
    const [nIn, nOut] = [sizes[l - 1], sizes[l]];
    products += nOut * nIn * (l === 1 ? 2 : 3);
    // Bias add, activation, its derivative, db: about four operations per unit.
    elementwise += 4 * nOut;
  }
  return { products, elementwise, share: products / (products + elementwise) };
}

/**
 * The fastest of `reps` runs of each function, the functions taking turns: other work on the
 * machine only ever adds time, so the fastest run is the one least disturbed, and taking turns
 * spreads a busy moment over all of them rather than onto one.
 */
function fastest(fs: readonly (() => void)[], reps: number): number[] {
  fs.forEach((f) => f());
  const best = fs.map(() => Infinity);
  for (let r = 0; r < reps; r++) {
    fs.forEach((f, i) => {
      const started = performance.now();
      f();
      best[i] = Math.min(best[i], performance.now() - started);
    });
  }
  return best;
}

/** C = A B as a learner first writes it: nested arrays, a dot product per entry. */
function nestedMatmul(a: number[][], b: number[][]): number[][] {
  const [n, k, m] = [a.length, b.length, b[0].length];
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i][p] * b[p][j];
      row[j] = s;
    }
    out.push(row);
  }
  return out;
}

export interface SpeedMeasurement {
  machine: string;
  cores: number;
  /** One training step of lib's 784-64-10 network on a batch of 32, in milliseconds. */
  stepMs: number;
  /** The five matrix products of that step alone, in milliseconds. */
  productsMs: number;
  /** 784×784 times 784×32 with lib's kernel, in milliseconds, and the rate it reaches. */
  libMs: number;
  libGflops: number;
  /** The same product with nested arrays and a plain triple loop. */
  nestedMs: number;
  nestedGflops: number;
}

export function measureSpeed(): SpeedMeasurement {
  const random = createRandom(11);
  const fill = (rows: number, cols: number) => Matrix.from(Array.from({ length: rows }, () => Array.from({ length: cols }, () => random.gaussian())));
  const [nIn, nHidden, nOut] = shape.sizes;
  const m = shape.batch;

  // One training step of the capstone's network, on random inputs (dense: no zero pixels to skip).
  const net = new Mlp({ sizes: shape.sizes, hidden: 'relu', output: 'softmax', random });
  const x = fill(nIn, m);
  const y = Matrix.from(Array.from({ length: nOut }, (_, c) => Array.from({ length: m }, (_, j) => (j % nOut === c ? 1 : 0))));
  const sgd = new SGD(0.01);
  // The step's products on their own, with matrices of the same shapes, each written into a
  // buffer made once (as lib's layers do), so that only the arithmetic is timed.
  const [W1, W2, A1, dZ2, dZ1] = [fill(nHidden, nIn), fill(nOut, nHidden), fill(nHidden, m), fill(nOut, m), fill(nHidden, m)];
  const out = { Z1: new Matrix(nHidden, m), Z2: new Matrix(nOut, m), dW2: new Matrix(nOut, nHidden), dA1: new Matrix(nHidden, m), dW1: new Matrix(nHidden, nIn) };
  const [stepMs, productsMs] = fastest(
    [
      () => net.trainStep(x, y, sgd),
      () => {
        matmul(W1, x, out.Z1); // Z1 = W1 X
        matmul(W2, A1, out.Z2); // Z2 = W2 A1
        matmulTransB(dZ2, A1, out.dW2); // dW2 = dZ2 A1ᵀ
        matmulTransA(W2, dZ2, out.dA1); // dA1 = W2ᵀ dZ2
        matmulTransB(dZ1, x, out.dW1); // dW1 = dZ1 Xᵀ
      },
    ],
    60,
  );

  // A larger product, to compare kernels with the loop a learner writes.
  const [a, b] = [fill(nIn, nIn), fill(nIn, m)];
  const flops = 2 * nIn * nIn * m;
  const [aRows, bRows] = [a.toArray(), b.toArray()];
  const [libMs, nestedMs] = fastest([() => matmul(a, b), () => nestedMatmul(aRows, bRows)], 5);
  const gflops = (ms: number) => flops / (ms * 1e6);
  const cpu = cpus();
  return {
    machine: cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'an unknown processor',
    cores: cpu.length,
    stepMs,
    productsMs,
    libMs,
    libGflops: gflops(libMs),
    nestedMs,
    nestedGflops: gflops(nestedMs),
  };
}
