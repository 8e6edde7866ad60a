/**
 * Every number printed in the worked examples of docs/01-perceptron.md, computed by the
 * reference library at build time. The page refers to them as @{key}.
 */
import { dot } from '../../lib/vector.ts';
import { perceptronPredict, perceptronUpdate, step, trainPerceptron, weightedSum } from '../../lib/perceptron.ts';
import { AND, OR, XOR, xorNetworkUnits, type Dataset } from '../../lib/logic-gates.ts';
import { tracePerceptronTraining, type TraceStep } from '../../lib/perceptron-trace.ts';
import { mistakeBound } from '../../lib/perceptron-convergence.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';

/** "0.2\,x_1 + 0.1\,x_2 - 0.2": the left side of a decision boundary w · x + b = 0, as TeX. */
function boundaryTex(w: readonly number[], b: number): string {
  const terms = w.map((wi, i) => ({ coefficient: wi, symbol: `\\,x_{${i + 1}}` }));
  terms.push({ coefficient: b, symbol: '' });
  let tex = '';
  for (const { coefficient, symbol } of terms) {
    if (coefficient === 0) continue;
    const magnitude = formatWorkedNumber(Math.abs(coefficient)) + symbol;
    if (tex === '') tex = coefficient < 0 ? `-${magnitude}` : magnitude;
    else tex += coefficient < 0 ? ` - ${magnitude}` : ` + ${magnitude}`;
  }
  return tex === '' ? '0' : tex;
}

/** A number in a table cell (outside TeX): with a true minus sign, as TeX would print it. */
const cellNumber = (v: number) => formatWorkedNumber(v).replace('-', '−');

/** "(0.1, −0.2)": a vector as printed in a table cell. */
const vectorText = (v: readonly number[]) => `(${v.map(cellNumber).join(', ')})`;

/** The error column of a trace: bold when the rule changed something. */
const errorText = (error: number) => (error === 0 ? '0' : `**${error > 0 ? '+' : ''}${cellNumber(error)}**`);

/** Markdown table rows, one per example shown: what the learner's loop should do, step by step. */
function traceRows(steps: readonly TraceStep[]): string {
  return steps
    .map((s) => `| ${s.epoch} | ${vectorText(s.x)} | ${s.y} | ${cellNumber(s.z)} | ${s.yhat} | ${errorText(s.error)} | ${vectorText(s.w)} | ${cellNumber(s.b)} |`)
    .join('\n');
}

/** Markdown table rows, one per epoch: the mistakes it made and the parameters it ended with. */
function epochRows(steps: readonly TraceStep[]): string {
  const epochs = [...new Set(steps.map((s) => s.epoch))];
  return epochs
    .map((epoch) => {
      const ofEpoch = steps.filter((s) => s.epoch === epoch);
      const last = ofEpoch[ofEpoch.length - 1];
      const mistakes = ofEpoch.filter((s) => s.error !== 0).length;
      return `| ${epoch} | ${mistakes} | ${vectorText(last.w)} | ${cellNumber(last.b)} |`;
    })
    .join('\n');
}

const eta = 0.1;
const maxEpochs = 100;

// ---- The worked update: one example, one application of the perceptron rule. ----
const w = [0.2, -0.4, 0.1];
const b = -0.5;
const x = [1, 0, 1];
const y = 1;
const zBefore = weightedSum(w, b, x);
const yhatBefore = perceptronPredict(w, b, x);
const updated = perceptronUpdate(w, b, x, y, eta);
const zAfter = weightedSum(updated.w, updated.b, x);

// ---- A second worked update: a false "yes", with a negative input. ----
const falseYes = { w: [0.5, 0.2, -0.3], b: 0.1, x: [1, -2, 0.5], y: 0 };
const falseYesZ = weightedSum(falseYes.w, falseYes.b, falseYes.x);
const falseYesYhat = perceptronPredict(falseYes.w, falseYes.b, falseYes.x);
const falseYesUpdated = perceptronUpdate(falseYes.w, falseYes.b, falseYes.x, falseYes.y, eta);
const falseYesNewZ = weightedSum(falseYesUpdated.w, falseYesUpdated.b, falseYes.x);

// ---- A hand-set AND neuron: w = (1, 1), b = -1.5. ----
const handW = [1, 1];
const handB = -1.5;
const gateInputs = AND().xs; // (0,0), (0,1), (1,0), (1,1), the same order in every gate

// ---- Training from zeros with eta = 0.1 on the three gates. ----
const train = (data: Dataset, options: { eta?: number; maxEpochs?: number } = {}) =>
  trainPerceptron(data.xs, data.ys, { eta, maxEpochs, ...options });
const and = train(AND());
const or = train(OR());
const xor = train(XOR());
const andEta1 = train(AND(), { eta: 1 });
const andTrace = tracePerceptronTraining(AND().xs, AND().ys, { eta, maxEpochs });
const totalMistakes = (run: { mistakesPerEpoch: number[] }) => run.mistakesPerEpoch.reduce((sum, m) => sum + m, 0);

