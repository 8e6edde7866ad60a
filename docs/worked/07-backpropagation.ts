/**
 * Every number printed in docs/07-backpropagation.md, computed by the reference library at build
 * time: the 2-2-2 walk-through by lib/backprop-trace.ts (the same steps the backprop stepper
 * shows), the softmax Jacobian by lib/activations.ts, the gradient checks by lib/gradcheck.ts.
 * The page refers to them as @{key}; the figures import the inputs.
 */
import { relu, reluPrime, sigmoid, softmax, softmaxJacobian, tanh } from '../../lib/activations.ts';
import { type TracedLayerParameters, halfSquaredError, squaredErrorNetworkOutput, traceSquaredErrorBackprop } from '../../lib/backprop-trace.ts';
import { centralDifference, forwardDifference, gradientCheck, normRelativeError, numericalGradient, relativeError } from '../../lib/gradcheck.ts';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { EXAMPLE, PUBLISHED, exampleParameters, traceExample } from '../.vitepress/theme/backprop-stepper/example.ts';
import { buildSteps, type Phase } from '../.vitepress/theme/backprop-stepper/steps.ts';

const n = formatWorkedNumber;
/** A number in a table cell (outside TeX): with a true minus sign, as TeX would print it. */
const cell = (v: number) => formatWorkedNumber(v).replace('-', '−');
/** An order of magnitude as TeX: 3.2 \times 10^{-11}. */
function sci(v: number): string {
  if (v === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  const mantissa = v / 10 ** exponent;
  return `${mantissa.toFixed(1)} \\times 10^{${exponent}}`;
}
const texColumn = (v: readonly number[]) => `\\begin{pmatrix} ${v.map(n).join(' \\\\ ')} \\end{pmatrix}`;
const texMatrix = (rows: readonly (readonly number[])[]) => `\\begin{pmatrix} ${rows.map((r) => r.map(n).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/07-backpropagation.ts: the page says "${sentence}", which lib no longer gives`);
}

// ---- The 2-2-2 walk-through: every quantity, as the stepper shows it. ----
export const trace = traceExample();
export const steps = buildSteps(trace);
const [hidden, output] = trace.layers;
const stepValue = (id: string) => {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`docs/worked/07-backpropagation.ts: no step "${id}"`);
  return step.value;
};
const rows = (phase: Phase) =>
  steps
    .filter((s) => s.phase === phase)
    .map((s) => `| $${s.tex}$ | $${s.texFormula}$ | ${s.substituted || `a new forward pass, down from ${cell(trace.error)}`} | ${cell(s.value)} |`)
    .join('\n');

const agree = (ours: number, published: number) => Math.abs(ours - published) < 5e-9;
claim(agree(output.a.data[0], PUBLISHED.outputs[0]) && agree(output.a.data[1], PUBLISHED.outputs[1]), 'our outputs agree with the published ones');
claim(agree(trace.error, PUBLISHED.totalError), 'our total error agrees with the published 0.298371109');
claim(agree(output.updatedW.data[0], PUBLISHED.updatedW5), 'our new w5 agrees with the published 0.35891648');
claim(agree(hidden.updatedW.data[0], PUBLISHED.updatedW1), 'our new w1 agrees with the published 0.149780716');
claim(trace.errorAfter < trace.error, 'one step lowers the error');
// The walk-through never updates its biases: with them held fixed, its error after the step.
const errorAfterFixedBias = halfSquaredError(
  squaredErrorNetworkOutput(
    exampleParameters().map((p, l) => ({ ...p, W: trace.layers[l].updatedW })),
    Matrix.column(EXAMPLE.x),
  ),
  Matrix.column(EXAMPLE.t),
);
claim(Math.abs(errorAfterFixedBias - PUBLISHED.errorAfterStep) < 5e-7, 'with the biases held fixed, the error after the step agrees with the published one to six decimals');
claim(trace.errorAfter < errorAfterFixedBias, 'updating the biases too lowers the error further');
claim(EXAMPLE.b1.every((b) => b === EXAMPLE.b1[0]) && EXAMPLE.b2.every((b) => b === EXAMPLE.b2[0]), 'each layer starts with one bias value on all its units');
/** The printed digits of a published number, and ours to as many decimals. */
const decimals = (v: number) => String(v).split('.')[1]?.length ?? 0;

