/**
 * Where lib/'s training speed comes from: each kernel of lib/kernels.ts against the textbook loop
 * it replaces, on the shapes of the digits MLP (784-64-10, batch 32, real digits), and whole
 * 3-epoch trainings with and without the kernels. Needs no peer library:
 * `node --import tsx bench/kernels.ts`. Every figure is a median within this one run.
 */
import { cpus } from 'node:os';
import { examplesAsRows, gatherColumns, gatherExamples } from '../lib/batches.ts';
import { loadDigits } from '../lib/digits.ts';
import {
  compressColumns, createSparseColumns, gemm, gemmSparseRight, gemmTransB, gemmTransBSparseRight,
} from '../lib/kernels.ts';
import { Matrix, oneHot } from '../lib/matrix.ts';
import { Mlp } from '../lib/network.ts';
import { SGD } from '../lib/optim.ts';
import { createRandom } from '../lib/random.ts';
import { train } from '../lib/train.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f: () => void, reps: number): number {
  f();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const started = performance.now();
    f();
    times.push(performance.now() - started);
  }
  return median(times);
}
const us = (ms: number) => `${(ms * 1000).toFixed(0).padStart(6)} µs`;
const speedup = (base: number, fast: number) => `${(base / fast).toFixed(1)}×`;

// ---- Textbook versions, for reference --------------------------------------------------------
/** C = A B (+ bias) as first written: a dot product per entry, walking B down its columns. */
function textbookGemm(a: Float64Array, b: Float64Array, c: Float64Array, n: number, p: number, m: number, bias?: Float64Array) {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = bias ? bias[i] : 0;
      for (let k = 0; k < p; k++) s += a[i * p + k] * b[k * m + j];
      c[i * m + j] = s;
    }
  }
}
/** C = A Bᵀ with Bᵀ built first, then the textbook product. */
function textbookTransB(a: Float64Array, b: Float64Array, c: Float64Array, n: number, p: number, m: number) {
  const bt = new Float64Array(p * m);
  for (let j = 0; j < m; j++) for (let k = 0; k < p; k++) bt[k * m + j] = b[j * p + k];
  textbookGemm(a, bt, c, n, p, m);
}

// ---- Data and a realistic batch --------------------------------------------------------------
const { train: trainSet, test: testSet } = loadDigits();
const x = new Matrix(784, trainSet.count);
for (let j = 0; j < trainSet.count; j++) for (let k = 0; k < 784; k++) x.data[k * trainSet.count + j] = trainSet.images[j * 784 + k];
const y = oneHot(trainSet.labels, 10);
const xTest = new Matrix(784, testSet.count);
for (let j = 0; j < testSet.count; j++) for (let k = 0; k < 784; k++) xTest.data[k * testSet.count + j] = testSet.images[j * 784 + k];