// ---- The convergence theorem: the best separators of AND and OR in the extended space. ----
// (2, 2, -3) and (2, 2, -1) maximise the margin for these four points (by the symmetry x1 <-> x2
// the best u has equal weights, and then two constraints are tight), so the bounds are the tightest.
const andSeparator = { w: [2, 2], b: -3 };
const orSeparator = { w: [2, 2], b: -1 };
const andBound = mistakeBound(andSeparator.w, andSeparator.b, AND().xs, AND().ys);
const orBound = mistakeBound(orSeparator.w, orSeparator.b, OR().xs, OR().ys);

// ---- Perceptrons compute NAND (Nielsen's example), but learn by jumps. ----
const nandNeuron = { w: [-2, -2], b: 3 };
const tinyNudge = 0.001;

// The first epoch k after which XOR's weights come back to the same place at the end of every
// epoch: the perceptron is going round in a cycle.
function cycleStart(data: Dataset): number {
  for (let k = 1; k < maxEpochs; k++) {
    const now = train(data, { maxEpochs: k });
    const next = train(data, { maxEpochs: k + 1 });
    if (now.b === next.b && now.w.every((wi, i) => wi === next.w[i])) return k;
  }
  return Number.NaN;
}

// ---- XOR by hand with a hidden layer of two perceptrons: OR and NAND, then AND. ----
const { or: orUnit, nand: nandUnit, and: andUnit } = xorNetworkUnits;
const hidden = (input: number[]) => [
  perceptronPredict(orUnit.w, orUnit.b, input),
  perceptronPredict(nandUnit.w, nandUnit.b, input),
];
const xorNet = (input: number[]) => perceptronPredict(andUnit.w, andUnit.b, hidden(input));

const names = ['00', '01', '10', '11'];
const perInput = (f: (input: number[]) => number, prefix: string) =>
  Object.fromEntries(gateInputs.map((input, i) => [`${prefix}${names[i]}`, f(input)]));

/** What the page prints of a gate trained from zeros, each under the gate's prefix (andW1, orEpochs, ...). */
const trainedGate = (prefix: string, run: typeof and) =>
  Object.fromEntries(
    Object.entries({
      W1: run.w[0],
      W2: run.w[1],
      B: run.b,
      Boundary: boundaryTex(run.w, run.b),
      Epochs: run.epochs,
      Converged: String(run.converged),
      Mistakes: run.mistakesPerEpoch.join(', '),
      TotalMistakes: totalMistakes(run),
    }).map(([key, value]) => [`${prefix}${key}`, value]),
  );

