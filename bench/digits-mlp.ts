/**
 * Library throughput against peers (DESIGN §8, issue 3): the 784-64-10 digits MLP (ReLU hidden,
 * softmax + cross-entropy, batch 32, SGD with learning rate 0.1, 3 epochs) trained on the same
 * 8,000 digits by lib/, TensorFlow.js (CPU and WASM backends) and brain.js, starting from the same
 * initial weights (He-normal, drawn once by lib/ from a fixed seed and copied into every peer).
 * Also matrix products at n = 64, 256, 512 for lib/ and tfjs-wasm.
 *
 * Run from the repository root: `npm ci --prefix bench` once (the peers live in bench/'s own
 * package.json), then `node --import tsx bench/digits-mlp.ts`. Ends with the ratio lines
 * (samples per second, lib over peer), lib's test accuracy and the machine line.
 *
 * Fairness: the runs are interleaved (lib, tfjs-cpu, tfjs-wasm, brain.js, then again) so that a
 * slow moment of a shared machine hits every library, and each figure is the median of its runs.
 * Every library is timed over the whole 3-epoch training call, from data already in its own
 * format (lib: a Matrix with examples as columns; tfjs: tensors; brain.js: arrays of objects).
 * brain.js cannot batch or use softmax: it trains one example at a time with a squared error and
 * applies its activation (ReLU) to the output layer too. With a step of 0.1 per example (no
 * averaging over a batch) it diverges to 10% accuracy, so it gets 0.01, where it learns (about
 * 91%); its speed does not depend on the step size (measured: within noise at 0.1, 0.01, 0.003).
 *
 * The peers (CommonJS packages) are loaded with a require() rooted in bench/, so that `tsc` at
 * the root type-checks this file without bench/node_modules installed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type DigitSet, loadDigits } from '../lib/digits.ts';
import { Matrix, matmul, oneHot } from '../lib/matrix.ts';
import { Mlp } from '../lib/network.ts';
import { SGD } from '../lib/optim.ts';
import { createRandom } from '../lib/random.ts';
import { train } from '../lib/train.ts';

const SIZES = [784, 64, 10];
const EPOCHS = 3;
const BATCH = 32;
const LEARNING_RATE = 0.1;
const BRAIN_LEARNING_RATE = 0.01; // per example; see the top of the file
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3); // interleaved rounds of every peer
const LIB_RUNS_PER_ROUND = 2; // lib is fast: more runs of it cost little

const here = fileURLToPath(new URL('.', import.meta.url));
const peers = `${here}node_modules/`;
if (!existsSync(`${peers}@tensorflow/tfjs`) || !existsSync(`${peers}brain.js`)) {
  console.error('bench: the peer libraries are not installed; run `npm ci --prefix bench` first.');
  process.exit(1);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ---- The data, and the initial weights every peer starts from --------------------------------
const { train: trainSet, test: testSet } = loadDigits();
const samples = EPOCHS * trainSet.count;

/** Examples as columns (DESIGN §4): the (784×count) matrix lib/ trains on. */
function asColumns(set: DigitSet): Matrix {
  const x = new Matrix(784, set.count);
  for (let j = 0; j < set.count; j++) for (let k = 0; k < 784; k++) x.data[k * set.count + j] = set.images[j * 784 + k];
  return x;
}
const xTrain = asColumns(trainSet);
const yTrain = oneHot(trainSet.labels, 10);
const xTest = asColumns(testSet);
const initial = new Mlp({ sizes: SIZES, hidden: 'relu', output: 'softmax', init: 'he', random: createRandom(2024) }).toJSON();

interface Result {
  seconds: number;
  accuracy: number;
}
const results: Record<string, Result[]> = { lib: [], 'tfjs-cpu': [], 'tfjs-wasm': [], 'brain.js': [] };

function accuracyOf(predicted: ArrayLike<number>, labels: Uint8Array): number {
  let right = 0;
  for (let j = 0; j < labels.length; j++) if (predicted[j] === labels[j]) right++;
  return right / labels.length;
}

// ---- lib ---------------------------------------------------------------------------------------
function runLib(seed: number): Result {
  const net = Mlp.fromJSON(initial);
  const started = performance.now();
  train(net, { x: xTrain, y: yTrain }, { epochs: EPOCHS, batchSize: BATCH, optimizer: new SGD(LEARNING_RATE), random: createRandom(seed) });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, accuracy: net.accuracy(xTest, testSet.labels) };
}