// ---- tanh with the squared error: the notes' setting, on the same weights. ----
const tanhParameters: TracedLayerParameters[] = exampleParameters().map((p) => ({ ...p, activation: 'tanh' }));
const x = Matrix.column(EXAMPLE.x);
const t = Matrix.column(EXAMPLE.t);
const tanhTrace = traceSquaredErrorBackprop(tanhParameters, x, t, EXAMPLE.learningRate);
const [tanhHidden, tanhOutput] = tanhTrace.layers;
const tanhOutDelta = [0, 1].map((j) => (tanhOutput.a.data[j] - EXAMPLE.t[j]) * (1 - tanhOutput.a.data[j] ** 2));
// δ_1^(1) = (1 − (x_1^(1))²) Σ_j w_1j^(2) δ_j^(2), with w_1j^(2) the weight from hidden unit 1 to output j.
const tanhSum = EXAMPLE.W2[0][0] * tanhOutDelta[0] + EXAMPLE.W2[1][0] * tanhOutDelta[1];
const tanhHiddenDelta = (1 - tanhHidden.a.data[0] ** 2) * tanhSum;
/** The error as a function of s_1^(1) alone: nudging it tests the formula with no backprop involved. */
function errorOfS(s: number): number {
  const a1 = [tanh(s), tanhHidden.a.data[1]];
  const out = EXAMPLE.W2.map((row, j) => tanh(row[0] * a1[0] + row[1] * a1[1] + EXAMPLE.b2[j]));
  return 0.5 * out.reduce((acc, o, j) => acc + (EXAMPLE.t[j] - o) ** 2, 0);
}
const tanhNudged = centralDifference(errorOfS, tanhHidden.z.data[0]);
claim(relativeError(tanhHiddenDelta, tanhHidden.dZ.data[0]) < 1e-12, "the δ formula gives lib's δ");
claim(relativeError(tanhHiddenDelta, tanhNudged) < 1e-8, 'nudging s agrees with the δ formula');

// ---- Why not nudge every weight? The digits network of chapter 10. ----
const digitSizes = [784, 64, 10];
const digitParameters = digitSizes.slice(1).reduce((s, size, l) => s + size * digitSizes[l] + size, 0);

// ---- The vectorised gradients: a batch gradient is the mean of the examples' gradients. ----
const batchRandom = createRandom(7);
const uniform = (rows: number, cols: number) => new Matrix(rows, cols, Float64Array.from({ length: rows * cols }, () => batchRandom.uniform(-1, 1)));
export const batchShapes = { sizes: [3, 4, 2], m: 5 } as const;
{
  const [n0, n1, n2] = batchShapes.sizes;
  const { m } = batchShapes;
  const parameters: TracedLayerParameters[] = [
    { W: uniform(n1, n0), b: uniform(n1, 1), activation: 'tanh' },
    { W: uniform(n2, n1), b: uniform(n2, 1), activation: 'sigmoid' },
  ];
  const X = uniform(n0, m);
  const Y = uniform(n2, m);
  const batch = traceSquaredErrorBackprop(parameters, X, Y, 0.1);
  const column = (M: Matrix, j: number) => Matrix.column(M.column(j));
  const single = Array.from({ length: m }, (_, j) => traceSquaredErrorBackprop(parameters, column(X, j), column(Y, j), 0.1));
  const worst = batch.layers.reduce(
    (w, layer, l) => Math.max(w, ...Array.from(layer.dW.data, (v, i) => Math.abs(v - single.reduce((s, tr) => s + tr.layers[l].dW.data[i], 0) / m))),
    0,
  );
  claim(worst < 1e-15, 'the batch dW is the mean of the examples’ dW');
}