const worked: Record<string, number | string> = {
  eta,
  maxEpochs,

  // The worked update (inputs, then everything computed from them).
  workedW1: w[0],
  workedW2: w[1],
  workedW3: w[2],
  workedB: b,
  workedX1: x[0],
  workedX2: x[1],
  workedX3: x[2],
  workedY: y,
  workedZ: zBefore,
  workedYhat: yhatBefore,
  workedError: y - yhatBefore,
  workedDeltaW1: updated.w[0] - w[0],
  workedDeltaW2: updated.w[1] - w[1],
  workedDeltaW3: updated.w[2] - w[2],
  workedDeltaB: updated.b - b,
  workedNewW1: updated.w[0],
  workedNewW2: updated.w[1],
  workedNewW3: updated.w[2],
  workedNewB: updated.b,
  workedNewZ: zAfter,
  workedNewYhat: perceptronPredict(updated.w, updated.b, x),
  workedZChange: zAfter - zBefore,
  workedXSquaredPlusOne: dot(x, x) + 1,

  // The second worked update: a false "yes" (y = 0, yhat = 1) with a negative input.
  falseW1: falseYes.w[0],
  falseW2: falseYes.w[1],
  falseW3: falseYes.w[2],
  falseB: falseYes.b,
  falseX1: falseYes.x[0],
  falseX2: falseYes.x[1],
  falseX3: falseYes.x[2],
  falseY: falseYes.y,
  falseZ: falseYesZ,
  falseZRaw: String(falseYesZ), // what console.log prints, for the floating-point tip
  falseYhat: falseYesYhat,
  falseError: falseYes.y - falseYesYhat,
  falseDeltaW1: falseYesUpdated.w[0] - falseYes.w[0],
  falseDeltaW2: falseYesUpdated.w[1] - falseYes.w[1],
  falseDeltaW3: falseYesUpdated.w[2] - falseYes.w[2],
  falseDeltaB: falseYesUpdated.b - falseYes.b,
  falseNewW1: falseYesUpdated.w[0],
  falseNewW2: falseYesUpdated.w[1],
  falseNewW3: falseYesUpdated.w[2],
  falseNewB: falseYesUpdated.b,
  falseNewZ: falseYesNewZ,
  falseNewYhat: perceptronPredict(falseYesUpdated.w, falseYesUpdated.b, falseYes.x),
  falseZChange: falseYesNewZ - falseYesZ,
  falseXSquaredPlusOne: dot(falseYes.x, falseYes.x) + 1,

  // The step function at the three kinds of z.
  stepNegative: step(-0.3),
  stepZero: step(0),
  stepPositive: step(0.3),

  // The hand-set AND neuron: z and output for each of the four inputs.
  handW1: handW[0],
  handW2: handW[1],
  handB,
  ...perInput((input) => weightedSum(handW, handB, input), 'handZ'),
  ...perInput((input) => perceptronPredict(handW, handB, input), 'handOut'),
  // Its weighted inputs before the bias, and the biases that turn the same weights into other
  // gates: OR needs 0 + b <= 0 and 1 + b > 0; "always fire" needs 0 + b > 0; "never" 2 + b <= 0.
  ...perInput((input) => dot(handW, input), 'handDot'),
  orBiasAbove: -dot(handW, [0, 1]),
  orBiasAtMost: -dot(handW, [0, 0]) + 0,
  alwaysFireBiasAbove: -dot(handW, [0, 0]) + 0,
  neverFireBiasAtMost: -dot(handW, [1, 1]),

  // AND, trained from zeros.
  ...trainedGate('and', and),
  andZAt10: weightedSum(and.w, and.b, [1, 0]),
  andXAxisCrossing: -and.b / and.w[0],
  andYAxisCrossing: -and.b / and.w[1],

  andTraceRows: traceRows(andTrace),
  andEpochRows: epochRows(andTrace),
  andFirstUpdateZ: andTrace.find((step) => step.error !== 0)!.z,

  // OR, trained from zeros.
  ...trainedGate('or', or),
  orZAt00: weightedSum(or.w, or.b, [0, 0]),

  // The convergence theorem's quantities for AND and OR, against the mistakes actually made.
  radius: andBound.radius,
  radiusSquared: andBound.radius ** 2,
  // Printed inside TeX, so with TeX's own minus sign.
  andSeparator: `(${[...andSeparator.w, andSeparator.b].map(formatWorkedNumber).join(', ')})`,
  orSeparator: `(${[...orSeparator.w, orSeparator.b].map(formatWorkedNumber).join(', ')})`,
  andMargin: andBound.margin,
  orMargin: orBound.margin,
  andBound: andBound.bound,
  orBound: orBound.bound,
  andEpochBound: andBound.bound + 1,

  // NAND by one perceptron, and how a tiny change of the bias flips a prediction of learned AND.
  nandW1: nandNeuron.w[0],
  nandW2: nandNeuron.w[1],
  nandB: nandNeuron.b,
  ...perInput((input) => weightedSum(nandNeuron.w, nandNeuron.b, input), 'nandZ'),
  ...perInput((input) => perceptronPredict(nandNeuron.w, nandNeuron.b, input), 'nandOut'),
  tinyNudge,
  nudgedB: and.b + tinyNudge,
  nudgedZAt10: weightedSum(and.w, and.b + tinyNudge, [1, 0]),
  nudgedOutAt10: perceptronPredict(and.w, and.b + tinyNudge, [1, 0]),
  andOutAt10: perceptronPredict(and.w, and.b, [1, 0]),

  // XOR, trained from zeros: it never converges.
  xorEpochs: xor.epochs,
  xorConverged: String(xor.converged),
  xorMistakesFirstEpochs: xor.mistakesPerEpoch.slice(0, 5).join(', '),
  xorMistakesLastEpoch: xor.mistakesPerEpoch[xor.mistakesPerEpoch.length - 1],
  xorW1: xor.w[0],
  xorW2: xor.w[1],
  xorB: xor.b,
  xorCycleFrom: cycleStart(XOR()),

  // AND again with eta = 1: the same run, every parameter 10 times larger.
  andEta1W1: andEta1.w[0],
  andEta1W2: andEta1.w[1],
  andEta1B: andEta1.b,
  andEta1Epochs: andEta1.epochs,
  andEta1Mistakes: andEta1.mistakesPerEpoch.join(', '),

  // XOR with a hidden layer set by hand: each unit's weights (as TeX) and its outputs.
  ...Object.fromEntries(
    Object.entries(xorNetworkUnits).flatMap(([name, unit]) => [
      [`${name}UnitW`, `(${unit.w.map(formatWorkedNumber).join(', ')})`],
      [`${name}UnitB`, unit.b],
    ]),
  ),
  ...perInput((input) => hidden(input)[0], 'xorNetOr'),
  ...perInput((input) => hidden(input)[1], 'xorNetNand'),
  ...perInput(xorNet, 'xorNetOut'),
};

export default worked;