const m = 32;
const random = createRandom(3);
const batches = Array.from({ length: 16 }, () => random.shuffle(Array.from({ length: trainSet.count }, (_, i) => i)).slice(0, m));
const rows = examplesAsRows(x);
const xb = batches.map((indices) => gatherColumns(x, indices));
// dZ1 from a real forward and backward pass (after one epoch of training), so its zeros are the real ReLU zeros.
const net = new Mlp({ sizes: [784, 64, 10], random: createRandom(1) });
train(net, { x, y }, { epochs: 1, batchSize: m, random: createRandom(2) });
const dz1 = xb.map((batch, b) => {
  net.run(batch, true);
  net.backward(gatherColumns(y, batches[b]));
  return net.dense[0].cache!.dz.data.slice();
});
const w1 = net.dense[0].weight.value.data;
const b1 = net.dense[0].bias.value.data;
const z = new Float64Array(64 * m);
const dw = new Float64Array(64 * 784);
const sparse = xb.map((batch) => {
  const s = createSparseColumns(784, m);
  compressColumns(batch.data, s);
  return s;
});
let nonzeros = 0;
for (const s of sparse) for (const c of s.count) nonzeros += c;
let zeroGradients = 0;
for (const d of dz1) for (const v of d) if (v === 0) zeroGradients++;

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, node ${process.version}`);
console.log(`digit batches of ${m}: ${((100 * nonzeros) / (16 * 784 * m)).toFixed(1)}% of pixels nonzero; dZ1 ${((100 * zeroGradients) / (16 * 64 * m)).toFixed(1)}% zeros\n`);

const each = (f: (b: number) => void) => () => {
  for (let b = 0; b < 16; b++) f(b);
};
const per = (ms: number) => ms / 16; // per batch
const reps = 15;

console.log('layer 1 of the digits MLP, per batch of 32 (median):');
const fwdText = per(time(each((b) => textbookGemm(w1, xb[b].data, z, 64, 784, m, b1)), reps));
const fwdGemm = per(time(each((b) => gemm(w1, xb[b].data, z, 64, 784, m, b1)), reps));
const compress = per(time(each((b) => compressColumns(xb[b].data, sparse[b])), reps));
const fwdSparse = per(time(each((b) => gemmSparseRight(w1, sparse[b], z, 64, b1)), reps));
console.log(`  Z = W X + b   textbook ${us(fwdText)}   gemm (2×4 block) ${us(fwdGemm)} ${speedup(fwdText, fwdGemm)}   compressColumns ${us(compress)} + gemmSparseRight ${us(fwdSparse)} ${speedup(fwdText, fwdSparse + compress)}`);
const dwText = per(time(each((b) => textbookTransB(dz1[b], xb[b].data, dw, 64, m, 784)), reps));
const dwDense = per(time(each((b) => gemmTransB(dz1[b], xb[b].data, dw, 64, m, 784)), reps));
const scratch = { rows: new Int32Array(64), values: new Float64Array(64) };
const dwSparse = per(time(each((b) => gemmTransBSparseRight(dz1[b], sparse[b], dw, 64, scratch)), reps));
console.log(`  dW = dZ Xᵀ    textbook ${us(dwText)}   gemmTransB (2×2 block) ${us(dwDense)} ${speedup(dwText, dwDense)}   gemmTransBSparseRight ${us(dwSparse)} ${speedup(dwText, dwSparse)}`);
const batchOut = new Matrix(784, m);
const gatherCols = per(time(each((b) => gatherColumns(x, batches[b], batchOut)), reps));
const gatherRows = per(time(each((b) => gatherExamples(rows, batches[b], batchOut)), reps));
console.log(`  batch gather  gatherColumns ${us(gatherCols)}   gatherExamples ${us(gatherRows)} ${speedup(gatherCols, gatherRows)}\n`);

console.log('n×n matrix product (median):');
for (const n of [64, 256, 512]) {
  const a = Float64Array.from({ length: n * n }, () => random.uniform(-1, 1));
  const b = Float64Array.from({ length: n * n }, () => random.uniform(-1, 1));
  const c = new Float64Array(n * n);
  const r = n === 512 ? 3 : 9;
  const text = time(() => textbookGemm(a, b, c, n, n, n), r);
  const fast = time(() => gemm(a, b, c, n, n, n), r);
  console.log(`  n = ${String(n).padStart(3)}: textbook ${text.toFixed(2)} ms, gemm ${fast.toFixed(2)} ms (${((2 * n ** 3) / fast / 1e6).toFixed(2)} GFLOP/s), ${speedup(text, fast)}`);
}

console.log('\nwhole training, 3 epochs of 8,000 digits (median of 3):');
const initial = new Mlp({ sizes: [784, 64, 10], random: createRandom(2024) }).toJSON();
function trainingRate(skipZeros: boolean): { rate: number; accuracy: number } {
  const seconds: number[] = [];
  let accuracy = 0;
  for (let run = 0; run < 3; run++) {
    const model = Mlp.fromJSON(initial);
    for (const layer of model.dense) layer.skipZeros = skipZeros;
    const started = performance.now();
    train(model, { x, y }, { epochs: 3, batchSize: m, optimizer: new SGD(0.1), random: createRandom(run) });
    seconds.push((performance.now() - started) / 1000);
    accuracy = model.accuracy(xTest, testSet.labels);
  }
  return { rate: (3 * trainSet.count) / median(seconds), accuracy };
}
const dense = trainingRate(false);
const full = trainingRate(true);
console.log(`  dense kernels only (skipZeros = false): ${dense.rate.toFixed(0)} samples/s, accuracy ${dense.accuracy}`);
console.log(`  all kernels:                            ${full.rate.toFixed(0)} samples/s, accuracy ${full.accuracy} (${speedup(full.rate, dense.rate)} from skipping zeros)`);