// ---- Softmax with cross-entropy: the full Jacobian against the diagonal alone. ----
export const softmaxExample = { z: [2, 1, 0.1], y: [1, 0, 0] } as const;
const s = softmax([...softmaxExample.z]);
const jacobian = softmaxJacobian([...softmaxExample.z]);
const dLds = softmaxExample.y.map((yi, i) => -yi / s[i]);
const fullGradient = jacobian.map((_, j) => jacobian.reduce((acc, row, i) => acc + row[j] * dLds[i], 0));
const diagonalGradient = dLds.map((g, i) => jacobian[i][i] * g);
const crossEntropyOfZ = (z: number[]) => -softmaxExample.y.reduce((acc: number, yi, i) => acc + (yi === 0 ? 0 : yi * Math.log(softmax(z)[i])), 0);
const numericalSoftmax = numericalGradient(crossEntropyOfZ, [...softmaxExample.z]);
const simpleGradient = s.map((si, i) => si - softmaxExample.y[i]);
claim(fullGradient.every((g, i) => Math.abs(g - simpleGradient[i]) < 1e-15), 'the full Jacobian times −y/ŷ is ŷ − y');
claim(simpleGradient.every((g, i) => relativeError(g, numericalSoftmax[i]) < 1e-8), 'ŷ − y passes the gradient check');
const diagonalErrors = diagonalGradient.map((g, i) => relativeError(g, numericalSoftmax[i]));
claim(diagonalErrors[0] < 1e-8 && diagonalErrors[1] === 1 && diagonalErrors[2] === 1, 'the diagonal version is right for the true class and wrong (0) for the others');
const loss = -Math.log(s[0]);

// The per-output binary cross-entropy (chapter 8's variant) on the same softmax outputs: its
// derivative cancels the diagonal into ŷ − y, which looks right and is the gradient of neither pairing.
const y = softmaxExample.y;
const bceOfZ = (z: number[]) => -softmax(z).reduce((acc, p, k) => acc + y[k] * Math.log(p) + (1 - y[k]) * Math.log(1 - p), 0);
const dBceds = s.map((p, k) => (p - y[k]) / (p * (1 - p)));
const bceDiagonal = dBceds.map((g, k) => jacobian[k][k] * g);
const bceFull = jacobian.map((_, j) => jacobian.reduce((acc, row, i) => acc + row[j] * dBceds[i], 0));
const bceFlipped = dBceds.map((g, k) => jacobian[k][k] * -g);
claim(bceDiagonal.every((g, k) => Math.abs(g - simpleGradient[k]) < 1e-15), 'the diagonal times the per-output BCE derivative is ŷ − y');
claim(relativeError(bceFull[1], numericalGradient(bceOfZ, [...softmaxExample.z])[1]) < 1e-8, 'the full Jacobian gives the per-output BCE its true gradient');
claim(bceFull.some((g, k) => Math.abs(g - bceDiagonal[k]) > 0.01), 'the true gradient of the per-output BCE is not ŷ − y');
claim(bceFlipped.every((g, k) => Math.abs(g + simpleGradient[k]) < 1e-15), 'a flipped sign gives y − ŷ');

// ---- Gradient checking on the 2-2-2 network. ----
const parameters = exampleParameters();
const errorOf = () => halfSquaredError(squaredErrorNetworkOutput(parameters, x), t);
const analytic = [hidden.dW, hidden.db, output.dW, output.db];
const targets = [parameters[0].W, parameters[0].b, parameters[1].W, parameters[1].b];
const centredChecks = targets.map((p, k) => gradientCheck(errorOf, p, analytic[k]));
const centredWorst = Math.max(...centredChecks.map((c) => c.maxRelativeError));
/** The forward difference (E(θ + h) − E(θ)) / h of every parameter, in the order of analyticEntries. */
const forwardEstimates = targets.flatMap((p) =>
  Array.from(p.data, (saved, i) =>
    forwardDifference((v) => {
      p.data[i] = v;
      const e = errorOf();
      p.data[i] = saved;
      return e;
    }, saved),
  ),
);
const analyticEntries = analytic.flatMap((g) => Array.from(g.data));
const forwardWorst = Math.max(...analyticEntries.map((g, i) => relativeError(g, forwardEstimates[i])));
// The exercise's measure, over all twelve entries at once.
const centredNorm = normRelativeError(analyticEntries, centredChecks.flatMap((c) => Array.from(c.numericalGradient)));
const forwardNorm = normRelativeError(analyticEntries, forwardEstimates);
claim(centredNorm < 1e-7 && forwardNorm > 1e-7, 'on the norm measure the centred differences pass at 1e-7 and the forward ones do not');
claim(centredWorst < 1e-7 && forwardWorst > 100 * centredWorst, 'centred differences pass at 1e-7 and are far more accurate than forward ones');