// ---- TensorFlow.js -----------------------------------------------------------------------------
// Minimal shapes of the parts of tfjs used here (the package's own types need bench/node_modules).
interface Tensor {
  dataSync(): Float32Array | Int32Array;
  dispose(): void;
}
interface TfModel {
  compile(config: { optimizer: unknown; loss: string }): void;
  setWeights(weights: Tensor[]): void;
  fit(x: Tensor, y: Tensor, config: { epochs: number; batchSize: number; shuffle: boolean; verbose: number }): Promise<unknown>;
  predict(x: Tensor): Tensor;
  dispose(): void;
}
interface Tf {
  setBackend(name: string): Promise<boolean>;
  getBackend(): string;
  ready(): Promise<void>;
  tensor1d(values: Float32Array): Tensor;
  tensor2d(values: Float32Array, shape: [number, number]): Tensor;
  matMul(a: Tensor, b: Tensor): Tensor;
  argMax(x: Tensor, axis: number): Tensor;
  sequential(config: { layers: unknown[] }): TfModel;
  layers: { dense(config: Record<string, unknown>): unknown };
  train: { sgd(learningRate: number): unknown };
  tidy<T>(f: () => T): T;
  version: Record<string, string>;
}
const load = createRequire(`${here}package.json`);
const tf = load('@tensorflow/tfjs') as Tf;
const wasm = load('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
// Point the WASM backend at its binaries inside bench/node_modules (a directory path: in Node
// the binary is read from disk). Node has no WASM threads, so tfjs picks its single-threaded SIMD
// binary, like lib/'s single thread.
wasm.setWasmPaths(`${peers}@tensorflow/tfjs-backend-wasm/dist/`);

/** Row-major float32 copies: tfjs puts examples in rows, so X is (count×784) and W1 is (784×64). */
function transposed(json: number[][]): Float32Array {
  const rows = json.length;
  const cols = json[0].length;
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = json[i][j];
  return out;
}
const oneHotRows = (labels: Uint8Array) => {
  const y = new Float32Array(labels.length * 10);
  labels.forEach((label, i) => (y[i * 10 + label] = 1));
  return y;
};

async function runTfjs(backend: 'cpu' | 'wasm'): Promise<Result> {
  await tf.setBackend(backend);
  await tf.ready();
  const x = tf.tensor2d(Float32Array.from(trainSet.images), [trainSet.count, 784]);
  const y = tf.tensor2d(oneHotRows(trainSet.labels), [trainSet.count, 10]);
  const xt = tf.tensor2d(Float32Array.from(testSet.images), [testSet.count, 784]);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [784], units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(LEARNING_RATE), loss: 'categoricalCrossentropy' });
  const weights = [
    tf.tensor2d(transposed(initial.weights[0]), [784, 64]),
    tf.tensor1d(Float32Array.from(initial.biases[0])),
    tf.tensor2d(transposed(initial.weights[1]), [64, 10]),
    tf.tensor1d(Float32Array.from(initial.biases[1])),
  ];
  model.setWeights(weights);
  const started = performance.now();
  await model.fit(x, y, { epochs: EPOCHS, batchSize: BATCH, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - started) / 1000;
  const predicted = tf.tidy(() => tf.argMax(model.predict(xt), 1).dataSync());
  for (const t of [x, y, xt, ...weights]) t.dispose();
  model.dispose();
  return { seconds, accuracy: accuracyOf(predicted, testSet.labels) };
}

// ---- brain.js ----------------------------------------------------------------------------------
interface BrainNet {
  sizes: number[];
  weights: Float32Array[][];
  biases: Float32Array[];
  initialize(): void;
  train(data: { input: number[]; output: number[] }[], options: Record<string, unknown>): { error: number };
  run(input: number[]): Float32Array;
}
const brain = load('brain.js') as { NeuralNetwork: new (options: Record<string, unknown>) => BrainNet };
const brainVersion = (load('brain.js/package.json') as { version: string }).version;
const asArrays = (set: DigitSet) => Array.from({ length: set.count }, (_, i) => Array.from(set.images.subarray(i * 784, (i + 1) * 784)));
const brainTrain = (() => {
  const inputs = asArrays(trainSet);
  return inputs.map((input, i) => ({ input, output: Array.from({ length: 10 }, (_, d) => (d === trainSet.labels[i] ? 1 : 0)) }));
})();
const brainTest = asArrays(testSet);

function runBrain(seed: number): Result {
  const net = new brain.NeuralNetwork({ hiddenLayers: [64], activation: 'relu' });
  net.sizes = SIZES;
  net.initialize();
  for (let l = 1; l < SIZES.length; l++) {
    initial.weights[l - 1].forEach((row, node) => net.weights[l][node].set(row));
    net.biases[l].set(initial.biases[l - 1]);
  }
  // brain.js trains in the order given and does not shuffle: give it a seeded shuffle.
  const data = createRandom(seed).shuffle(brainTrain);
  const started = performance.now();
  // Plain SGD, one example per step (brain.js has no mini-batches). Its option checks refuse a
  // momentum or error threshold of 0, so both get the smallest positive number: 5e-324 times any
  // change is 0, and no error is ever that small, so all the epochs run.
  net.train(data, { iterations: EPOCHS, learningRate: BRAIN_LEARNING_RATE, momentum: Number.MIN_VALUE, errorThresh: Number.MIN_VALUE, log: false, timeout: Infinity });
  const seconds = (performance.now() - started) / 1000;
  const predicted = brainTest.map((input) => {
    const out = net.run(input);
    let best = 0;
    for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
    return best;
  });
  return { seconds, accuracy: accuracyOf(predicted, testSet.labels) };
}