// A bug: the hidden layer's σ′ taken at a = σ(z) instead of at z, i.e. σ(a)(1 − σ(a)).
const wrongSlope = hidden.a.data.map((a) => sigmoid(a) * (1 - sigmoid(a)));
const wrongDeltaHidden = Array.from(hidden.dA.data, (d, i) => d * wrongSlope[i]);
const wrongDW1 = new Matrix(2, 2, Float64Array.from({ length: 4 }, (_, k) => wrongDeltaHidden[Math.floor(k / 2)] * EXAMPLE.x[k % 2]));
const wrongCheck = gradientCheck(errorOf, parameters[0].W, wrongDW1);
claim(!wrongCheck.ok && wrongCheck.maxRelativeError > 0.01, 'the g′(A) bug fails the check');

// A bug a batch of one cannot show: the 1/m forgotten. Take m = 4 random examples.
const m4 = 4;
const batchX = uniform(2, m4);
const batchT = uniform(2, m4);
const batchTrace = traceSquaredErrorBackprop(parameters, batchX, batchT, EXAMPLE.learningRate);
const noMean = new Matrix(2, 2, batchTrace.layers[1].dW.data.map((v) => v * m4));
const noMeanCheck = gradientCheck(() => halfSquaredError(squaredErrorNetworkOutput(parameters, batchX), batchT), parameters[1].W, noMean);
claim(Math.abs(noMeanCheck.maxRelativeError - (1 - 1 / m4)) < 1e-6, 'a missing 1/m gives relative error 1 − 1/m');
const noMeanNorm = normRelativeError(noMean.data, noMeanCheck.numericalGradient);
claim(Math.abs(noMeanNorm - (m4 - 1) / (m4 + 1)) < 1e-6, 'a missing 1/m gives (m − 1)/(m + 1) on the whole-gradient measure');
const wrongNorm = normRelativeError(wrongDW1.data, wrongCheck.numericalGradient);

// The step h: too large and the difference is inexact, too small and rounding takes over.
const hs = [1e-1, 1e-3, 1e-5, 1e-7, 1e-9, 1e-11];
const w5 = parameters[1].W;
const w5Error = (h: number) => {
  const saved = w5.data[0];
  const estimate = centralDifference((v) => {
    w5.data[0] = v;
    const e = errorOf();
    w5.data[0] = saved;
    return e;
  }, saved, h);
  return relativeError(output.dW.data[0], estimate);
};
const hRows = hs.map((h) => `| $10^{${Math.round(Math.log10(h))}}$ | $${sci(w5Error(h))}$ |`).join('\n');
claim(w5Error(1e-5) < w5Error(1e-1) && w5Error(1e-5) < w5Error(1e-11), 'h = 1e-5 beats both a large and a tiny h');

// A kink: ReLU at z = 10⁻⁶ with h = 10⁻⁵ straddles the corner.
const kinkZ = 1e-6;
const kinkNumerical = centralDifference(relu, kinkZ);
const kinkError = relativeError(reluPrime(kinkZ), kinkNumerical);
claim(kinkError > 0.1, 'a difference across the kink is badly off');

const worked: Record<string, number | string> = {
  // The 2-2-2 example's inputs.
  x1: EXAMPLE.x[0],
  x2: EXAMPLE.x[1],
  t1: EXAMPLE.t[0],
  t2: EXAMPLE.t[1],
  w1: EXAMPLE.W1[0][0],
  w2: EXAMPLE.W1[0][1],
  w3: EXAMPLE.W1[1][0],
  w4: EXAMPLE.W1[1][1],
  w5: EXAMPLE.W2[0][0],
  w6: EXAMPLE.W2[0][1],
  w7: EXAMPLE.W2[1][0],
  w8: EXAMPLE.W2[1][1],
  b1: EXAMPLE.b1[0],
  b2: EXAMPLE.b2[0],
  eta: EXAMPLE.learningRate,
  W1: texMatrix(EXAMPLE.W1),
  W2: texMatrix(EXAMPLE.W2),
  X: texColumn(EXAMPLE.x),
  T: texColumn(EXAMPLE.t),

  // Its quantities, as the stepper shows them.
  forwardRows: rows('forward'),
  backwardRows: rows('backward'),
  updateRows: rows('update'),
  stepCount: steps.length,
  zH1: stepValue('z-h1'),
  aH1: stepValue('a-h1'),
  aH2: stepValue('a-h2'),
  zO1: stepValue('z-o1'),
  aO1: stepValue('a-o1'),
  aO2: stepValue('a-o2'),
  error: trace.error,
  dAO1: stepValue('dA-o1'),
  slopeO1: stepValue('slope-o1'),
  deltaO1: stepValue('delta-o1'),
  deltaO2: stepValue('delta-o2'),
  dw5: stepValue('dw5'),
  dAH1: stepValue('dA-h1'),
  slopeH1: stepValue('slope-h1'),
  deltaH1: stepValue('delta-h1'),
  dw1: stepValue('dw1'),
  w5OverW1: Math.round(stepValue('dw5') / stepValue('dw1')),
  newW5: stepValue('new-w5'),
  newW1: stepValue('new-w1'),
  errorAfter: trace.errorAfter,
  A1: texColumn(Array.from(hidden.a.data)),
  A2: texColumn(Array.from(output.a.data)),
  dZ2: texColumn(Array.from(output.dZ.data)),
  dZ1: texColumn(Array.from(hidden.dZ.data)),
  dW2: texMatrix(output.dW.toArray()),
  dW1: texMatrix(hidden.dW.toArray()),

  // The published walk-through, and ours to as many decimals.
  publishedError: String(PUBLISHED.totalError),
  publishedErrorAfter: String(PUBLISHED.errorAfterStep),
  errorAfterFixedBias: errorAfterFixedBias.toFixed(6),
  errorAfterSixDecimals: trace.errorAfter.toFixed(6),
  oursError: trace.error.toFixed(decimals(PUBLISHED.totalError)),
  publishedW5: String(PUBLISHED.updatedW5),
  oursW5: output.updatedW.data[0].toFixed(decimals(PUBLISHED.updatedW5)),
  publishedW1: String(PUBLISHED.updatedW1),
  oursW1: hidden.updatedW.data[0].toFixed(decimals(PUBLISHED.updatedW1)),
  publishedO1: String(PUBLISHED.outputs[0]),
  oursO1: output.a.data[0].toFixed(decimals(PUBLISHED.outputs[0])),

  // tanh and the squared error.
  tanhA1: texColumn(Array.from(tanhHidden.a.data)),
  tanhA2: texColumn(Array.from(tanhOutput.a.data)),
  tanhDeltaOut1: tanhOutDelta[0],
  tanhDeltaOut2: tanhOutDelta[1],
  tanhX1: tanhHidden.a.data[0],
  tanhSlope1: 1 - tanhHidden.a.data[0] ** 2,
  tanhSum,
  tanhDeltaHidden: tanhHiddenDelta,
  tanhNudged,
  tanhS1: tanhHidden.z.data[0],
  tanhNudgeError: sci(relativeError(tanhHiddenDelta, tanhNudged)),

  // Counting the cost of nudging.
  digitParameters,
  digitPasses: 2 * digitParameters,

  // Softmax and cross-entropy.
  softmaxZ: `(${softmaxExample.z.map(n).join(', ')})`,
  softmaxY: `(${softmaxExample.y.join(', ')})`,
  softmaxS: `(${s.map(n).join(', ')})`,
  softmaxLoss: loss,
  jacobian: texMatrix(jacobian),
  jacobianDiagonal: texMatrix(jacobian.map((row, i) => row.map((v, j) => (i === j ? v : 0)))),
  dLds: texColumn(dLds),
  fullGradient: texColumn(fullGradient),
  diagonalGradient: texColumn(diagonalGradient),
  bceFullGradient: texColumn(bceFull),
  bceFlippedGradient: texColumn(bceFlipped),
  numericalSoftmax: texColumn(Array.from(numericalSoftmax)),
  s1: s[0],
  s2: s[1],
  s3: s[2],
  j11: jacobian[0][0],
  j21: jacobian[1][0],
  diagonalRelativeError: diagonalErrors[1],

  // Gradient checking.
  centredWorst: sci(centredWorst),
  forwardWorst: sci(forwardWorst),
  centredNorm: sci(centredNorm),
  forwardNorm: sci(forwardNorm),
  wrongWorst: wrongCheck.maxRelativeError,
  wrongNorm,
  noMeanNorm,
  wrongWeight: wrongCheck.worst + 1,
  wrongAnalytic: wrongCheck.analytic,
  wrongNumerical: wrongCheck.numerical,
  noMeanWorst: noMeanCheck.maxRelativeError,
  batchM: m4,
  hRows,
  kinkExponent: Math.round(Math.log10(kinkZ)),
  kinkNumerical,
  kinkError,
};

export default worked;