// ---- Matrix products ---------------------------------------------------------------------------
async function matmulBench(): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const random = createRandom(7);
  console.log('\nmatmul, n×n by n×n (median ms; lib float64, tfjs-wasm float32):');
  for (const n of [64, 256, 512]) {
    const a = new Matrix(n, n, Float64Array.from({ length: n * n }, () => random.uniform(-1, 1)));
    const b = new Matrix(n, n, Float64Array.from({ length: n * n }, () => random.uniform(-1, 1)));
    const out = new Matrix(n, n);
    const reps = n === 512 ? 7 : n === 256 ? 15 : 101;
    const libTimes: number[] = [];
    for (let r = 0; r < reps + 2; r++) {
      const t = performance.now();
      matmul(a, b, out);
      if (r >= 2) libTimes.push(performance.now() - t);
    }
    const ta = tf.tensor2d(Float32Array.from(a.data), [n, n]);
    const tb = tf.tensor2d(Float32Array.from(b.data), [n, n]);
    const tfTimes: number[] = [];
    for (let r = 0; r < reps + 2; r++) {
      const t = performance.now();
      const c = tf.matMul(ta, tb);
      c.dataSync(); // wait for the result
      if (r >= 2) tfTimes.push(performance.now() - t);
      c.dispose();
    }
    ta.dispose();
    tb.dispose();
    const l = median(libTimes);
    const w = median(tfTimes);
    const gflops = (ms: number) => fmt((2 * n ** 3) / ms / 1e6, 2);
    console.log(`  n = ${String(n).padStart(3)}: lib ${fmt(l, 3)} ms (${gflops(l)} GFLOP/s), tfjs-wasm ${fmt(w, 3)} ms (${gflops(w)} GFLOP/s), ratio lib/tfjs-wasm ${fmt(w / l, 2)}`);
  }
}

// ---- Run ----------------------------------------------------------------------------------------
console.log(`digits MLP ${SIZES.join('-')}: ReLU, softmax + cross-entropy, batch ${BATCH}, SGD lr ${LEARNING_RATE}, ${EPOCHS} epochs, ${fmt(trainSet.count)} training and ${fmt(testSet.count)} test digits`);
console.log(`peers: @tensorflow/tfjs ${tf.version['tfjs-core']} (cpu, and wasm with its single-threaded SIMD binary), brain.js ${brainVersion} (lr ${BRAIN_LEARNING_RATE} per example); ${ROUNDS} interleaved rounds`);
runLib(99); // warm-up: the engine compiles lib's kernels once
for (let round = 0; round < ROUNDS; round++) {
  for (let r = 0; r < LIB_RUNS_PER_ROUND; r++) results.lib.push(runLib(round * 10 + r));
  results['tfjs-cpu'].push(await runTfjs('cpu'));
  results['tfjs-wasm'].push(await runTfjs('wasm'));
  results['brain.js'].push(runBrain(round));
  const last = (name: string) => results[name][results[name].length - 1];
  console.log(`  round ${round + 1}: ` + Object.keys(results).map((name) => `${name} ${fmt(samples / last(name).seconds)}/s`).join(', '));
}

console.log('\ntraining, 3 epochs (median over runs):');
const rate: Record<string, number> = {};
for (const [name, runs] of Object.entries(results)) {
  const seconds = median(runs.map((r) => r.seconds));
  rate[name] = samples / seconds;
  const accuracies = runs.map((r) => fmt(r.accuracy, 4));
  console.log(`  ${name.padEnd(10)} ${fmt(seconds, 2).padStart(6)} s  ${fmt(rate[name]).padStart(7)} samples/s  test accuracy ${accuracies.join(', ')} (${runs.length} runs)`);
}

await matmulBench();

const cpu = cpus();
console.log('');
console.log(`ratio lib/tfjs-wasm: ${fmt(rate.lib / rate['tfjs-wasm'], 2)}`);
console.log(`ratio lib/tfjs-cpu: ${fmt(rate.lib / rate['tfjs-cpu'], 2)}`);
console.log(`ratio lib/brain.js: ${fmt(rate.lib / rate['brain.js'], 2)}`);
console.log(`accuracy lib: ${fmt(median(results.lib.map((r) => r.accuracy)), 4)}`);
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, node ${process.version}`);
